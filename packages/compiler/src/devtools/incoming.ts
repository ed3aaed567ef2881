/** Reading an incoming request for `listen`: its bytes (bounded), its headers, and a peek at its event. */
import type { IncomingMessage } from 'node:http';

/** Type and version for display, from a body that may be anything. */
export function peekEvent(bytes: Uint8Array): { type?: string; version?: number } {
  try {
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof body !== 'object' || body === null) return {};
    const { type, version } = body as { type?: unknown; version?: unknown };
    return {
      ...(typeof type === 'string' ? { type } : {}),
      ...(typeof version === 'number' ? { version } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * Keeps at most `limit + 1` bytes: enough for the pipeline to answer 413, never more in memory.
 * The rest is read and dropped rather than left unread: leaving the loop early would destroy the
 * request, and its socket with it, before the 413 could be sent.
 */
export async function readLimited(req: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size > limit) continue;
    chunks.push(chunk);
    size += chunk.length;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Header values as one string each (repeated headers joined with ", ", as HTTP allows). */
export function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
