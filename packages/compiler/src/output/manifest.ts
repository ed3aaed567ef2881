import type { EmittedFiles } from '../emit/files.js';

/**
 * Every output directory carries this file. It marks the directory as Hookwright's (so a
 * mistaken `--out .` never replaces someone's project) and lists the files it owns, so
 * `--check` can report files that should no longer be there.
 */
export const MANIFEST_FILE = '.hookwright-manifest.json';

export interface Manifest {
  generator: 'hookwright';
  files: string[];
}

/** The emitted map plus its manifest; the manifest is itself deterministic. */
export function withManifest(files: EmittedFiles): EmittedFiles {
  const manifest: Manifest = { generator: 'hookwright', files: Object.keys(files).sort() };
  return { ...files, [MANIFEST_FILE]: `${JSON.stringify(manifest, null, 2)}\n` };
}

export function parseManifest(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    if (value.generator !== 'hookwright' || !Array.isArray(value.files)) return undefined;
    return { generator: 'hookwright', files: value.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return undefined;
  }
}
