import { cpus, loadavg } from 'node:os';
import type { SyntheticOptions } from '../../synthetic/index.js';
import { formatMs, median, pairedRatio, verdict } from '../lib/index.js';
import type { TimedRun } from './spawn-timed.js';
import type { WatchTiming } from './watch.js';

const TARGET_PARSER_RATIO = 1.3;
const TARGET_PEAK_RSS_MB = 400;
const TARGET_GENERATE_MS = 3000;
const TARGET_MODELINA_RATIO = 2;
const TARGET_SECOND_GENERATE_MS = 300;

/** The runs of one contract, one entry per round on each side. */
export interface ContractRuns {
  /** `standard` or `large`. */
  name: string;
  options: SyntheticOptions;
  /** Size of the YAML document. */
  bytes: number;
  ours: TimedRun[];
  parser: TimedRun[];
  /** Only on the contracts modelina ran on. */
  modelina?: TimedRun[];
}

export interface CodegenResults {
  runs: number;
  contracts: ContractRuns[];
  /** Undefined when not measured (--no-watch or no standard contract). */
  watch: WatchTiming | Error | undefined;
}

const pad = (text: string, width: number) => text.padEnd(width);
const list = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
const mb = (kb: number) => kb / 1024;

/** True when every run exited 0; otherwise prints the first failure's stderr tail. */
function allSucceeded(label: string, runs: TimedRun[]): boolean {
  const broken = runs.find((run) => run.exitCode !== 0);
  if (!broken) return runs.length > 0;
  const tail = broken.stderr.trim().split('\n').slice(-8).join('\n  ');
  console.log(`${label}: a run exited with ${broken.exitCode}; last stderr lines:\n  ${tail}`);
  return false;
}

function medianOf(runs: TimedRun[], key: string): number | undefined {
  const found = runs.map((run) => run.timings?.[key]).filter((v): v is number => typeof v === 'number');
  return found.length === runs.length && found.length > 0 ? median(found) : undefined;
}

/** Highest peak RSS of the runs in MB, or undefined when a run did not report one. */
function peakRssMb(runs: TimedRun[]): number | undefined {
  const found = runs.map((run) => run.peakRssKb).filter((v): v is number => v !== undefined);
  return found.length === runs.length && found.length > 0 ? mb(Math.max(...found)) : undefined;
}

/** CPU times of the runs, or undefined when a run did not report one. */
function cpuTimes(runs: TimedRun[]): number[] | undefined {
  const found = runs.map((run) => run.cpuMs).filter((v): v is number => v !== undefined);
  return found.length === runs.length && found.length > 0 ? found : undefined;
}

function sideLine(label: string, runs: TimedRun[]): void {
  const rss = peakRssMb(runs);
  const rssText = rss === undefined ? 'peak RSS unknown' : `peak RSS ${Math.round(rss)} MB`;
  const wall = formatMs(median(runs.map((run) => run.wallMs)));
  const cpu = cpuTimes(runs);
  const cpuText = cpu === undefined ? 'CPU unknown' : `CPU ${formatMs(median(cpu))}`;
  console.log(
    `  ${pad(label, 22)} wall ${pad(wall, 9)} ${pad(cpuText, 13)} ${pad(rssText, 18)} runs: ${list(runs.map((x) => x.wallMs))}`,
  );
}

interface ContractFigures {
  /** generate / parser, paired by round, on wall time. */
  parserRatio?: number;
  oursRssMb?: number;
  oursWallMs?: number;
  modelinaRatio?: number;
}

function printContract(c: ContractRuns): ContractFigures {
  const { events, seed = 1, shape = 'standard' } = c.options;
  console.log(
    `\n${c.name}: ${events} events, ${shape} shape, seed ${seed}, ${Math.round(c.bytes / 1024)} KiB`,
  );
  const figures: ContractFigures = {};
  const oursOk = allSucceeded('hookwright generate', c.ours);
  const parserOk = allSucceeded('@asyncapi/parser', c.parser);
  if (oursOk) {
    sideLine('hookwright generate', c.ours);
    figures.oursWallMs = median(c.ours.map((run) => run.wallMs));
    const rss = peakRssMb(c.ours);
    if (rss !== undefined) figures.oursRssMb = rss;
    const total = medianOf(c.ours, 'totalMs');
    const parse = medianOf(c.ours, 'parseMs');
    if (total !== undefined && parse !== undefined) {
      // The parser validates on a worker thread while the main thread builds and emits, so the
      // phases overlap: parse is when the parser finished.
      console.log(
        `  ${pad('', 22)} in-process ${formatMs(total)}; parse (worker thread) done at ${formatMs(parse)}`,
      );
    }
  }
  if (parserOk) {
    sideLine('@asyncapi/parser alone', c.parser);
    const parse = medianOf(c.parser, 'parseMs');
    const imported = medianOf(c.parser, 'importMs');
    if (parse !== undefined && imported !== undefined)
      console.log(`  ${pad('', 22)} import ${formatMs(imported)} + parse ${formatMs(parse)}`);
  }
  if (oursOk && parserOk) {
    figures.parserRatio = pairedRatio(
      c.ours.map((run) => run.wallMs),
      c.parser.map((run) => run.wallMs),
    );
    console.log(`  generate / parser (wall, median of per-round ratios): ${figures.parserRatio.toFixed(2)}x`);
    const oursCpu = cpuTimes(c.ours);
    const parserCpu = cpuTimes(c.parser);
    // Both threads' CPU: the work generate adds, whatever the machine's load does to wall time.
    if (oursCpu && parserCpu)
      console.log(`  generate / parser (CPU, paired): ${pairedRatio(oursCpu, parserCpu).toFixed(2)}x`);
  }
  if (c.modelina && allSucceeded('modelina', c.modelina)) {
    sideLine('modelina TS (+parse)', c.modelina);
    if (oursOk) {
      figures.modelinaRatio = pairedRatio(
        c.modelina.map((run) => run.wallMs),
        c.ours.map((run) => run.wallMs),
      );
      console.log(`  modelina / generate (wall, paired): ${figures.modelinaRatio.toFixed(2)}x`);
    }
  }
  return figures;
}

const row = (name: string, value: string, met: boolean | undefined) =>
  console.log(`  ${pad(name, 48)} ${pad(value, 12)} ${met === undefined ? 'n/a' : verdict(met)}`);

/** Prints the report to stdout; true when some measurement could not be taken. */
export function printReport(r: CodegenResults): boolean {
  console.log(`codegen benchmark: median of ${r.runs} fresh processes per side, node ${process.version}`);
  const perContract = r.contracts.map((c) => ({ c, figures: printContract(c) }));

  console.log('\ntargets');
  let failed = false;
  for (const { c, figures } of perContract) {
    const { parserRatio, oursRssMb } = figures;
    if (parserRatio === undefined) failed = true;
    row(
      `${c.name}: generate <= ${TARGET_PARSER_RATIO}x the parser`,
      parserRatio === undefined ? '-' : `${parserRatio.toFixed(2)}x`,
      parserRatio === undefined ? undefined : parserRatio <= TARGET_PARSER_RATIO,
    );
    row(
      `${c.name}: generate peak RSS <= ${TARGET_PEAK_RSS_MB} MB`,
      oursRssMb === undefined ? '-' : `${Math.round(oursRssMb)} MB`,
      oursRssMb === undefined ? undefined : oursRssMb <= TARGET_PEAK_RSS_MB,
    );
    if (c.name !== 'standard') continue;
    const wall = figures.oursWallMs;
    row(
      `${c.name}: whole generate <= ${TARGET_GENERATE_MS / 1000} s (wall)`,
      wall === undefined ? '-' : formatMs(wall),
      wall === undefined ? undefined : wall <= TARGET_GENERATE_MS,
    );
    if (c.modelina) {
      const ratio = figures.modelinaRatio;
      if (ratio === undefined) failed = true;
      row(
        `${c.name}: >= ${TARGET_MODELINA_RATIO}x faster than modelina`,
        ratio === undefined ? '-' : `${ratio.toFixed(2)}x`,
        ratio === undefined ? undefined : ratio >= TARGET_MODELINA_RATIO,
      );
    }
  }
  if (r.watch instanceof Error) {
    failed = true;
    row(`second generate in-process <= ${TARGET_SECOND_GENERATE_MS} ms`, '-', undefined);
    console.log(`  (watch mode not measured: ${r.watch.message})`);
  } else if (r.watch) {
    const { firstMs, secondGenerateMs, secondWriteMs } = r.watch;
    row(
      `standard: second generate in-process <= ${TARGET_SECOND_GENERATE_MS} ms`,
      formatMs(secondGenerateMs),
      secondGenerateMs <= TARGET_SECOND_GENERATE_MS,
    );
    console.log(
      `  (first generate + write ${formatMs(firstMs)}; writing the second result ${formatMs(secondWriteMs)})`,
    );
  }
  // The machine is shared: a load above the core count inflates every figure, so say it.
  const load = loadavg().map((v) => v.toFixed(1));
  console.log(`\n${cpus().length} cores, load average at the end ${load.join(' / ')} (1/5/15 min)`);
  return failed;
}
