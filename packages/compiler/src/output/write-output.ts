import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { EmittedFiles } from '../emit/files.js';
import { MANIFEST_FILE, withManifest } from './manifest.js';

export class OutputDirectoryError extends Error {
  override readonly name = 'OutputDirectoryError';
  readonly code = 'NOT_HOOKWRIGHT_OUTPUT';
  constructor(readonly outDir: string) {
    super(
      `refusing to replace ${outDir}: it is not empty and has no ${MANIFEST_FILE}, so it was not written by ` +
        'Hookwright. Choose an empty or new directory for --out.',
    );
  }
}

/**
 * Writes `files` as the whole contents of `outDir`, atomically as far as the file system allows:
 * everything goes to a sibling temp directory first, then two renames swap it in. A failed run
 * leaves the previous output untouched; stale files from older runs disappear.
 */
export async function writeOutput(outDir: string, files: EmittedFiles): Promise<void> {
  const target = resolve(outDir);
  await assertOwned(target);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const temp = join(parent, `.hookwright-tmp-${basename(target)}-${stamp}`);
  const old = join(parent, `.hookwright-old-${basename(target)}-${stamp}`);
  try {
    // Folders first (parents before children), then every file at once: watch mode reports an edit
    // only once its output is written, and one write after another cost ~27 ms on the large contract.
    const entries = Object.entries(withManifest(files));
    const folders = [...new Set(entries.map(([path]) => dirname(join(temp, path))))].sort();
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await Promise.all(entries.map(([path, contents]) => writeFile(join(temp, path), contents)));
    const hadPrevious = await exists(target);
    if (hadPrevious) await rename(target, old);
    try {
      await rename(temp, target);
    } catch (error) {
      if (hadPrevious) await rename(old, target);
      throw error;
    }
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function assertOwned(target: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length === 0) return;
  const marker = await readFile(join(target, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (marker === undefined) throw new OutputDirectoryError(target);
}

async function exists(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch {
    return false;
  }
}
