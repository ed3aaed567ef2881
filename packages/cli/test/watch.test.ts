/**
 * `generate --watch` as a user runs it: the built CLI in a child process, an edit to the
 * contract, the regenerated output, then Ctrl-C (SIGINT) ending the process cleanly.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, ensureBuilt } from '../../compiler/test/generate/built-packages.js';

/** `extra`: more lines of the message object (an unknown field makes the parser reject it). */
const contract = (summary: string, extra = '') => `asyncapi: 3.0.0
info:
  title: Watch Shop
  version: 1.0.0
channels:
  orderCreated:
    address: order.created
    messages:
      created:
        summary: ${JSON.stringify(summary)}${extra}
        payload:
          type: object
          properties:
            id: { type: string }
operations:
  sendOrderCreated:
    action: send
    channel: { $ref: '#/channels/orderCreated' }
`;

/** Two events whose payloads share `Money` (itself using `Currency`); `moneyExtra`: more properties of Money. */
const sharedContract = (moneyExtra: string) => `asyncapi: 3.0.0
info:
  title: Shared Shop
  version: 1.0.0
channels:
  orderPaid:
    address: order.paid
    messages:
      paid: { $ref: '#/components/messages/paid' }
  orderRefunded:
    address: order.refunded
    messages:
      refunded: { $ref: '#/components/messages/refunded' }
operations:
  sendOrderPaid:
    action: send
    channel: { $ref: '#/channels/orderPaid' }
  sendOrderRefunded:
    action: send
    channel: { $ref: '#/channels/orderRefunded' }
components:
  messages:
    paid:
      payload:
        type: object
        required: [amount]
        properties:
          amount: { $ref: '#/components/schemas/Money' }
    refunded:
      payload:
        type: object
        properties:
          amount: { $ref: '#/components/schemas/Money' }
          reason: { type: string, maxLength: 200 }
  schemas:
    Currency:
      type: string
      enum: [EUR, USD]
    Money:
      type: object
      required: [value, currency]
      properties:
${moneyExtra}        value: { type: integer, minimum: 0 }
        currency: { $ref: '#/components/schemas/Currency' }
`;

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'hookwright-watch-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Resolves once the child's stderr, from now on, has shown `text` `times` times. */
function stderrSeen(child: ChildProcess, text: string, times: number): Promise<void> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`waited for "${text}" x${times}; stderr:\n${seen}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split(text).length - 1 >= times) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe('hookwright generate --watch', () => {
  it('regenerates after an edit and stops on SIGINT', async () => {
    const document = join(dir, 'asyncapi.yaml');
    const out = join(dir, 'generated');
    const readme = join(out, 'watch-shop-receiver/README.md');
    await writeFile(document, contract('First summary'));
    const child = spawn(process.execPath, [cliBin, 'generate', document, '--out', out, '--watch'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await stderrSeen(child, 'watching for changes', 1);
      expect(await readFile(readme, 'utf8')).toContain('First summary');

      const rewritten = stderrSeen(child, 'wrote ', 1);
      await writeFile(document, contract('Second summary'));
      await rewritten;
      expect(await readFile(readme, 'utf8')).toContain('Second summary');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });

  it('writes an edit before the verdict, byte for byte what a fresh generate writes', async () => {
    const document = join(dir, 'fresh.yaml');
    const out = join(dir, 'fresh-watch');
    await writeFile(document, contract('Before'));
    const child = watchProcess(document, out);
    try {
      await stderrSeen(child, 'watching for changes', 1);
      const accepted = stderrSeen(child, 'the AsyncAPI parser accepted it', 1);
      await writeFile(document, contract('After'));
      await accepted;
    } finally {
      await stopped(child);
    }
    const fresh = join(dir, 'fresh-generate');
    execFileSync(process.execPath, [cliBin, 'generate', document, '--out', fresh], { stdio: 'ignore' });
    const watched = await tree(out);
    expect(JSON.stringify(watched)).toContain('After');
    expect(watched).toEqual(await tree(fresh));
  });

  it('after an edit to a shared schema, writes what a fresh generate writes', async () => {
    const document = join(dir, 'shared.yaml');
    const out = join(dir, 'shared-watch');
    await writeFile(document, sharedContract(''));
    const child = watchProcess(document, out);
    try {
      await stderrSeen(child, 'watching for changes', 1);
      for (const extra of ['        code: { type: string, pattern: "^[A-Z]{3}$" }\n', '']) {
        const accepted = stderrSeen(child, 'the AsyncAPI parser accepted it', 1);
        await writeFile(document, sharedContract(extra));
        await accepted;
        const fresh = join(dir, `shared-fresh-${extra.length}`);
        execFileSync(process.execPath, [cliBin, 'generate', document, '--out', fresh], { stdio: 'ignore' });
        const watched = await tree(out);
        expect(JSON.stringify(watched).includes('[A-Z]{3}')).toBe(extra !== '');
        expect(watched).toEqual(await tree(fresh));
      }
    } finally {
      await stopped(child);
    }
  });

  it('sees edits saved by renaming a new file over the document, one after another', async () => {
    const document = join(dir, 'renamed.yaml');
    const out = join(dir, 'renamed-out');
    await writeFile(document, contract('Saved 0'));
    const child = watchProcess(document, out);
    try {
      await stderrSeen(child, 'watching for changes', 1);
      for (const n of [1, 2]) {
        const accepted = stderrSeen(child, 'the AsyncAPI parser accepted it', 1);
        await writeFile(`${document}.tmp`, contract(`Saved ${n}`));
        await rename(`${document}.tmp`, document);
        await accepted;
        expect(JSON.stringify(await tree(out))).toContain(`Saved ${n}`);
      }
    } finally {
      await stopped(child);
    }
  });

  it('puts the last accepted output back when the parser rejects an edit, and says why', async () => {
    const document = join(dir, 'rejected.yaml');
    const out = join(dir, 'rejected-out');
    await writeFile(document, contract('Accepted'));
    const child = watchProcess(document, out);
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    try {
      await stderrSeen(child, 'watching for changes', 1);
      const before = await tree(out);
      const restored = stderrSeen(child, 'back to the output of the last accepted version', 1);
      await writeFile(document, contract('Rejected', '\n        bogus: 1'));
      await restored;
      expect(log).toContain('wrote ');
      expect(log).toContain('error asyncapi-invalid Property "bogus" is not expected to be here');
      expect(await tree(out)).toEqual(before);
    } finally {
      await stopped(child);
    }
  });
});

function watchProcess(document: string, out: string): ChildProcess {
  return spawn(process.execPath, [cliBin, 'generate', document, '--out', out, '--watch'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function stopped(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

/** Every file under `root` by relative path, with its text. */
async function tree(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return Object.fromEntries(files.map((file, i) => [file.slice(root.length), texts[i]!]).sort());
}
