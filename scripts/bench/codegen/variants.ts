/**
 * Interleaved A/B of `hookwright generate` variants: each round runs every variant once as a fresh
 * `node` process on the same document, the order reversed every other round, and the report gives
 * each variant's medians and its ratio to the first variant (the median of per-round ratios, so
 * load that hits a whole round cancels out). What docs/loading.md's A/B tables come from.
 *
 *   npx tsx scripts/bench/codegen/variants.ts --document <doc> --rounds 10 \
 *     base 'no-yield:HOOKWRIGHT_YIELD_TO_PARSER=off' 'before@/tmp/before/packages/cli/bin/hookwright.js'
 *
 * A variant is `name[:ENV=value[,ENV=value...]][@bin]`: environment variables set for its runs, and
 * the CLI's bin script to run (default: this checkout's, built by `npm run build`; another
 * checkout's for a before/after, e.g. a `git worktree` of the older commit, built there). That
 * checkout must resolve `@hookwright/compiler` to its own package: a worktree whose node_modules
 * are links to this checkout's would run the old CLI on the new compiler, so a variant whose bin
 * does not is refused.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, pairedRatio } from '../lib/stats.js';
import { runNodeTimed, type TimedRun } from './spawn-timed.js';

interface Variant {
  name: string;
  env: Record<string, string>;
  bin: string;
}

const defaultBin = new URL('../../../packages/cli/bin/hookwright.js', import.meta.url).pathname;

/**
 * @example
 * parseVariant('no-yield:HOOKWRIGHT_YIELD_TO_PARSER=off'); // { name: 'no-yield', env: { HOOKWRIGHT_YIELD_TO_PARSER: 'off' }, bin: <this checkout's> }
 */
export function parseVariant(spec: string): Variant {
  const [head = '', bin] = spec.split('@');
  const [name = '', envs] = head.split(/:(.*)/s);
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`variant ${JSON.stringify(spec)}: expected name[:ENV=value,...][@bin]`);
  const env: Record<string, string> = {};
  for (const pair of envs ? envs.split(',') : []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`variant ${name}: expected ENV=value, found ${JSON.stringify(pair)}`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { name, env, bin: bin ? resolve(bin) : defaultBin };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { document: { type: 'string' }, rounds: { type: 'string', default: '8' } },
  });
  const rounds = Number(values.rounds);
  if (!values.document || positionals.length < 2 || !(rounds > 0)) {
    throw new Error('usage: variants.ts --document <doc> [--rounds N] <variant> <variant> [...]');
  }
  const document = resolve(values.document);
  const variants = positionals.map(parseVariant);
  for (const variant of variants) checkOwnCompiler(variant);
  const runs = new Map<string, TimedRun[]>(variants.map((v) => [v.name, []]));
  const out = mkdtempSync(join(tmpdir(), 'hw-variants-'));
  const load = () => loadavg()[0]?.toFixed(1);
  const loadBefore = load();
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        Object.assign(process.env, variant.env);
        const run = await runNodeTimed(
          [variant.bin, 'generate', document, '--out', join(out, variant.name)],
          out,
        );
        for (const key of Object.keys(variant.env)) delete process.env[key];
        if (run.exitCode !== 0)
          throw new Error(`${variant.name} exited with ${run.exitCode}:\n${run.stderr}`);
        runs.get(variant.name)?.push(run);
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const first = runs.get(variants[0]?.name ?? '') ?? [];
  const of = (list: TimedRun[], pick: (run: TimedRun) => number | undefined) =>
    list.map((run) => pick(run) ?? Number.NaN);
  console.log(
    `${document}: ${rounds} interleaved rounds, load average ${loadBefore} before, ${load()} after`,
  );
  for (const variant of variants) {
    const list = runs.get(variant.name) ?? [];
    const wall = of(list, (r) => r.wallMs);
    const cpu = of(list, (r) => r.cpuMs);
    const rss = of(list, (r) => (r.peakRssKb === undefined ? undefined : r.peakRssKb / 1024));
    console.log(
      `${variant.name.padEnd(16)} wall ${median(wall).toFixed(0)} ms  CPU ${median(cpu).toFixed(0)} ms  ` +
        `peak RSS ${median(rss).toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)})  ` +
        `/ ${variants[0]?.name}: wall ${pairedRatio(
          wall,
          of(first, (r) => r.wallMs),
        ).toFixed(3)}x, ` +
        `CPU ${pairedRatio(
          cpu,
          of(first, (r) => r.cpuMs),
        ).toFixed(3)}x`,
    );
  }
}

/** Refuses a bin whose CLI would load another checkout's compiler (see the header). */
function checkOwnCompiler({ name, bin }: Variant): void {
  const checkout = realpathSync(resolve(dirname(bin), '../../..'));
  const compiler = realpathSync(createRequire(bin).resolve('@hookwright/compiler/package.json'));
  if (!compiler.startsWith(`${checkout}/`)) {
    throw new Error(
      `variant ${name}: ${bin} loads ${compiler}, not the compiler of its own checkout ${checkout}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
