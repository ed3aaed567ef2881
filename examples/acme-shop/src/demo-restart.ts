/**
 * Second part of `npm run example`: a message survives its sender being killed. The shop's sender
 * runs on the SQLite queue (`@hookwright/queue-sqlite`) in a child process:
 *
 * 1. the merchant's endpoint is down; the sender process sends order.created, `send` resolves (the
 *    message is committed to webhooks.db), and the process is killed with SIGKILL;
 * 2. the endpoint comes up; a new sender process is started on the same file and, sending nothing
 *    itself, delivers the message it finds there.
 *
 * Run as `tsx src/demo-restart.ts`; the child modes are `--send <file> <url>` and `--resume <file> <url>`.
 * Exits 1 if the message did not arrive.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqliteQueue } from '@hookwright/queue-sqlite';
import { createReceiver } from 'acme-shop-receiver';
import { createSender } from 'acme-shop-sender';
import { orderCreated } from './sample-events.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const SELF = fileURLToPath(import.meta.url);

/** The child: a sender on the SQLite file. */
async function child(mode: string, file: string, url: string) {
  const sender = createSender({
    endpoints: [{ id: 'shop', url, secret: SECRET }],
    queue: createSqliteQueue({ file }),
    schedule: [0, 300, 300, 300, 300, 300, 300, 300],
    timeoutMs: 1000,
    leaseMs: 1500, // a lease held by a killed process frees up quickly
    pollIntervalMs: 100,
    allowPrivateNetworks: true, // loopback endpoint
    logger: false,
  });
  if (mode === '--send') {
    const id = await sender.send('order.created', orderCreated);
    process.stdout.write(`${id}\n`);
    await new Promise(() => undefined); // keep running: the parent kills this process
  }
  for (;;) {
    const { pending } = await sender.queue.stats();
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await sender.close();
}

function start(mode: string, file: string, url: string) {
  return spawn(process.execPath, [...process.execArgv, SELF, mode, file, url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function parent(): Promise<boolean> {
  const started = Date.now();
  const at = () => `+${String(Date.now() - started).padStart(5)} ms`;
  const dir = mkdtempSync(join(tmpdir(), 'acme-shop-'));
  const file = join(dir, 'webhooks.db');
  const received: string[] = [];
  const receiver = createReceiver({ secret: SECRET }).on('order.created', (event) => {
    received.push(event.id);
  });
  const server = createServer(receiver.node);
  // Take a free port, then leave it closed: the endpoint is down until step 2.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  const url = `http://127.0.0.1:${port}/webhooks`;

  try {
    console.log('');
    console.log(`Surviving a crash: the sender on the SQLite queue (${file})`);
    const sending = start('--send', file, url);
    const id = await new Promise<string>((resolve, reject) => {
      sending.stdout.once('data', (data: Buffer) => resolve(data.toString().trim()));
      sending.once('exit', () => reject(new Error('the sending process exited before send resolved')));
    });
    sending.kill('SIGKILL');
    await new Promise((resolve) => sending.once('exit', resolve));
    console.log(
      `${at()}  sender process sent order.created as ${id} (endpoint down), then was killed (SIGKILL)`,
    );
    const queue = createSqliteQueue({ file, mustExist: true });
    const pending = (await queue.list({ state: 'pending' })).items;
    await queue.close();
    console.log(
      `${at()}  webhooks.db still holds ${pending.map((d) => `${d.id} (${d.attempts.length} failed attempt(s))`).join(', ')}`,
    );

    server.listen(port, '127.0.0.1');
    const resuming = start('--resume', file, url);
    await new Promise((resolve) => resuming.once('exit', resolve));
    const ok = received.includes(id);
    console.log(
      `${at()}  endpoint up, new sender process on the same file: ${ok ? `${id} delivered` : 'NOT delivered'}`,
    );
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} the message accepted before the crash arrived after the restart`);
    return ok;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, file, url] = process.argv.slice(2);
if (mode !== undefined && file !== undefined && url !== undefined) await child(mode, file, url);
else process.exit((await parent()) ? 0 : 1);
