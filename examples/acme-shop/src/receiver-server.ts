import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver, type WebhookEvent } from 'acme-shop-receiver';

export interface ReceiverServer {
  url: string;
  /** Events handled so far, in arrival order. */
  received: WebhookEvent[];
  close(): Promise<void>;
}

/**
 * A merchant's webhook endpoint on loopback: the generated receiver verifies, parses, validates,
 * de-duplicates and answers with the status codes a sender's retry logic expects.
 */
export async function startReceiver(
  secret: string,
  onEvent?: (event: WebhookEvent) => void,
): Promise<ReceiverServer> {
  const received: WebhookEvent[] = [];
  const receiver = createReceiver({ secret }).onAny(({ type, version, timestamp, data }) => {
    const event = { type, version, timestamp, data } as WebhookEvent;
    received.push(event);
    onEvent?.(event);
  });
  const server = createServer(receiver.node);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
