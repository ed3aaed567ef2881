import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./fixtures/sender-child.mjs', import.meta.url));

/** A loopback receiver recording every `webhook-id` it is sent; it can hold requests unanswered. */
function startReceiver() {
  const received = new Set<string>();
  let hold = false;
  const held: ServerResponse[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on('end', () => {
      received.add(String(request.headers['webhook-id']));
      if (hold) {
        held.push(response);
        for (const wake of waiters.splice(0)) wake();
        return;
      }
      response.writeHead(204).end();
    });
  });
  return {
    received,
    server,
    setHold(on: boolean) {
      hold = on;
      if (!on) for (const response of held.splice(0)) response.destroy();
    },
    /** Resolves once a request is being held (an attempt is in flight). */
    attemptInFlight: () =>
      new Promise<void>((resolve) => (held.length > 0 ? resolve() : waiters.push(resolve))),
  };
}

interface ChildRun {
  child: ChildProcess;
  accepted: string[];
  lines: string[];
  /** Resolves once `n` sends were accepted. */
  acceptedAtLeast(n: number): Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runChild(options: Record<string, unknown>): ChildRun {
  const child = spawn(process.execPath, [CHILD, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const accepted: string[] = [];
  const lines: string[] = [];
  const waiters: Array<{ n: number; wake: () => void }> = [];
  let buffer = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line.startsWith('accepted ')) accepted.push(line.slice('accepted '.length));
    }
    for (const waiter of waiters.filter((w) => accepted.length >= w.n)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.wake();
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) console.error(stderr);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    accepted,
    lines,
    exit,
    acceptedAtLeast: (n) =>
      new Promise((wake) => (accepted.length >= n ? wake() : waiters.push({ n, wake }))),
  };
}

describe('sqlite queue: a sender killed with SIGKILL loses no accepted message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hw-sqlite-crash-'));
  const file = join(dir, 'webhooks.db');
  const receiver = startReceiver();
  let url = '';
  const accepted: string[] = [];
  const children: ChildProcess[] = [];
  const run = (options: Record<string, unknown>) => {
    const started = runChild({ file, url, ...options });
    children.push(started.child);
    return started;
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    receiver.setHold(false);
    await new Promise((resolve) => receiver.server.close(resolve));
    receiver.server.closeAllConnections();
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed right after send resolved, before the first attempt', async () => {
    const first = run({ count: 40, prefix: 'a', killAfter: 15 });
    expect((await first.exit).signal).toBe('SIGKILL');
    expect(first.accepted.length).toBe(15);
    accepted.push(...first.accepted);
  });

  it('killed during an attempt (the receiver holds the request)', async () => {
    receiver.setHold(true);
    const second = run({ count: 20, prefix: 'b', concurrency: 5 });
    await receiver.attemptInFlight();
    second.child.kill('SIGKILL');
    expect((await second.exit).signal).toBe('SIGKILL');
    receiver.setHold(false);
    // An attempt needs an accepted message first.
    expect(second.accepted.length).toBeGreaterThanOrEqual(1);
    accepted.push(...second.accepted);
  });

  it('killed mid-stream while many sends and attempts overlap', async () => {
    const third = run({ count: 400, prefix: 'c', concurrency: 25 });
    await third.acceptedAtLeast(100);
    third.child.kill('SIGKILL');
    expect((await third.exit).signal).toBe('SIGKILL');
    expect(third.accepted.length).toBeGreaterThanOrEqual(100);
    accepted.push(...third.accepted);
  });

  it('after a restart on the same file, every accepted id reaches the receiver', async () => {
    const restart = run({ count: 10, prefix: 'd', drain: true });
    const { code } = await restart.exit;
    expect(code).toBe(0);
    expect(restart.lines).toContain('drained dead=0');
    accepted.push(...restart.accepted);
    const missing = accepted.filter((id) => !receiver.received.has(id));
    expect(missing).toEqual([]);
    expect(accepted.length).toBeGreaterThanOrEqual(126);
  });
});
