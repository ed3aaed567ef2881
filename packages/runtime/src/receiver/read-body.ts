/**
 * Reading a request body with a size limit and a deadline, from every shape a server hands out.
 * Reading stops as soon as the limit is passed (nothing past it is buffered) or the deadline passes
 * (a body that trickles in cannot hold the request open).
 */

/** Limits for one body. */
export interface BodyLimits {
  maxBodyBytes: number;
  bodyTimeoutMs: number;
}

/** The body, or why it could not be read. */
export type BodyResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: 'BODY_TOO_LARGE' | 'BODY_TIMEOUT' | 'BODY_READ_FAILED' | 'BODY_ALREADY_PARSED' };

/** Reads a body itself, honouring the limits: what adapters pass for their framework's stream. */
export type BodyReader = (limits: BodyLimits) => BodyResult | Promise<BodyResult>;

/**
 * A request body: bytes or text already in memory, a Web `ReadableStream`, any async iterable of
 * chunks (a Node `IncomingMessage`), or a {@link BodyReader}; null or undefined for none.
 */
export type BodySource =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | BodyReader
  | null
  | undefined;

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);
export const TOO_LARGE: BodyResult = { ok: false, code: 'BODY_TOO_LARGE' };
export const TIMED_OUT: BodyResult = { ok: false, code: 'BODY_TIMEOUT' };
export const READ_FAILED: BodyResult = { ok: false, code: 'BODY_READ_FAILED' };

/** Reads any {@link BodySource} within the limits. */
export function readBody(source: BodySource, limits: BodyLimits): Promise<BodyResult> | BodyResult {
  if (source === null || source === undefined) return { ok: true, bytes: EMPTY };
  if (typeof source === 'function') return source(limits);
  if (typeof source === 'string') return inMemory(encoder.encode(source), limits);
  if (source instanceof Uint8Array) return inMemory(source, limits);
  if (source instanceof ArrayBuffer) return inMemory(new Uint8Array(source), limits);
  if (typeof (source as ReadableStream).getReader === 'function') {
    return readStream(source as ReadableStream<Uint8Array>, limits);
  }
  return readIterable(source as AsyncIterable<Uint8Array>, limits);
}

function inMemory(bytes: Uint8Array, limits: BodyLimits): BodyResult {
  return bytes.byteLength > limits.maxBodyBytes ? TOO_LARGE : { ok: true, bytes };
}

/** Collects chunks, refusing the one that crosses the limit. */
export class ChunkCollector {
  private chunks: Uint8Array[] = [];
  private size = 0;
  constructor(private readonly max: number) {}

  /** False once the limit is passed. */
  add(chunk: Uint8Array): boolean {
    this.size += chunk.byteLength;
    if (this.size > this.max) return false;
    this.chunks.push(chunk);
    return true;
  }

  bytes(): Uint8Array {
    const { chunks } = this;
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    if (chunks.length === 0) return EMPTY;
    const out = new Uint8Array(this.size);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }
}

/** Resolves with {@link TIMED_OUT} after `ms`; `cancel` stops the timer. */
function deadline(ms: number): { promise: Promise<BodyResult>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<BodyResult>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function readStream(stream: ReadableStream<Uint8Array>, limits: BodyLimits): Promise<BodyResult> {
  const reader = stream.getReader();
  const timer = deadline(limits.bodyTimeoutMs);
  const collector = new ChunkCollector(limits.maxBodyBytes);
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timer.promise]);
      if ('ok' in next) return stop(reader, next);
      if (next.done) return { ok: true, bytes: collector.bytes() };
      if (!collector.add(toBytes(next.value))) return stop(reader, TOO_LARGE);
    }
  } catch {
    return READ_FAILED;
  } finally {
    timer.cancel();
  }
}

function stop(reader: ReadableStreamDefaultReader<Uint8Array>, result: BodyResult): BodyResult {
  // Cancelling tells the source to stop producing; the rest of the body is never buffered.
  reader.cancel().catch(() => {});
  return result;
}

async function readIterable(iterable: AsyncIterable<Uint8Array>, limits: BodyLimits): Promise<BodyResult> {
  const iterator = iterable[Symbol.asyncIterator]();
  const timer = deadline(limits.bodyTimeoutMs);
  const collector = new ChunkCollector(limits.maxBodyBytes);
  const close = (result: BodyResult) => {
    iterator.return?.()?.catch?.(() => {});
    return result;
  };
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), timer.promise]);
      if ('ok' in next) return close(next);
      if (next.done) return { ok: true, bytes: collector.bytes() };
      if (!collector.add(toBytes(next.value))) return close(TOO_LARGE);
    }
  } catch {
    return READ_FAILED;
  } finally {
    timer.cancel();
  }
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return new Uint8Array(chunk as ArrayBuffer);
}
