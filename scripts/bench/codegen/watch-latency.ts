/**
 * How long an edit takes to reach the output of `hookwright generate --watch` (issue 15, part 6).
 *
 *   npx tsx scripts/bench/codegen/watch-latency.ts --events 200 --edits 10
 *   npx tsx scripts/bench/codegen/watch-latency.ts --document big.yaml --edits 10
 *
 * The built CLI watches a copy of the document in a child process. Each edit rewrites the file,
 * alternating two kinds on one message in the middle of the contract: its `summary` (the
 * validators are reused), and a new property in its payload schema (the validators are
 * recompiled). Latency is from the start of the write until the CLI reports the new output
 * written; the edit's marker is then looked for in the output, and the next edit waits for the
 * parser's verdict. Last, a fresh `generate` of the final document must produce byte-identical
 * output. Prints medians per kind and the load average. Exit code 1 when a check failed.
 *
 * `--cpu-prof <dir>`: the watching CLI writes V8 CPU profiles there when it exits (one per thread),
 * to see where an edit's time goes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticContract } from '../../synthetic/contract.js';
import { median } from '../lib/index.js';
import { runNodeTimed } from './spawn-timed.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cliBin = join(repo, 'packages/cli/bin/hookwright.js');

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '10' },
    events: { type: 'string', default: '200' },
    document: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});

const workDir = await mkdtemp(join(tmpdir(), 'hookwright-bench-watch-'));
const document = join(workDir, 'asyncapi.yaml');
const original =
  values.document === undefined
    ? syntheticContract({ events: Number(values.events), seed: 1 })
    : await readFile(values.document, 'utf8');
await writeFile(document, original);
const target = pickMessage(original);
const out = join(workDir, 'out');

const profile = values['cpu-prof'] === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']];
const child = spawn(process.execPath, [...profile, cliBin, 'generate', document, '--out', out, '--watch'], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'pipe'],
});
const stderr = lineReader(child);
let failed = false;
const loadBefore = loadavg();
const latency = { summary: [] as number[], schema: [] as number[] };
const verdict: number[] = [];
try {
  await stderr.waitFor('watching for changes', 600_000);
  let text = original;
  for (let edit = 1; edit <= Number(values.edits); edit++) {
    const kind = edit % 2 === 1 ? 'summary' : 'schema';
    const marker = `edit${edit}x`;
    text = kind === 'summary' ? editSummary(text, target, marker) : addProperty(text, target, marker);
    const started = performance.now();
    const written = stderr.waitFor('wrote ', 60_000);
    const accepted = stderr.waitFor('accepted it', 600_000);
    await writeFile(document, text);
    await written;
    const ms = performance.now() - started;
    latency[kind].push(ms);
    const seen = await outputContains(out, marker);
    if (!seen) failed = true;
    await accepted;
    verdict.push(performance.now() - started);
    process.stderr.write(
      `edit ${edit} (${kind}): output in ${ms.toFixed(0)} ms${seen ? '' : ' WITHOUT THE EDIT'}\n`,
    );
  }
  const fresh = join(workDir, 'fresh');
  const run = await runNodeTimed([cliBin, 'generate', document, '--out', fresh], repo);
  const same = run.exitCode === 0 && (await treeText(out)) === (await treeText(fresh));
  if (!same) failed = true;
  const loadAfter = loadavg();
  const show = (xs: number[]) =>
    `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(' ')})`;
  console.log(
    `document: ${values.document ?? `synthetic, ${values.events} events`}; message ${target.message}`,
  );
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
  );
  console.log(`summary edit -> output written: ${show(latency.summary)}`);
  console.log(`schema edit  -> output written: ${show(latency.schema)}`);
  console.log(`edit -> parser's verdict:       ${show(verdict)}`);
  console.log(`watch output = fresh generate: ${same ? 'yes' : 'NO'}`);
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(workDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

interface Target {
  message: string;
  payload: string;
}

/** The message in the middle of `components/messages` and the payload schema it refers to. */
function pickMessage(yaml: string): Target {
  const section = yaml.slice(yaml.indexOf('\n  messages:\n'));
  const names = [...section.matchAll(/^ {4}(\w+):\n/gm)].map((m) => m[1]!);
  const message = names[Math.floor(names.length / 2)]!;
  const body = section.slice(section.indexOf(`\n    ${message}:\n`));
  const payload = /payload:\n\s+\$ref: "#\/components\/schemas\/(\w+)"/.exec(body)?.[1];
  if (payload === undefined) throw new Error(`message ${message} has no payload $ref`);
  return { message, payload };
}

/** The message's `summary` line, rewritten to end with `marker`. */
function editSummary(yaml: string, { message }: Target, marker: string): string {
  const start = yaml.indexOf(`\n    ${message}:\n`, yaml.indexOf('\n  messages:\n'));
  const summary = yaml.indexOf('\n      summary: ', start);
  const end = yaml.indexOf('\n', summary + 1);
  return `${yaml.slice(0, summary)}\n      summary: Edited ${marker}.${yaml.slice(end)}`;
}

/** One more optional string property, named `marker`, first in the payload schema's `properties`. */
function addProperty(yaml: string, { payload }: Target, marker: string): string {
  const start = yaml.indexOf(`\n    ${payload}:\n`, yaml.indexOf('\n  schemas:\n'));
  const properties = yaml.indexOf('\n      properties:\n', start) + '\n      properties:\n'.length;
  const property = `        ${marker}:\n          type: string\n          maxLength: 64\n`;
  return yaml.slice(0, properties) + property + yaml.slice(properties);
}

/** Waits for stderr lines of the child; lines seen before a wait began do not count. */
function lineReader(process: ChildProcess) {
  let waiting: { text: string; resolve: () => void }[] = [];
  let log = '';
  process.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
    for (const line of chunk.split('\n')) {
      const [met, rest] = partition(waiting, (w) => line.includes(w.text));
      waiting = rest;
      for (const w of met) w.resolve();
    }
  });
  return {
    waitFor(text: string, timeoutMs: number): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${log}`)),
          timeoutMs,
        );
        waiting.push({
          text,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

async function outputContains(dir: string, marker: string): Promise<boolean> {
  return (await treeText(dir)).includes(marker);
}

/** Every file under `dir`, path and contents, in path order. */
async function treeText(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const parts = await Promise.all(
    files.map(async (f) => `${f.slice(dir.length)}\n${await readFile(f, 'utf8')}`),
  );
  return parts.join('\0');
}
