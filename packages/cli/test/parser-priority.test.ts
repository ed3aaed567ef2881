/**
 * A one-shot `hookwright generate` lowers its main thread's priority once the parser's worker has
 * started (five nice levels, Linux only), unless HOOKWRIGHT_YIELD_TO_PARSER=off: the built CLI in
 * a child process, its main thread's nice value sampled from /proc while it runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, ensureBuilt, repo } from '../../compiler/test/generate/built-packages.js';

const document = join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml');
const out = mkdtempSync(join(tmpdir(), 'hookwright-priority-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Field 19 of /proc/<pid>/task/<pid>/stat (the main thread), counted after the thread's name. */
function mainThreadNice(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return undefined; // the process has ended
  }
}

/** The main thread's nice values seen every 5 ms over a whole generate, and its exit code. */
async function niceDuringGenerate(
  env: NodeJS.ProcessEnv,
): Promise<{ seen: Set<number>; code: number | null }> {
  const child = spawn(process.execPath, [cliBin, 'generate', document, '--out', out], {
    env,
    stdio: 'ignore',
  });
  const seen = new Set<number>();
  const sampler = setInterval(() => {
    const nice = child.pid === undefined ? undefined : mainThreadNice(child.pid);
    if (nice !== undefined) seen.add(nice);
  }, 5);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  return { seen, code };
}

describe.runIf(process.platform === 'linux')('generate and the parser thread priority', () => {
  it('lowers the main thread by five nice levels during the run', async () => {
    const { seen, code } = await niceDuringGenerate({ ...process.env, HOOKWRIGHT_YIELD_TO_PARSER: '' });
    expect(code).toBe(0);
    const [start] = [...seen]; // the first value sampled: the level the process started at
    expect([...seen].sort((a, b) => a - b)).toEqual([start, start! + 5]);
  });

  it('keeps the main thread at its level with HOOKWRIGHT_YIELD_TO_PARSER=off', async () => {
    const { seen, code } = await niceDuringGenerate({ ...process.env, HOOKWRIGHT_YIELD_TO_PARSER: 'off' });
    expect(code).toBe(0);
    expect(seen.size).toBe(1);
  });
});
