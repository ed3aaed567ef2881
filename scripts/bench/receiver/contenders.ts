/**
 * The four servers under the same load: ours (the generated acme-shop receiver through
 * `receiver.node`: verify + parse + validate + idempotency + dispatch to a no-op handler), a bare
 * `node:http` server, a minimal hand-written verifying handler, and `@octokit/webhooks`
 * `createNodeMiddleware`. Each comes with the request factory its wire format needs.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEventTable, parseEnvelope } from '@hookwright/runtime/events';
import { createVerifier } from '@hookwright/runtime/signing/node';
import { createNodeMiddleware, Webhooks } from '@octokit/webhooks';
import { events } from '../../../examples/acme-shop/generated/acme-shop-receiver/dist/events.js';
import { createReceiver } from '../../../examples/acme-shop/generated/acme-shop-receiver/dist/index.js';
import type { RequestFactory } from './load.js';

export type ContenderName =
  | 'ours'
  | 'bare'
  | 'minimal'
  | 'octokit'
  | 'verify + parse'
  | 'verify + parse + validate'
  | 'ours without idempotency';

export interface Contender {
  name: ContenderName;
  port: number;
  makeRequest: RequestFactory;
  close(): Promise<void>;
}

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const KEY = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
const GITHUB_SECRET = 'bench-secret';

let sequence = 0;

/** A Standard Webhooks request with a fresh id and timestamp, signed as a sender would sign it. */
function standardRequest(body: string): RequestFactory {
  const bodyBytes = Buffer.from(body);
  return () => {
    const id = `msg_bench${++sequence}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', KEY)
      .update(`${id}.${timestamp}.`)
      .update(bodyBytes)
      .digest('base64');
    const head =
      'POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
      `content-length: ${bodyBytes.length}\r\nwebhook-id: ${id}\r\nwebhook-timestamp: ${timestamp}\r\n` +
      `webhook-signature: v1,${signature}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), bodyBytes]);
  };
}

/** A GitHub-style request (`x-hub-signature-256`) with a fresh delivery id. */
function githubRequest(body: string): RequestFactory {
  const bodyBytes = Buffer.from(body);
  return () => {
    const id = `d${++sequence}`;
    const signature = createHmac('sha256', GITHUB_SECRET).update(bodyBytes).digest('hex');
    const head =
      'POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
      `content-length: ${bodyBytes.length}\r\nx-github-event: push\r\nx-github-delivery: ${id}\r\n` +
      `x-hub-signature-256: sha256=${signature}\r\nuser-agent: GitHub-Hookshot/bench\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), bodyBytes]);
  };
}

function readBody(req: IncomingMessage, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
}

const bare: RequestListener = (req, res) => readBody(req, () => res.writeHead(204).end());

/** The practical ceiling: HMAC with node:crypto, a timing-safe compare, JSON.parse; nothing else. */
const minimal: RequestListener = (req: IncomingMessage, res: ServerResponse) =>
  readBody(req, (body) => {
    const id = req.headers['webhook-id'] as string;
    const timestamp = req.headers['webhook-timestamp'] as string;
    const expected = createHmac('sha256', KEY).update(`${id}.${timestamp}.`).update(body).digest();
    const given = Buffer.from(((req.headers['webhook-signature'] as string) ?? '').slice(3), 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return res.writeHead(401).end();
    JSON.parse(body.toString());
    res.writeHead(204).end();
  });

async function listen(
  name: ContenderName,
  listener: RequestListener,
  makeRequest: RequestFactory,
): Promise<Contender> {
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    name,
    port: (server.address() as AddressInfo).port,
    makeRequest,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every contender, listening; `body` is the JSON every one of them receives. */
export async function startContenders(body: string): Promise<Contender[]> {
  const receiver = createReceiver({ secret: SECRET });
  receiver.on('order.created@2', () => {});
  const webhooks = new Webhooks({ secret: GITHUB_SECRET });
  webhooks.on('push', () => {});
  const octokit = createNodeMiddleware(webhooks, {
    path: '/webhooks',
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return Promise.all([
    listen('ours', receiver.node as RequestListener, standardRequest(body)),
    listen('bare', bare, standardRequest(body)),
    listen('minimal', minimal, standardRequest(body)),
    listen('octokit', (req, res) => void octokit(req, res), githubRequest(body)),
  ]);
}

/** A handler that reads the body and runs `work` on it (throws -> 401), for the breakdown stages. */
function staged(work: (body: Buffer, req: IncomingMessage) => void): RequestListener {
  return (req, res) =>
    readBody(req, (body) => {
      try {
        work(body, req);
      } catch {
        return res.writeHead(401).end();
      }
      res.writeHead(204).end();
    });
}

/**
 * `--breakdown`: the minimal handler, then our pipeline built up stage by stage from the public API,
 * to show where the time goes between the minimal handler and ours.
 */
export async function startBreakdown(body: string): Promise<Contender[]> {
  const verifier = createVerifier({ secret: SECRET });
  const unvalidated = createEventTable(
    [...events.definitions.values()].map((def) => ({ ...def, validate: () => ({ valid: true as const }) })),
  );
  const noIdempotency = createReceiver({ secret: SECRET, idempotency: false });
  noIdempotency.on('order.created@2', () => {});
  const receiver = createReceiver({ secret: SECRET });
  receiver.on('order.created@2', () => {});
  const request = standardRequest(body);
  const verifyAndParse = (table: typeof events) =>
    staged((bytes, req) => {
      verifier.verifySync(bytes, req.headers);
      parseEnvelope(table, bytes);
    });
  return Promise.all([
    listen('minimal', minimal, request),
    listen('verify + parse', verifyAndParse(unvalidated), request),
    listen('verify + parse + validate', verifyAndParse(events), request),
    listen('ours without idempotency', noIdempotency.node as RequestListener, request),
    listen('ours', receiver.node as RequestListener, request),
  ]);
}
