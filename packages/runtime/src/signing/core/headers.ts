import { MissingHeaderError } from './errors.js';

/**
 * Request headers in any shape frameworks hand out:
 * - Fetch `Headers` (or anything with a `get(name)` method): Workers, Deno, Bun, Next.js, Hono;
 * - Node `IncomingHttpHeaders`: values `string | string[] | undefined`;
 * - a plain record such as an AWS Lambda event's headers, with keys in any case.
 */
export type WebhookHeaders =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Reads one header case-insensitively. `name` must be lower case. Several values (a `string[]`, or a
 * repeated header) are joined with ", ", exactly as Fetch `Headers.get` and Node join them, so every
 * shape yields the same string. An empty value is returned as '' (callers decide whether that counts).
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null | undefined }).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, unknown>>;
  // Fast path: Node lower-cases incoming header names, so this hits for every Node request.
  const direct = record[name];
  if (direct !== undefined) return headerValue(direct);
  for (const key of Object.keys(record)) {
    if (key.length === name.length && key.toLowerCase() === name) return headerValue(record[key]);
  }
  return undefined;
}

function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(', ');
  return undefined;
}

/** Reads a required header; absent and empty are both refused, naming the header. */
export function requireHeader(headers: WebhookHeaders, name: string): string {
  const value = readHeader(headers, name);
  if (!value) throw new MissingHeaderError(name, value === '');
  return value;
}
