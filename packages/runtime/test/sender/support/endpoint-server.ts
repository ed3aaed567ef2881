import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the test server saw of one request. */
export interface SeenRequest {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  headers: IncomingMessage['headers'];
}

/** How the server answers one request: a status, or a fault. */
export type Behaviour = (request: SeenRequest, count: number) => Answer | Promise<Answer>;
export type Answer =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { fault: 'reset' }
  | { fault: 'hang' }
  | { fault: 'slow-body'; status: number; chunkEveryMs: number };

export interface EndpointServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  port: number;
  /** Every request, in arrival order. */
  seen: SeenRequest[];
  /** Per path: how to answer (default 204). */
  on(path: string, behaviour: Behaviour): void;
  close(): Promise<void>;
}

/** A loopback server that plays a customer's endpoint, faults included. */
export async function startEndpointServer(): Promise<EndpointServer> {
  const seen: SeenRequest[] = [];
  const behaviours = new Map<string, Behaviour>();
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '/';
    const one = (name: string) => String(req.headers[name] ?? '');
    const request: SeenRequest = {
      path,
      id: one('webhook-id'),
      timestamp: one('webhook-timestamp'),
      signature: one('webhook-signature'),
      body: Buffer.concat(chunks).toString('utf8'),
      headers: req.headers,
    };
    seen.push(request);
    const count = (counts.get(path) ?? 0) + 1;
    counts.set(path, count);
    const answer: Answer = await (behaviours.get(path) ?? (() => ({ status: 204 })))(request, count);
    if ('fault' in answer) {
      if (answer.fault === 'reset') req.socket.resetAndDestroy();
      if (answer.fault === 'slow-body') {
        res.writeHead(answer.status, { 'content-type': 'text/plain' });
        res.write('a');
        const timer = setInterval(() => res.write('b'), answer.chunkEveryMs);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
      }
      return; // 'hang': never answer
    }
    res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    on: (path, behaviour) => void behaviours.set(path, behaviour),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
