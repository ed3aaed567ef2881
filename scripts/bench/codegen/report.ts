import { cpus, loadavg } from 'node:os';
import { formatMs, median, verdict } from '../lib/index.js';
import type { TimedRun } from './spawn-timed.js';
import type { WatchTiming } from './watch.js';

const TARGET_GENERATE_MS = 3000;
const TARGET_RATIO = 2;
const TARGET_SECOND_GENERATE_MS = 300;

export interface CodegenResults {
  events: number;
  seed: number;
  bytes: number;
  runs: number;
  ours: TimedRun[];
  modelina: TimedRun[];
  watch: WatchTiming | Error;
}

const pad = (text: string, width: number) => text.padEnd(width);
const list = (values: number[]) => values.map((v) => Math.round(v)).join(', ');

/** Medians of one side, or why there are none. */
function summarize(
  label: string,
  runs: TimedRun[],
): { wall: number; timings: TimedRun['timings'][] } | undefined {
  const broken = runs.find((run) => run.exitCode !== 0);
  if (broken) {
    const tail = broken.stderr.trim().split('\n').slice(-8).join('\n  ');
    console.log(`${label}: a run exited with ${broken.exitCode}; last stderr lines:\n  ${tail}`);
    return undefined;
  }
  return { wall: median(runs.map((run) => run.wallMs)), timings: runs.map((run) => run.timings) };
}

function medianOf(timings: TimedRun['timings'][], key: string): number | undefined {
  const found = timings.map((t) => t?.[key]).filter((v): v is number => typeof v === 'number');
  return found.length === timings.length && found.length > 0 ? median(found) : undefined;
}

/** Prints the report to stdout; true when some measurement could not be taken. */
export function printReport(r: CodegenResults): boolean {
  console.log(
    `codegen benchmark: ${r.events} events (seed ${r.seed}, ${Math.round(r.bytes / 1024)} KiB), ` +
      `median of ${r.runs} fresh processes per side, node ${process.version}`,
  );
  // The machine is shared: a load above the core count inflates every figure, so say it.
  const load = loadavg().map((v) => v.toFixed(1));
  console.log(`${cpus().length} cores, load average at the end ${load.join(' / ')} (1/5/15 min)`);
  const ours = summarize('hookwright generate', r.ours);
  const peer = summarize('modelina', r.modelina);
  let ratio: number | undefined;
  if (ours) {
    const total = medianOf(ours.timings, 'totalMs');
    const parse = medianOf(ours.timings, 'parseMs');
    const build = medianOf(ours.timings, 'buildMs');
    const emit = medianOf(ours.timings, 'emitMs');
    console.log(
      `${pad('hookwright generate', 22)} wall ${formatMs(ours.wall)}   runs: ${list(r.ours.map((x) => x.wallMs))}`,
    );
    if (total !== undefined && parse !== undefined) {
      // The parser validates on a worker thread while the main thread builds and emits, so the
      // phases overlap: parse is when the parser finished, build + emit what ran beside it.
      const share = Math.round((parse / total) * 100);
      const beside = build !== undefined && emit !== undefined ? formatMs(build + emit) : 'unknown';
      console.log(
        `${pad('', 22)} in-process ${formatMs(total)}; parse (worker thread) done at ${formatMs(parse)} (${share}%), build + emit beside it ${beside}`,
      );
    } else {
      console.log(`${pad('', 22)} no {"parseMs","totalMs"} line on stderr: parse share unknown`);
    }
  }
  if (peer) {
    const total = medianOf(peer.timings, 'totalMs');
    console.log(
      `${pad('modelina TS (+parse)', 22)} wall ${formatMs(peer.wall)}   runs: ${list(r.modelina.map((x) => x.wallMs))}`,
    );
    if (total !== undefined)
      console.log(`${pad('', 22)} in-process ${formatMs(total)} (import + parse + generate + write)`);
  }
  if (ours && peer) {
    ratio = peer.wall / ours.wall;
    console.log(`ratio modelina / hookwright (wall): ${ratio.toFixed(2)}x`);
  }

  console.log('\ntargets');
  const row = (name: string, value: string, met: boolean | undefined) =>
    console.log(`  ${pad(name, 42)} ${pad(value, 12)} ${met === undefined ? 'n/a' : verdict(met)}`);
  row(
    `whole generate <= ${TARGET_GENERATE_MS / 1000} s (wall)`,
    ours ? formatMs(ours.wall) : '-',
    ours === undefined ? undefined : ours.wall <= TARGET_GENERATE_MS,
  );
  row(
    `>= ${TARGET_RATIO}x faster than modelina`,
    ratio === undefined ? '-' : `${ratio.toFixed(2)}x`,
    ratio === undefined ? undefined : ratio >= TARGET_RATIO,
  );
  if (r.watch instanceof Error) {
    row(`second generate in-process <= ${TARGET_SECOND_GENERATE_MS} ms`, '-', undefined);
    console.log(`  (watch mode not measured: ${r.watch.message})`);
  } else {
    const { firstMs, secondGenerateMs, secondWriteMs } = r.watch;
    row(
      `second generate in-process <= ${TARGET_SECOND_GENERATE_MS} ms`,
      formatMs(secondGenerateMs),
      secondGenerateMs <= TARGET_SECOND_GENERATE_MS,
    );
    console.log(
      `  (first generate + write ${formatMs(firstMs)}; writing the second result ${formatMs(secondWriteMs)})`,
    );
  }
  return !ours || !peer || r.watch instanceof Error;
}
