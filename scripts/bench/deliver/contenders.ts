/**
 * The two ways of getting N webhooks to the loopback receiver that the benchmark compares: ours (the
 * generated acme-shop sender: validate, envelope, in-memory queue, sign per attempt, keep-alive
 * delivery, ack) and a bare loop of keep-alive POSTs with no signing and no queue. Both count
 * deliveries at the receiver, which answers 204.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createSender,
  type EventData,
} from '../../../examples/acme-shop/generated/acme-shop-sender/dist/index.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

export interface Receiver {
  url: string;
  /** Requests answered so far. */
  count(): number;
  /** Resolves once `count()` reaches `total`. */
  until(total: number): Promise<void>;
  close(): Promise<void>;
}

/** A loopback endpoint that reads each body and answers 204. */
export async function startReceiver(): Promise<Receiver> {
  let answered = 0;
  let waiting: { total: number; resolve: () => void } | undefined;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(204).end();
      answered++;
      if (waiting && answered >= waiting.total) {
        waiting.resolve();
        waiting = undefined;
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    count: () => answered,
    until: (total) =>
      answered >= total ? Promise.resolve() : new Promise<void>((resolve) => (waiting = { total, resolve })),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `count` webhooks and resolves once the receiver answered all of them. */
export type Contender = (count: number) => Promise<void>;

/** Ours: `send` resolves when queued; the batch is done when the receiver has seen every delivery. */
export function oursContender(
  receiver: Receiver,
  data: EventData<'order.created'>,
  connections: number,
): { run: Contender; sender: ReturnType<typeof createSender> } {
  const sender = createSender({
    endpoints: [{ id: 'ep_bench', url: receiver.url, secret: SECRET }],
    allowPrivateNetworks: true, // the receiver is on loopback
    concurrency: connections,
    logger: false,
  });
  return {
    sender,
    async run(count) {
      const goal = receiver.count() + count;
      const sends: Promise<string>[] = [];
      for (let i = 0; i < count; i++) sends.push(sender.send('order.created', data));
      await Promise.all(sends);
      await receiver.until(goal);
    },
  };
}

/**
 * The bare loop: `connections` workers POSTing the same 1 KiB body over keep-alive sockets. With
 * `signed`, each request also carries the Standard Webhooks headers with a fresh HMAC-SHA256 computed
 * by `node:crypto` directly: the floor for any sender that signs each attempt, without queue,
 * validation or retries (a reference line, not the peer).
 */
export function bareContender(
  receiver: Receiver,
  body: string,
  connections: number,
  signed = false,
): { run: Contender; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(receiver.url);
  const length = String(Buffer.byteLength(body));
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const headersFor = (): Record<string, string> => {
    if (!signed) return { 'content-type': 'application/json', 'content-length': length };
    const timestamp = String(Math.floor(Date.now() / 1000));
    const id = 'msg_2b7bQf0c9D4mXkRt8VwZqYhN';
    const signature = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
    return {
      'content-type': 'application/json',
      'content-length': length,
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    };
  };
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          agent,
          headers: headersFor(),
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return {
    close: () => agent.destroy(),
    async run(count) {
      let next = 0;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next++ < count) await post();
        }),
      );
    },
  };
}
