/**
 * The built `dist/` of runtime, compiler and CLI, for tests that must run compiled JavaScript: the
 * parser's worker thread only exists there (run from TypeScript sources, validation stays in the
 * calling thread). CI builds before testing; locally, build only when a source is newer than the
 * last build, so a test never runs stale output.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repo = new URL('../../../../', import.meta.url).pathname;
const packages = ['runtime', 'compiler', 'cli'].map((name) => join(repo, 'packages', name));

/** The CLI's bin script (it imports `dist/`). */
export const cliBin = join(repo, 'packages/cli/bin/hookwright.js');
/** The compiled worker entry that `WorkerValidator` starts. */
export const builtWorkerEntry = pathToFileURL(join(repo, 'packages/compiler/dist/load/validation-worker.js'));

export function ensureBuilt(): void {
  const stale = packages.some((dir) => lastBuild(dir) < newestChange(join(dir, 'src')));
  // The repository's own build (tsc, then the runtime's bundles that its exports point at).
  if (stale) execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
}

function lastBuild(dir: string): number {
  try {
    return statSync(join(dir, 'dist/.tsbuildinfo')).mtimeMs;
  } catch {
    return 0;
  }
}

function newestChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}
