/**
 * Oversized and trickling bodies over real HTTP: answered early, and memory stays bounded because
 * reading stops at the limit (nothing past it is buffered).
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiver } from '../../src/receiver/node.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { signed, validOrder } from './support/requests.js';
import { send } from './support/servers.js';

const receiver = createReceiver<TestEventMap>(table, { secret, bodyTimeoutMs: 300 });
const server = createServer(receiver.node);
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** Streams up to `total` bytes without a content-length; resolves with the status and bytes written. */
function streamHuge(total: number): Promise<{ status: number; written: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let written = 0;
    let status = 0;
    const headers = signed(validOrder()).headers;
    const req = httpRequest(url, { method: 'POST', headers, agent: false }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve({ status, written }));
    });
    req.on('error', () => (status ? resolve({ status, written }) : reject(new Error('no answer'))));
    const pump = () => {
      while (written < total && !req.destroyed && status === 0) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (written >= total) req.end();
    };
    pump();
  });
}

describe('body limits', () => {
  it('answers a 256 MiB streamed body with 413 without buffering it', async () => {
    global.gc?.();
    const before = process.memoryUsage();
    const { status, written } = await streamHuge(256 * 1024 * 1024);
    const after = process.memoryUsage();
    expect(status).toBe(413);
    // The server stopped reading at 1 MiB and closed the connection; the client could not push it all.
    expect(written).toBeLessThan(64 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(32 * 1024 * 1024);
  });

  it('answers 50 trickling clients with 408 at the deadline', async () => {
    const request = signed(validOrder());
    const chunks = request.body.match(/[\s\S]{1,4}/g) ?? [];
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => send(url, request, { chunks, delayMs: 50 })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(408));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
