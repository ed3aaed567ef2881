/**
 * `yieldToParserThread()`: once the parser's worker thread has started, the thread that started
 * it runs five nice levels lower, and the worker keeps the priority it started with. Run in a
 * fresh `node` process on the built package (the worker thread only exists there; a nice value
 * cannot be raised back, so the test runner's own threads stay out of it). Linux only: elsewhere
 * a nice value belongs to the whole process and the call does nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtWorkerEntry, ensureBuilt, repo } from '../generate/built-packages.js';
import { FIXTURES } from './load-fixture.js';

const workerValidator = pathToFileURL(`${repo}packages/compiler/dist/load/worker-validator.js`).href;

/** Each thread's nice value before and after the first validation, and which threads are new. */
interface Niceness {
  main: { before: number; after: number };
  /** Threads that did not exist before the validator started its worker. */
  started: number[];
  findings: number;
}

function childRun(yieldToParser: boolean): Niceness {
  const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { WorkerValidator, yieldToParserThread } from ${JSON.stringify(workerValidator)};
    // Field 19 of /proc/<pid>/task/<tid>/stat, counted after the parenthesised thread name.
    const niceness = () => new Map(readdirSync('/proc/self/task').map((tid) => {
      const stat = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
      return [Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    }));
    const before = niceness();
    if (${yieldToParser}) yieldToParserThread();
    const validator = new WorkerValidator(new URL(${JSON.stringify(builtWorkerEntry.href)}));
    const entry = ${JSON.stringify(`${FIXTURES}diagnostics/invalid-asyncapi.yaml`)};
    const { findings } = await validator.validate(entry, new Map([[entry, readFileSync(entry, 'utf8')]]));
    const after = niceness();
    await validator.close();
    const started = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
    const main = { before: before.get(process.pid), after: after.get(process.pid) };
    process.stdout.write(JSON.stringify({ main, started, findings: findings.length }));
  `;
  const dir = mkdtempSync(join(tmpdir(), 'hookwright-priority-'));
  try {
    writeFileSync(join(dir, 'child.mjs'), script);
    return JSON.parse(
      execFileSync(process.execPath, [join(dir, 'child.mjs')], { encoding: 'utf8' }),
    ) as Niceness;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.runIf(process.platform === 'linux')('yieldToParserThread', () => {
  beforeAll(() => ensureBuilt());

  it('lowers the starting thread by five nice levels once the worker has started; the worker keeps its level', () => {
    const { main, started, findings } = childRun(true);
    expect(findings).toBeGreaterThan(0);
    expect(main.after).toBe(Math.min(19, main.before + 5));
    // The worker's thread was started before the main thread yielded: it runs at the old level.
    expect(started).toContain(main.before);
  });

  it('leaves every thread at its level without the call', () => {
    const { main, started, findings } = childRun(false);
    expect(findings).toBeGreaterThan(0);
    expect(main.after).toBe(main.before);
    expect(started.length).toBeGreaterThan(0);
    expect(new Set(started)).toEqual(new Set([main.before]));
  });
});
