import { createHmac } from 'node:crypto';

/** A signed request as a Node receiver holds it: raw body Buffer, lower-cased header record. */
export interface BenchRequest {
  secret: string;
  body: Buffer;
  headers: Record<string, string>;
}

/** Fixed secret: the bench measures verification, not key generation. */
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** A JSON envelope padded to exactly `bytes`, signed now, with the headers a real request carries. */
export function makeRequest(bytes: number): BenchRequest {
  const head = '{"type":"order.created","version":1,"timestamp":"2026-01-01T00:00:00Z","data":{"note":"';
  const tail = '"}}';
  const body = Buffer.from(head + 'x'.repeat(bytes - head.length - tail.length) + tail);
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return {
    secret: SECRET,
    body,
    headers: {
      host: 'hooks.example.com',
      'user-agent': 'Hookwright/0.1',
      'content-type': 'application/json',
      'content-length': String(body.length),
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    },
  };
}
