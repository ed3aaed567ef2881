/** Each adapter served on loopback, plus a raw HTTP client that can trickle a body. */
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import type { Receiver } from '../../../src/receiver/node.js';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export type AdapterName = 'node' | 'express' | 'fastify' | 'hono' | 'fetch';
export const adapterNames: readonly AdapterName[] = ['node', 'express', 'fastify', 'hono', 'fetch'];

const PATH = '/webhooks';

async function listen(server: Server): Promise<Served> {
  if (!server.listening) {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A node:http server that hands the receiver a real Fetch `Request` with a streamed body. */
function fetchBridge(receiver: Receiver<object>): Server {
  return createServer(async (req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: 'half',
    } as RequestInit);
    const response = await receiver.fetch(request);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

export async function serveWith(name: AdapterName, receiver: Receiver<object>): Promise<Served> {
  switch (name) {
    case 'node':
      return listen(createServer(receiver.node));
    case 'express': {
      const app = express();
      app.all(PATH, receiver.node);
      return listen(createServer(app));
    }
    case 'fastify': {
      const app = Fastify();
      await app.register(receiver.fastify, { path: PATH });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      return { url: `${address}${PATH}`, close: () => app.close() };
    }
    case 'hono': {
      const app = new Hono();
      app.all(PATH, (c) => receiver.fetch(c.req.raw));
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
      await once(server, 'listening');
      return listen(server);
    }
    case 'fetch':
      return listen(fetchBridge(receiver));
  }
}

export interface ClientResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * One request over a fresh connection. `chunks` sends the body in pieces `delayMs` apart (a
 * trickling client); the request resolves with whatever the server answers, even mid-body.
 */
export function send(
  url: string,
  input: { method: string; headers: Record<string, string>; body?: string | Uint8Array },
  trickle?: { chunks: (string | Uint8Array)[]; delayMs: number },
): Promise<ClientResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: input.method, headers: input.headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString() }),
      );
      res.on('error', reject);
    });
    // The server may answer and close before the whole body is written (413, 408): not an error here.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    let answered = false;
    req.on('response', () => {
      answered = true;
    });
    if (trickle === undefined) {
      req.end(input.body);
      return;
    }
    let i = 0;
    const next = () => {
      if (answered || req.destroyed) return;
      if (i === trickle.chunks.length) return void req.end();
      req.write(trickle.chunks[i++], () => setTimeout(next, trickle.delayMs));
    };
    next();
  });
}
