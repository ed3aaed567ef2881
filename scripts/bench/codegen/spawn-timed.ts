import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface TimedRun {
  /** Wall time from spawn to exit, measured by this process. */
  wallMs: number;
  exitCode: number | null;
  stderr: string;
  /** The last line of stderr that parses as a JSON object (the `--timings` line), if any. */
  timings?: Record<string, number>;
}

/** Runs `node <args>` in a fresh process and times it from the outside. */
export function runNodeTimed(args: readonly string[], cwd: string): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const timings = lastJsonLine(stderr);
      resolve(timings ? { wallMs, exitCode, stderr, timings } : { wallMs, exitCode, stderr });
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
