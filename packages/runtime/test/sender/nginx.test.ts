/**
 * The Node transport's own HTTP/1.1 client against a server it was not written next to: nginx
 * (installed by scripts/install-services.sh), on a free loopback port, answering directly and as a
 * reverse proxy in front of a Node server that streams chunked bodies. The other transport tests use
 * Node's http server and hand-written byte streams; this one checks the framing, the recorded parts
 * of each answer and keep-alive reuse against a second, widely deployed implementation.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/sender/clock.js';
import { createNodeTransport } from '../../src/sender/node-transport.js';
import { RESPONSE_BODY_LIMIT, type TransportResult } from '../../src/sender/transport.js';

// Debian installs it in /usr/sbin, which a non-root PATH may lack.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

let dir: string;
let nginx: ChildProcess;
let upstream: Server;
let origin: string;

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
    });
    if (open) return;
    if (Date.now() > deadline)
      throw new Error(`nginx did not listen on 127.0.0.1:${port} in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const config = (dir: string, port: number, upstreamPort: number) => `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  log_format conn '$request_uri $status $connection $connection_requests';
  access_log ${dir}/access.log conn;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_timeout 65;
  server {
    listen 127.0.0.1:${port};
    location /ok { return 204; }
    location /text { default_type text/plain; return 200 "accepted, thanks"; }
    location /busy { default_type application/json; return 503 '{"error":"busy"}'; }
    location /moved { return 301 https://hooks.example.invalid/new; }
    location /gone { return 410; }
    location /proxy {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-nginx-'));
  // Streams its body in pieces: nginx passes it on chunked.
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(req.url === '/proxy/fail' ? 500 : 200, { 'content-type': 'text/plain' });
      if (req.url === '/proxy/large') {
        for (let i = 0; i < 64; i++) res.write(`${String(i).padStart(4, '0')}${'x'.repeat(1020)}`);
        res.end();
        return;
      }
      res.write('chunk one, ');
      setTimeout(() => res.end('chunk two'), 5);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const port = await freePort();
  await writeFile(join(dir, 'nginx.conf'), config(dir, port, (upstream.address() as AddressInfo).port));
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const failed = new Promise<never>((_resolve, reject) =>
    nginx.once('error', (error) =>
      reject(new Error(`nginx did not start (scripts/install-services.sh installs it): ${error.message}`)),
    ),
  );
  await Promise.race([waitForPort(port, 10_000), failed]);
  origin = `http://127.0.0.1:${port}`;
}, 20_000);

afterAll(async () => {
  if (nginx?.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await new Promise((resolve) => upstream?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** nginx's access log once `ready` holds for its lines (it writes a line as it finishes a request). */
async function accessLog(ready: (lines: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const lines = (await readFile(join(dir, 'access.log'), 'utf8').catch(() => '')).split('\n');
    if (ready(lines) || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the Node transport against nginx', () => {
  const headers = { 'content-type': 'application/json', 'user-agent': 'hookwright-test' };
  // Non-ASCII text, so the body's length in bytes differs from its length in characters.
  const body = JSON.stringify({ type: 'order.created', version: 1, data: { note: 'é'.repeat(300) } });
  const send = (transport: ReturnType<typeof createNodeTransport>, path: string) =>
    transport.send({
      url: new URL(`${origin}${path}`),
      headers,
      signature: { 'webhook-id': 'msg_nginx', 'webhook-signature': 'v1,c2lnbmF0dXJl' },
      body,
      timeoutMs: 5_000,
    });
  const transport = () =>
    createNodeTransport({ allowPrivateNetworks: true, requireHttps: false, clock: systemClock });

  it('reads every answer as nginx sent it, direct and proxied (chunked)', async () => {
    const client = transport();
    const expected: Record<string, Partial<TransportResult> & Record<string, unknown>> = {
      '/ok': { status: 204, body: '' },
      '/text': { status: 200, body: 'accepted, thanks' },
      '/busy': { status: 503, body: '{"error":"busy"}' },
      '/moved': { status: 301, location: 'https://hooks.example.invalid/new' },
      '/gone': { status: 410 },
      '/proxy/a': { status: 200, body: 'chunk one, chunk two' },
      '/proxy/fail': { status: 500, body: 'chunk one, chunk two' },
    };
    try {
      // All at once (one connection each), then again: the second round reuses those connections.
      for (let round = 0; round < 2; round++) {
        const paths = Object.keys(expected);
        const results = await Promise.all(paths.map((path) => send(client, path)));
        results.forEach((result, i) => {
          expect(result).toMatchObject({ kind: 'response', ...expected[paths[i]!] });
        });
      }
    } finally {
      client.close();
    }
  });

  it('keeps the first KiB of a long chunked body and reuses the connection after it', async () => {
    const client = transport();
    try {
      const large = await send(client, '/proxy/large');
      expect(large).toMatchObject({ kind: 'response', status: 200 });
      const kept = (large as { body: string }).body;
      // 64 pieces of 1 KiB each: the first piece exactly, though nginx re-chunks what it passes on.
      expect(kept).toHaveLength(RESPONSE_BODY_LIMIT);
      expect(kept).toBe(`0000${'x'.repeat(1020)}`);
      expect(await send(client, '/ok?after=large')).toMatchObject({ status: 204 });
    } finally {
      client.close();
    }
    const log = await accessLog((lines) => lines.some((line) => line.startsWith('/ok?after=large ')));
    const connectionOf = (uri: string) => log.find((line) => line.startsWith(`${uri} `))?.split(' ')[2];
    expect(connectionOf('/ok?after=large')).toBe(connectionOf('/proxy/large'));
  });

  it('sends one attempt after another over one kept-alive connection', async () => {
    const client = transport();
    try {
      for (let i = 0; i < 5; i++) expect(await send(client, `/ok?n=${i}`)).toMatchObject({ status: 204 });
    } finally {
      client.close();
    }
    // nginx logs a connection's serial number and how many requests it has carried.
    const fiveOf = (log: string[]) => log.filter((line) => line.startsWith('/ok?n='));
    const lines = fiveOf(await accessLog((log) => fiveOf(log).length === 5));
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((line) => line.split(' ')[2])).size).toBe(1);
    expect(lines.map((line) => Number(line.split(' ')[3]))).toEqual([1, 2, 3, 4, 5]);
  });
});
