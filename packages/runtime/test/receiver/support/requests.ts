/** Signed and unsigned requests for every row of the status table. */
import { createSigner } from '../../../src/signing/node.js';
import { secret } from './contract.js';

export interface TestRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
}

const signer = createSigner({ secret });
const otherSigner = createSigner({ secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD' });
let counter = 0;

/** A fresh `webhook-id` per call, so tests do not see each other's idempotency records. */
export const freshId = (): string => `msg_test${process.pid}x${counter++}`;

export function envelope(type: string, version: number, data: unknown): string {
  return JSON.stringify({ type, version, timestamp: '2026-01-01T00:00:00Z', data });
}

/** A correctly signed request; `options` alter one part of it. */
export function signed(
  body: string,
  options: { id?: string; timestamp?: number; other?: boolean; headers?: Record<string, string> } = {},
): TestRequest {
  const id = options.id ?? freshId();
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = (options.other ? otherSigner : signer).signSync({ id, body, timestamp });
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...options.headers },
    body,
  };
}

export const validOrder = (id = 'ord_1'): string => envelope('order.created', 2, { id, total: 42 });

/**
 * One request per row of the table that needs no special transport (oversized, trickling and
 * concurrent bodies have their own tests), with the status and code it must get.
 */
export function tableCases(): { name: string; request: () => TestRequest; status: number; code?: string }[] {
  const now = Math.floor(Date.now() / 1000);
  return [
    {
      name: 'GET',
      request: () => ({ method: 'GET', headers: {}, body: '' }),
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'text/plain body',
      request: () => signed(validOrder(), { headers: { 'content-type': 'text/plain' } }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'no signature headers',
      request: () => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: validOrder(),
      }),
      status: 400,
      code: 'MISSING_HEADER',
    },
    {
      name: 'malformed timestamp',
      request: () => signed(validOrder(), { headers: { 'webhook-timestamp': 'soon' } }),
      status: 400,
      code: 'INVALID_TIMESTAMP',
    },
    {
      name: 'timestamp too old',
      request: () => signed(validOrder(), { timestamp: now - 301 - 5 }),
      status: 401,
      code: 'TIMESTAMP_TOO_OLD',
    },
    {
      name: 'timestamp too new',
      request: () => signed(validOrder(), { timestamp: now + 301 + 5 }),
      status: 401,
      code: 'TIMESTAMP_TOO_NEW',
    },
    {
      name: 'signed with another secret',
      request: () => signed(validOrder(), { other: true }),
      status: 401,
      code: 'NO_MATCHING_SIGNATURE',
    },
    { name: 'signed non-JSON', request: () => signed('{"type":'), status: 400, code: 'INVALID_JSON' },
    {
      name: 'signed JSON that is not an envelope',
      request: () => signed('{"hello":"world"}'),
      status: 400,
      code: 'INVALID_ENVELOPE',
    },
    {
      name: 'unknown event',
      request: () => signed(envelope('order.teleported', 1, {})),
      status: 204,
    },
    {
      name: 'invalid payload',
      request: () => signed(envelope('order.created', 2, { id: 'ord_1', total: 'lots' })),
      status: 422,
      code: 'INVALID_PAYLOAD',
    },
    { name: 'valid event', request: () => signed(validOrder()), status: 204 },
  ];
}
