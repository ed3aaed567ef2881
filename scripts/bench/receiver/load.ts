/**
 * An in-process HTTP/1.1 load generator: `connections` keep-alive sockets, one request in flight on
 * each, no pipelining. Raw `net` sockets and a minimal response parser, so the generator costs as
 * little as possible of the one thread it shares with the server under test; every contender gets the
 * same generator and the same per-request work (building and signing a fresh request).
 */
import { connect, type Socket } from 'node:net';

/** Builds the bytes of the next request (headers and body, with a unique webhook id). */
export type RequestFactory = () => Buffer;

/** Completed requests and responses that were not 2xx, over one run. */
export interface LoadResult {
  completed: number;
  failures: number;
  /** Wall time of the run. */
  seconds: number;
  /** CPU time this process used during the run (user + system): server and load generator together. */
  cpuSeconds: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Length of the first complete response in `buffer` and its status, or undefined if incomplete. */
function parseResponse(buffer: Buffer): { length: number; status: number } | undefined {
  const end = buffer.indexOf(HEADER_END);
  if (end < 0) return undefined;
  const head = buffer.toString('latin1', 0, end);
  const status = Number(head.slice(9, 12));
  const lengthMatch = /\r\ncontent-length: *(\d+)/i.exec(head);
  const bodyStart = end + 4;
  if (lengthMatch) {
    const total = bodyStart + Number(lengthMatch[1]);
    return buffer.length >= total ? { length: total, status } : undefined;
  }
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
    const last = buffer.indexOf('0\r\n\r\n', bodyStart);
    return last < 0 ? undefined : { length: last + 5, status };
  }
  return { length: bodyStart, status };
}

/** Opens `connections` sockets to `port` and keeps them busy for `durationMs`. */
export async function runLoad(
  port: number,
  makeRequest: RequestFactory,
  options: { connections: number; durationMs: number },
): Promise<LoadResult> {
  const sockets: Socket[] = [];
  let completed = 0;
  let failures = 0;
  let stopping = false;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const loops = Array.from(
    { length: options.connections },
    () =>
      new Promise<void>((resolve, reject) => {
        const socket = connect({ port, host: '127.0.0.1', noDelay: true });
        sockets.push(socket);
        let pending: Buffer = Buffer.alloc(0);
        const send = () => {
          if (stopping) {
            socket.end();
            return resolve();
          }
          socket.write(makeRequest());
        };
        socket.on('connect', send);
        socket.on('data', (chunk: Buffer) => {
          pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
          for (let response = parseResponse(pending); response; response = parseResponse(pending)) {
            completed++;
            if (response.status < 200 || response.status > 299) failures++;
            pending = pending.subarray(response.length);
            send();
          }
        });
        socket.on('error', reject);
        socket.on('close', () => resolve());
      }),
  );
  const timer = setTimeout(() => {
    stopping = true;
  }, options.durationMs);
  await Promise.all(loops);
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  for (const socket of sockets) socket.destroy();
  return { completed, failures, seconds, cpuSeconds };
}
