/**
 * The parser's thread started ahead of the loader (`startParserThread`, what `bin/hookwright.js`
 * calls before importing the CLI) is the one the first validator runs on, and only a validator
 * that would start the same thread takes it. Compiled modules from `dist/`: run from sources,
 * there is no worker entry and no thread.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repo } from '../generate/built-packages.js';
import { FIXTURES } from './load-fixture.js';

type ParserThread = typeof import('../../src/load/parser-thread.js');
type Validators = typeof import('../../src/load/worker-validator.js');

const built = (module: string) => pathToFileURL(join(repo, 'packages/compiler/dist/load', module)).href;
let thread: ParserThread;
let validators: Validators;
const entry = `${FIXTURES}diagnostics/invalid-asyncapi.yaml`;
let texts: Map<string, string>;

beforeAll(async () => {
  ensureBuilt();
  thread = (await import(built('parser-thread.js'))) as ParserThread;
  validators = (await import(built('worker-validator.js'))) as Validators;
  texts = new Map([[entry, await readFile(entry, 'utf8')]]);
});

async function validatedOn(
  validator: InstanceType<Validators['WorkerValidator']>,
): Promise<number | undefined> {
  try {
    const { findings } = await validator.validate(entry, texts);
    expect(findings.map((f) => f.message)).toContain('"info" property must have required property "version"');
    return validator.threadId;
  } finally {
    await validator.close();
  }
}

describe('a parser thread started ahead of the loader', () => {
  it('is the thread the first validator runs on, and is taken once', async () => {
    const started = thread.startParserThread();
    expect(started).toBeGreaterThan(0);
    expect(thread.startParserThread()).toBeUndefined(); // one is already waiting
    const first = new validators.WorkerValidator(thread.parserWorkerEntry);
    expect(await validatedOn(first)).toBe(started);
    const second = new validators.WorkerValidator(thread.parserWorkerEntry);
    expect(await validatedOn(second)).not.toBe(started);
  });

  it('is left to a later validator by one with other heap caps', async () => {
    const started = thread.startParserThread();
    const other = new validators.WorkerValidator(thread.parserWorkerEntry, { maxOldGenerationSizeMb: 2048 });
    expect(await validatedOn(other)).not.toBe(started);
    const capped = new validators.WorkerValidator(thread.parserWorkerEntry);
    expect(await validatedOn(capped)).toBe(started);
  });

  it('does not keep a process alive when nothing takes it', () => {
    const script = `import(${JSON.stringify(built('parser-thread.js'))}).then((m) => { if (!m.startParserThread()) process.exit(3); });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });
});
