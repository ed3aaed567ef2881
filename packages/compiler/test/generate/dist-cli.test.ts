/**
 * The built CLI (`node packages/cli/bin/hookwright.js`), where the parser runs on its worker
 * thread: the same diagnostics and exit codes as in-thread validation, nothing written for a
 * rejected document, and a process that ends by itself (the thread must not keep it alive: a
 * hang fails here on the timeout).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../load/load-fixture.js';
import { cliBin, ensureBuilt, repo } from './built-packages.js';

const execFileAsync = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; rejects (failing the test) if it has not exited within 30 s. */
async function hookwright(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cliBin, ...args], {
      cwd,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; killed?: boolean; stdout: string; stderr: string };
    if (failed.killed || typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  await stat(join(repo, 'packages/compiler/dist/load/validation-worker.js'));
  dir = await mkdtemp(join(tmpdir(), 'hookwright-dist-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('built hookwright CLI (parser on a worker thread)', () => {
  it('prints the parser diagnostics of an invalid document, exits 1 and writes nothing', async () => {
    const out = join(dir, 'invalid');
    const run = await hookwright(FIXTURES, 'generate', 'diagnostics/invalid-asyncapi.yaml', '--out', out);
    const golden = await readFile(
      new URL('../load/__snapshots__/diagnostics/invalid-asyncapi.txt', import.meta.url),
      'utf8',
    );
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${golden}2 errors: nothing was written.\n` });
    await expect(stat(out)).rejects.toThrow('ENOENT');
  });

  it('reports a broken $ref without running the parser', async () => {
    const run = await hookwright(
      FIXTURES,
      'generate',
      'diagnostics/missing-ref.yaml',
      '--out',
      join(dir, 'x'),
    );
    const golden = await readFile(
      new URL('../load/__snapshots__/diagnostics/missing-ref.txt', import.meta.url),
      'utf8',
    );
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${golden}3 errors: nothing was written.\n` });
  });

  it('generates the committed example output byte for byte, with the benchmark timing keys', async () => {
    const run = await hookwright(join(repo, 'examples/acme-shop'), 'generate', '--check', '--timings');
    expect(run.code).toBe(0);
    const [timingLine, verdict] = run.stderr.trim().split('\n');
    expect(Object.keys(JSON.parse(timingLine ?? ''))).toEqual(['parseMs', 'buildMs', 'emitMs', 'totalMs']);
    expect(verdict).toBe('generated is up to date.');
  });
});
