/**
 * `generate --watch` as a user runs it: the built CLI in a child process, an edit to the
 * contract, the regenerated output, then Ctrl-C (SIGINT) ending the process cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, ensureBuilt } from '../../compiler/test/generate/built-packages.js';

const contract = (summary: string) => `asyncapi: 3.0.0
info:
  title: Watch Shop
  version: 1.0.0
channels:
  orderCreated:
    address: order.created
    messages:
      created:
        summary: ${JSON.stringify(summary)}
        payload:
          type: object
          properties:
            id: { type: string }
operations:
  sendOrderCreated:
    action: send
    channel: { $ref: '#/channels/orderCreated' }
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
});
