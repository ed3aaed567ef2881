/**
 * Docs benchmark (issue 10, "Size and speed").
 *
 *   npx tsx scripts/bench/docs/index.ts [--runs 5] [--events 200] [--peer <node_modules dir>] [--no-build]
 *
 * 1. writes the synthetic contract to a temp dir;
 * 2. `hookwright docs <doc> --out <dir> --timings` (HTML) and `--format markdown`, and
 *    `hookwright inspect <doc>` (read, parse, build the IR, print: the parsing baseline), `--runs`
 *    fresh processes each, interleaved. "Beyond parsing" is the median wall time of `docs` minus
 *    that of `inspect` (target <= 1 s); `docsMs` from the CLI's JSON line is the docs work itself
 *    (example check, model, rendering), which overlaps the parser's validation. Page <= 300 KB;
 * 3. with `--peer`, @asyncapi/markdown-template through @asyncapi/generator on the same document,
 *    interleaved with 2. (see README.md for why it is not installed in the repository); without
 *    it, the reference figure is printed instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticContract } from '../../synthetic/contract.js';
import { runNodeTimed, type TimedRun } from '../codegen/spawn-timed.js';
import { median } from '../lib/index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cliBin = join(repo, 'packages/cli/bin/hookwright.js');
const peerRunner = fileURLToPath(new URL('./peer-runner.mjs', import.meta.url));

/** Measured on a comparable document by the author (Markdown only). */
const REFERENCE = { seconds: 9.1, kilobytes: 691 };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    events: { type: 'string', default: '200' },
    peer: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const events = Number(values.events);

if (!values['no-build']) {
  process.stderr.write('building the workspace (npm run build)...\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const work = await mkdtemp(join(tmpdir(), 'hookwright-bench-docs-'));
const document = join(work, 'synthetic.yaml');
await writeFile(document, syntheticContract({ events }));

const inspect: TimedRun[] = [];
const html: TimedRun[] = [];
const markdown: TimedRun[] = [];
const peer: TimedRun[] = [];
for (let i = 0; i < runs; i++) {
  process.stderr.write(`run ${i + 1}/${runs}\n`);
  inspect.push(await runNodeTimed([cliBin, 'inspect', document], repo));
  html.push(
    await runNodeTimed([cliBin, 'docs', document, '--out', join(work, `html-${i}`), '--timings'], repo),
  );
  markdown.push(
    await runNodeTimed(
      [cliBin, 'docs', document, '--out', join(work, `md-${i}`), '--format', 'markdown', '--timings'],
      repo,
    ),
  );
  if (values.peer)
    peer.push(await runNodeTimed([peerRunner, values.peer, document, join(work, `peer-${i}`)], repo));
}
for (const run of [...inspect, ...html, ...markdown, ...peer]) {
  if (run.exitCode !== 0) throw new Error(`a run failed (exit ${run.exitCode}):\n${run.stderr}`);
}

const page = Buffer.byteLength(await readFile(join(work, 'html-0/index.html')));
const mdFile = (await readdir(join(work, 'md-0'))).find((f) => f.endsWith('.md'))!;
const md = Buffer.byteLength(await readFile(join(work, 'md-0', mdFile)));
const med = (list: TimedRun[], key: string) => median(list.map((r) => r.timings?.[key] ?? Number.NaN));
const wall = (list: TimedRun[]) => median(list.map((r) => r.wallMs));
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

const lines = [
  `docs benchmark: ${events}-event synthetic contract, ${runs} fresh processes each, medians; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  '',
  `inspect   (parsing baseline) wall ${ms(wall(inspect))}`,
  `html      beyond parsing ${ms(wall(html) - wall(inspect))} (target <= 1000 ms)  docs work ${ms(med(html, 'docsMs'))}  wall ${ms(wall(html))}  page ${kb(page)} (target <= 300 KB)`,
  `markdown  beyond parsing ${ms(wall(markdown) - wall(inspect))}  docs work ${ms(med(markdown, 'docsMs'))}  wall ${ms(wall(markdown))}  file ${kb(md)}`,
];
if (peer.length > 0) {
  const peerWall = wall(peer);
  const peerBytes = peer[0]?.timings?.bytes ?? Number.NaN;
  lines.push(
    `peer      @asyncapi/markdown-template via @asyncapi/generator: wall ${ms(peerWall)}  generate ${ms(med(peer, 'generateMs'))}  output ${kb(peerBytes)}`,
    `ratio     peer wall / our markdown wall ${(peerWall / wall(markdown)).toFixed(2)}x; peer / our page size ${(peerBytes / page).toFixed(2)}x`,
  );
} else {
  lines.push(
    `peer      not run (pass --peer <node_modules dir with @asyncapi/generator and @asyncapi/markdown-template>)`,
    `reference from the issue, comparable document, Markdown only: ${REFERENCE.seconds} s, ${REFERENCE.kilobytes} KB`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
await rm(work, { recursive: true, force: true });
