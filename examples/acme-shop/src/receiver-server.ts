import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createEventVerifier,
  EventError,
  InvalidPayloadError,
  UnknownEventError,
  type WebhookEvent,
  WebhookVerificationError,
} from 'acme-shop-receiver';

export interface ReceiverServer {
  url: string;
  /** Events handled so far, in arrival order. */
  received: WebhookEvent[];
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/**
 * A merchant's webhook endpoint on loopback: raw body in, `constructEvent` from the generated
 * receiver package, and the status codes a sender's retry logic expects.
 */
export async function startReceiver(
  secret: string,
  onEvent?: (event: WebhookEvent) => void,
): Promise<ReceiverServer> {
  const webhooks = createEventVerifier({ secret });
  const received: WebhookEvent[] = [];
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST') return reply(res, 405, 'METHOD_NOT_ALLOWED', 'use POST');
    const body = await readBody(req);
    if (body === undefined) return reply(res, 413, 'BODY_TOO_LARGE', `body over ${MAX_BODY} bytes`);
    try {
      const event = await webhooks.constructEvent(body, req.headers);
      received.push(event);
      onEvent?.(event);
      res.writeHead(204).end();
    } catch (error) {
      if (error instanceof UnknownEventError) return void res.writeHead(204).end();
      if (error instanceof WebhookVerificationError) {
        return reply(res, error.code === 'MISSING_HEADER' ? 400 : 401, error.code, error.message);
      }
      if (error instanceof InvalidPayloadError)
        return reply(res, 422, error.code, error.message, error.issues);
      if (error instanceof EventError) return reply(res, 400, error.code, error.message);
      reply(res, 500, 'HANDLER_FAILED', 'the handler failed');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, code: string, message: string, issues?: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message, ...(issues ? { issues } : {}) } }));
}
