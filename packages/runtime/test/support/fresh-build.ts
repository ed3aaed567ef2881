/**
 * Tests of the built entries (`dist/bundle`) make sure the build is current first. CI builds before
 * testing, so this rebuilds only when a source is newer than the last build (after a local edit):
 * test files run in parallel, and a bundle rewritten under another file's imports once loaded two
 * copies of the shared chunk (its hash had changed), which failed an identity check by chance.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const bundleDir = join(packageDir, 'dist/bundle');

function newestSourceChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Runs `tsc -b` and the bundler when the sources (or the bundler) changed since they last ran. */
export function ensureFreshBuild(): void {
  const sources = newestSourceChange(join(packageDir, 'src'));
  if (mtime(join(packageDir, 'dist/.tsbuildinfo')) < sources) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-b', packageDir], { stdio: 'inherit' });
  }
  const bundler = join(packageDir, 'scripts/bundle.mjs');
  if (mtime(join(bundleDir, 'web.js')) < Math.max(sources, mtime(bundler))) {
    execFileSync(process.execPath, [bundler], { stdio: 'inherit' });
  }
}
