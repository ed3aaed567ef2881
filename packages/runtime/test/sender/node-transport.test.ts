/**
 * The Node transport's HTTP/1.1 client against real loopback servers: what goes on the wire, how
 * connections are kept and replaced, and how answers, faults and time limits become results. Plain
 * `net` servers play receivers whose bytes Node's http server would never send.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/sender/clock.js';
import { DEFAULT_IDLE_MS, idleLimitMs, MAX_IDLE_MS } from '../../src/sender/http1/connection-pool.js';
import { createNodeTransport } from '../../src/sender/node-transport.js';
import type { Resolver, Transport, TransportRequest } from '../../src/sender/transport.js';

const tlsDir = new URL('./support/tls/', import.meta.url);
/** A self-signed certificate for localhost and 127.0.0.1, made for these tests only (valid until 2126). */
const cert = readFileSync(new URL('localhost-cert.pem', tlsDir));
const key = readFileSync(new URL('localhost-key.pem', tlsDir));

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Seen {
  headers: IncomingMessage['headers'];
  body: string;
  socket: Socket;
}

/** A loopback http(s) server that records requests and answers with `answer` (default 204). */
async function receiver(
  answer: (req: IncomingMessage, res: import('node:http').ServerResponse, n: number) => void = (_q, res) =>
    void res.writeHead(204).end(),
  secure = false,
): Promise<{ origin: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const handler = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString(), socket: req.socket });
      answer(req, res, seen.length);
    });
  };
  const server = secure ? createHttpsServer({ cert, key }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { origin: `${secure ? 'https' : 'http'}://127.0.0.1:${port}`, seen, server };
}

/**
 * A raw TCP server: `onRequest` gets the socket each time a request head and body have arrived.
 * `connections()` counts the connections it accepted.
 */
async function rawServer(
  onRequest: (socket: Socket, n: number) => void,
): Promise<{ origin: string; connections(): number }> {
  let count = 0;
  let accepted = 0;
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    accepted++;
    sockets.add(socket);
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(buffered)?.[1] ?? 0);
      if (end >= 0 && buffered.length >= end + 4 + length) {
        buffered = buffered.slice(end + 4 + length);
        onRequest(socket, ++count);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => accepted,
  };
}

function transportFor(
  options: { maxSockets?: number; ca?: Buffer; resolve?: Resolver; idleMs?: number } = {},
): Transport {
  const transport = createNodeTransport({
    allowPrivateNetworks: true,
    requireHttps: false,
    clock: systemClock,
    ...options,
  });
  cleanups.push(() => transport.close());
  return transport;
}

const endpointHeaders = { 'user-agent': 'Hookwright-Sender/test', 'content-type': 'application/json' };
const request = (url: string, overrides: Partial<TransportRequest> = {}): TransportRequest => ({
  url: new URL(url),
  headers: endpointHeaders,
  signature: { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,abc=' },
  body: '{"type":"ping","note":"grüße"}',
  timeoutMs: 5000,
  ...overrides,
});

describe('Node transport (HTTP/1.1 client)', () => {
  it('sends the head and body a receiver expects, over one kept-alive connection', async () => {
    const { origin, seen } = await receiver();
    const transport = transportFor();
    for (let i = 0; i < 5; i++) {
      expect(await transport.send(request(`${origin}/hooks?tenant=7`))).toEqual({
        kind: 'response',
        status: 204,
        body: '',
      });
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
    const [first] = seen;
    expect(first?.body).toBe('{"type":"ping","note":"grüße"}');
    expect(first?.headers).toMatchObject({
      host: origin.slice('http://'.length),
      'user-agent': 'Hookwright-Sender/test',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength('{"type":"ping","note":"grüße"}')),
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1700000000',
      'webhook-signature': 'v1,abc=',
    });
  });

  it('sends URL credentials as Basic authorization, and the signature wins over a same-named header', async () => {
    const { origin, seen } = await receiver();
    const transport = transportFor();
    const url = origin.replace('http://', 'http://user%40x:p%3Ass@');
    const headers = { ...endpointHeaders, 'webhook-id': 'from-the-endpoint', 'x-tenant': 'acme' };
    await transport.send(request(`${url}/`, { headers }));
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('user@x:p:ss').toString('base64')}`);
    expect(seen[0]?.headers['webhook-id']).toBe('msg_1');
    expect(seen[0]?.headers['x-tenant']).toBe('acme');
  });

  it('reads a chunked error body, Location and Retry-After', async () => {
    const { origin } = await receiver((_req, res, n) => {
      if (n === 1) {
        res.writeHead(503, { 'retry-after': '30', 'content-type': 'text/plain' });
        res.write('busy, ');
        res.end('try later');
      } else res.writeHead(308, { location: 'https://elsewhere.test/hooks' }).end();
    });
    const transport = transportFor();
    expect(await transport.send(request(`${origin}/`))).toEqual({
      kind: 'response',
      status: 503,
      retryAfter: '30',
      body: 'busy, try later',
    });
    expect(await transport.send(request(`${origin}/`))).toMatchObject({
      status: 308,
      location: 'https://elsewhere.test/hooks',
    });
  });

  it('opens a new connection after Connection: close, and when the server closed the idle one', async () => {
    const { origin, connections } = await rawServer((socket, n) => {
      if (n === 1) socket.write('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      // Answers, then drops the idle connection (as a server's keep-alive timeout does).
      else socket.write('HTTP/1.1 204 No Content\r\n\r\n', () => setTimeout(() => socket.end(), 10));
    });
    const transport = transportFor();
    for (let i = 0; i < 3; i++) {
      expect(await transport.send(request(`${origin}/`))).toMatchObject({ kind: 'response' });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    // Each answer ended its connection one way or the other, yet every request found a working one.
    expect(connections()).toBe(3);
  });

  it("does not reuse an idle connection the server's Keep-Alive timeout is about to close", async () => {
    const { origin, seen } = await receiver((_req, res, n) =>
      // A hint of 1 s leaves no safe time to reuse; one of 5 s does (Node's agent: 1 s margin).
      res.writeHead(204, { 'keep-alive': `timeout=${n <= 2 ? 1 : 5}` }).end(),
    );
    const transport = transportFor();
    for (let i = 0; i < 4; i++) await transport.send(request(`${origin}/`));
    const sockets = seen.map((s) => s.socket);
    expect(sockets[1]).not.toBe(sockets[0]);
    expect(sockets[2]).not.toBe(sockets[1]);
    expect(sockets[3]).toBe(sockets[2]);
  });

  it('closes a connection left idle past its limit when the server gave no Keep-Alive hint', async () => {
    const watched = new WeakSet<Socket>();
    let closedSockets = 0;
    const { origin, connections } = await rawServer((socket) => {
      if (!watched.has(socket)) socket.on('close', () => closedSockets++);
      watched.add(socket);
      socket.write('HTTP/1.1 204 No Content\r\n\r\n');
    });
    const transport = transportFor({ idleMs: 60 });
    await transport.send(request(`${origin}/`));
    await transport.send(request(`${origin}/`));
    expect(connections()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The client closed it (the server never closes its sockets).
    expect(closedSockets).toBe(1);
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ status: 204 });
    expect(connections()).toBe(2);
  });

  it('idle limits: a second under the hint, at most 10 minutes, a few seconds without one', () => {
    expect(idleLimitMs(undefined)).toBe(DEFAULT_IDLE_MS);
    expect(DEFAULT_IDLE_MS).toBe(4000);
    expect(idleLimitMs(5000)).toBe(4000);
    expect(idleLimitMs(1000)).toBe(0);
    expect(idleLimitMs(75_000)).toBe(74_000);
    expect(idleLimitMs(86_400_000)).toBe(MAX_IDLE_MS);
    expect(idleLimitMs(undefined, 250)).toBe(250);
  });

  it('sends a request again on a new connection when a kept-alive one closes under it unanswered', async () => {
    const { origin, connections } = await rawServer((socket, n) => {
      // The second request meets the first connection being closed as idle, without a byte of answer.
      if (n === 2) socket.destroy();
      else socket.write('HTTP/1.1 204 No Content\r\n\r\n');
    });
    const transport = transportFor();
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ status: 204 });
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ status: 204 });
    expect(connections()).toBe(2);
  });

  it('does not send again once part of an answer came back, nor on a connection that never answered', async () => {
    let requests = 0;
    const { origin } = await rawServer((socket, n) => {
      requests = n;
      if (n === 1) socket.write('HTTP/1.1 204 No Content\r\n\r\n');
      else socket.end('HTTP/1.1 50');
    });
    const transport = transportFor();
    await transport.send(request(`${origin}/`));
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
    expect(requests).toBe(2);
    // A new connection closed unanswered is the receiver's failure, reported as it is.
    const fresh = await rawServer((socket) => socket.destroy());
    expect(await transportFor().send(request(`${fresh.origin}/`))).toMatchObject({ code: 'ECONNRESET' });
    expect(fresh.connections()).toBe(1);
  });

  it('queues requests beyond maxSockets and serves them as connections free up', async () => {
    const { origin, seen } = await receiver((_req, res) => setTimeout(() => res.writeHead(204).end(), 20));
    const transport = transportFor({ maxSockets: 1 });
    const results = await Promise.all([1, 2, 3].map(() => transport.send(request(`${origin}/`))));
    expect(results.map((r) => r.kind === 'response' && r.status)).toEqual([204, 204, 204]);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
  });

  it('times out an attempt with no answer (one shared timer) and drops its connection', async () => {
    const closed: number[] = [];
    const { origin } = await rawServer((socket, n) => {
      socket.on('close', () => closed.push(n));
      if (n > 1) socket.end('HTTP/1.1 204 No Content\r\n\r\n');
    });
    const transport = transportFor();
    const started = Date.now();
    expect(await transport.send(request(`${origin}/`, { timeoutMs: 120 }))).toEqual({
      kind: 'error',
      code: 'TIMEOUT',
      message: 'no answer within 120 ms',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toEqual([1]);
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ status: 204 });
  });

  it('a timeout while still connecting abandons that connection, freeing its socket slot', async () => {
    const { origin, seen } = await receiver();
    const port = new URL(origin).port;
    let lookups = 0;
    // The first lookup never answers (a connect that hangs); later ones find the receiver.
    const resolve: Resolver = () =>
      ++lookups === 1 ? new Promise(() => undefined) : Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    const transport = transportFor({ maxSockets: 1, resolve });
    const url = `http://receiver.test:${port}/`;
    expect(await transport.send(request(url, { timeoutMs: 80 }))).toMatchObject({ code: 'TIMEOUT' });
    expect(await transport.send(request(url, { timeoutMs: 2000 }))).toMatchObject({ status: 204 });
    expect(seen).toHaveLength(1);
  });

  it('close() settles attempts in flight and those waiting for a connection', async () => {
    const { origin } = await receiver(() => undefined); // never answers
    const transport = transportFor({ maxSockets: 1 });
    const pending = [1, 2].map(() => transport.send(request(`${origin}/`)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    transport.close();
    const results = await Promise.all(pending);
    expect(results.map((r) => r.kind === 'error' && r.code)).toEqual(['ECONNRESET', 'ECONNRESET']);
    expect(await transport.send(request(`${origin}/`))).toMatchObject({
      code: 'ECONNRESET',
      message: 'the transport is closed',
    });
  });

  it('reports an answer that is not HTTP/1.x as BAD_RESPONSE, and a reset as ECONNRESET', async () => {
    const { origin } = await rawServer((socket, n) => {
      if (n === 1) socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n');
      else socket.resetAndDestroy();
    });
    const transport = transportFor();
    expect(await transport.send(request(`${origin}/`))).toMatchObject({
      kind: 'error',
      code: 'BAD_RESPONSE',
    });
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
  });

  it('a server that closes without answering is ECONNRESET; one that answers then closes has answered', async () => {
    const { origin } = await rawServer((socket, n) => {
      if (n === 1) socket.destroy();
      else socket.end('HTTP/1.1 200 OK\r\n\r\nread until close');
    });
    const transport = transportFor();
    expect(await transport.send(request(`${origin}/`))).toMatchObject({ kind: 'error', code: 'ECONNRESET' });
    expect(await transport.send(request(`${origin}/`))).toEqual({
      kind: 'response',
      status: 200,
      body: 'read until close',
    });
  });

  it('refuses a header HTTP cannot carry without connecting (INVALID_HEADER)', async () => {
    const { origin, seen } = await receiver();
    const transport = transportFor();
    const headers = { ...endpointHeaders, 'x-evil': 'a\r\nx-injected: 1' };
    expect(await transport.send(request(`${origin}/`, { headers }))).toMatchObject({
      kind: 'error',
      code: 'INVALID_HEADER',
    });
    expect(seen).toEqual([]);
  });

  it('delivers over https, checking the certificate, and resumes the TLS session on a new connection', async () => {
    const resumed: boolean[] = [];
    const { origin, seen } = await receiver((req, res) => {
      resumed.push((req.socket as import('node:tls').TLSSocket).isSessionReused());
      res.writeHead(204, { connection: 'close' }).end();
    }, true);
    const local = origin.replace('127.0.0.1', 'localhost');
    const transport = transportFor({ ca: cert });
    expect(await transport.send(request(`${local}/`))).toMatchObject({ status: 204 });
    expect(await transport.send(request(`${local}/`))).toMatchObject({ status: 204 });
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(2);
    expect(resumed).toEqual([false, true]);
    // Without the test CA the self-signed certificate is refused: nothing is sent.
    const refused = await transportFor().send(request(`${local}/`));
    expect(refused).toMatchObject({ kind: 'error', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(seen).toHaveLength(2);
  });
});
