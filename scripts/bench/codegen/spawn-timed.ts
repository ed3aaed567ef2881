import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Preloaded into every run so that it reports its own peak RSS (see peak-rss.mjs). */
const peakRssPreload = new URL('./peak-rss.mjs', import.meta.url).href;

export interface TimedRun {
  /** Wall time from spawn to exit, measured by this process. */
  wallMs: number;
  exitCode: number | null;
  stderr: string;
  /** The last line of stderr that parses as a JSON object (the `--timings` line), if any. */
  timings?: Record<string, number>;
  /** Peak resident set size of the whole process (worker threads included), in KiB. */
  peakRssKb?: number;
  /** User + system CPU time of the whole process (worker threads included). */
  cpuMs?: number;
}

/** Runs `node <args>` in a fresh process, times it from the outside and reads its peak RSS. */
export function runNodeTimed(args: readonly string[], cwd: string): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', peakRssPreload, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const run: TimedRun = { wallMs, exitCode, stderr };
      const timings = lastJsonLine(stderr);
      if (timings) run.timings = timings;
      const usage = processUsage(stderr);
      if (usage) Object.assign(run, usage);
      resolve(run);
    });
  });
}

/**
 * The last stderr line that is a JSON object of numbers, or undefined.
 * @example
 * lastJsonLine('wrote 3 files\n{"parseMs":1200,"totalMs":1500}\n'); // { parseMs: 1200, totalMs: 1500 }
 */
export function lastJsonLine(text: string): Record<string, number> | undefined {
  const lines = text.split('\n').filter((line) => line.trim().startsWith('{'));
  for (const line of lines.reverse()) {
    try {
      const value: unknown = JSON.parse(line);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const numbers = Object.entries(value).filter(([, v]) => typeof v === 'number');
        return Object.fromEntries(numbers) as Record<string, number>;
      }
    } catch {
      // A diagnostic that happens to start with "{": keep looking.
    }
  }
  return undefined;
}

/**
 * What the `peak-rss {...}` line of peak-rss.mjs says, or undefined without one.
 * @example
 * processUsage('wrote 3 files\npeak-rss {"maxRssKb":204800,"cpuMs":950}\n'); // { peakRssKb: 204800, cpuMs: 950 }
 */
export function processUsage(text: string): { peakRssKb: number; cpuMs: number } | undefined {
  const match = /^peak-rss (\{.*\})$/m.exec(text);
  if (!match) return undefined;
  const { maxRssKb, cpuMs } = JSON.parse(match[1]!) as { maxRssKb?: unknown; cpuMs?: unknown };
  return typeof maxRssKb === 'number' && typeof cpuMs === 'number'
    ? { peakRssKb: maxRssKb, cpuMs }
    : undefined;
}
