/**
 * The generated acme-shop receiver's `fetch`, for real, in Cloudflare's workerd (miniflare), Deno and
 * Bun, with requests signed on Node. Each runtime starts once for the file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderCreated } from '../../../../examples/acme-shop/src/sample-events.js';
import { createSigner } from '../../src/signing/node.js';
import { secret } from './support/contract.js';

const here = fileURLToPath(new URL('./cross-runtime/', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin/', import.meta.url));
const example = fileURLToPath(new URL('../../../../examples/acme-shop/', import.meta.url));
const signer = createSigner({ secret });
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hookwright-cross-runtime-'));
  bundle = join(dir, 'worker.bundle.js');
  await build({
    entryPoints: [join(example, 'src/receiver-worker.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    // Resolve the generated package as the example app installs it.
    nodePaths: [join(example, 'node_modules')],
    logLevel: 'error',
  });
  for (const launcher of ['launch-deno.js', 'launch-bun.js']) {
    copyFileSync(join(here, launcher), join(dir, launcher));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function signedOrder(id: string, alter = false) {
  const body = JSON.stringify({
    type: 'order.created',
    version: 2,
    timestamp: '2026-01-01T00:00:00Z',
    data: orderCreated,
  });
  const headers = signer.signSync({ id, body });
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: alter ? body.replace('Jane', 'Joan') : body,
  };
}

/** The checks every runtime must pass, given how to send a request to it. */
function behaves(name: string, send: () => (path: string, init?: RequestInit) => Promise<Response>) {
  it(`${name}: verifies, validates and dispatches a signed event`, async () => {
    const id = `msg_${name}_1`;
    expect((await send()('/webhooks', signedOrder(id))).status).toBe(204);
    expect((await send()('/webhooks', signedOrder(id))).status).toBe(204);
    const handled = (await (await send()('/handled')).json()) as string[];
    expect(handled).toEqual([`order.created@2 ${id} ACME-10042`]);
  });

  it(`${name}: refuses an altered body, a bad payload and a GET`, async () => {
    const altered = await send()('/webhooks', signedOrder(`msg_${name}_2`, true));
    expect(altered.status).toBe(401);
    expect(((await altered.json()) as { error: { code: string } }).error.code).toBe('NO_MATCHING_SIGNATURE');
    const body = JSON.stringify({
      type: 'order.created',
      version: 2,
      timestamp: '2026-01-01T00:00:00Z',
      data: { id: 1 },
    });
    const invalid = await send()('/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signer.signSync({ id: `msg_${name}_3`, body }) },
      body,
    });
    expect(invalid.status).toBe(422);
    expect((await send()('/webhooks')).status).toBe(405);
  });
}

describe('workerd (miniflare)', () => {
  let mf: Miniflare;
  beforeAll(async () => {
    mf = new Miniflare({
      modules: true,
      script: readFileSync(bundle, 'utf8'),
      compatibilityDate: '2025-01-01',
    });
    await mf.ready;
  });
  afterAll(() => mf.dispose());
  behaves(
    'workerd',
    () => async (path, init) =>
      (await mf.dispatchFetch(`http://localhost${path}`, init as never)) as unknown as Response,
  );
});

/** Starts a runtime serving the bundle; resolves once it printed its port. */
function startRuntime(command: string, args: string[]): Promise<{ child: ChildProcess; base: string }> {
  // Its own process group: the `.bin` entries are shell shims that start the real binary as a child,
  // and the whole group is stopped after the tests.
  const child = spawn(command, args, {
    detached: true,
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /port (\d+)/.exec(output);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output}`)));
  });
}

const runtimes: [name: string, command: string, args: string[]][] = [
  ['deno', join(bin, 'deno'), ['run', '--allow-net', '--no-prompt', 'launch-deno.js']],
  ['bun', join(bin, 'bun'), ['launch-bun.js']],
];

describe.each(runtimes)('%s', (name, command, args) => {
  let runtime: { child: ChildProcess; base: string };
  beforeAll(async () => {
    runtime = await startRuntime(command, args);
  });
  afterAll(() => {
    const pid = runtime?.child.pid;
    if (pid !== undefined) process.kill(-pid, 'SIGTERM');
  });
  behaves(name, () => (path, init) => fetch(`${runtime.base}${path}`, init));
});
