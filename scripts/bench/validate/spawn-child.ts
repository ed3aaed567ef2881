import { spawn } from 'node:child_process';

/** What a cold-start child (`cold/*.mjs`) prints as its last stdout line. */
export interface ChildReport {
  /** Milliseconds per phase, measured inside the child with `performance.now()`. */
  phases: Record<string, number>;
  /** Sum of the phases: from just before the first import to just after the first validation. */
  totalMs: number;
  /** CPU time (user + system, all threads) the child used over the same span, ms. */
  cpuMs: number;
  /** The child's `performance.now()` at the end: time since its process started. */
  sinceProcessStartMs: number;
  /** The first validation's verdict. */
  valid: boolean;
}

export interface ChildRun extends ChildReport {
  /** Spawn to exit, measured by the parent: the whole process, Node's own start-up included. */
  wallMs: number;
}

/**
 * Runs `node <args>` in a fresh process in `cwd` and returns its report with the wall time around it.
 * Rejects when the child fails or prints no report.
 *
 * @example
 * const run = await runChild(['bench/emitted.mjs', 'bench/emitted.json'], appDir);
 * run.totalMs; // import + first validation, inside the child
 */
export function runChild(args: readonly string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr}${stdout}`));
        return;
      }
      resolve({ ...(JSON.parse(line) as ChildReport), wallMs });
    });
  });
}
