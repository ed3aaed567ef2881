import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFiles } from '../emit/files.js';
import { MANIFEST_FILE, parseManifest, withManifest } from './manifest.js';

export interface StaleFile {
  path: string;
  /** missing: not on disk; changed: different bytes; extra: on disk from an older run, no longer emitted. */
  reason: 'missing' | 'changed' | 'extra';
}

/**
 * Compares what would be written with what is on disk, without writing anything.
 * Returns every difference (an empty list means the output is up to date).
 */
export async function checkOutput(outDir: string, files: EmittedFiles): Promise<StaleFile[]> {
  const wanted = withManifest(files);
  const stale: StaleFile[] = [];
  for (const [path, contents] of Object.entries(wanted)) {
    const current = await readIfExists(join(outDir, path));
    if (current === undefined) stale.push({ path, reason: 'missing' });
    else if (current !== contents) stale.push({ path, reason: 'changed' });
  }
  const manifestText = await readIfExists(join(outDir, MANIFEST_FILE));
  const previous = manifestText === undefined ? undefined : parseManifest(manifestText);
  for (const path of previous?.files ?? []) {
    if (!(path in wanted) && (await readIfExists(join(outDir, path))) !== undefined) {
      stale.push({ path, reason: 'extra' });
    }
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'EISDIR'
    )
      return undefined;
    throw error;
  }
}
