import { gzipSync } from 'node:zlib';
import type { EmittedFiles } from '../../../packages/compiler/src/index.js';

/** Most emitted validator code issue 15 allows for 200 events: 1.0 MB, decimal (1 MB = 10^6 bytes). */
export const SIZE_TARGET_BYTES = 1_000_000;

export interface FileSize {
  path: string;
  bytes: number;
  /** `gzip -9` of the file on its own. */
  gzipBytes: number;
}

export interface CodeSize {
  files: FileSize[];
  bytes: number;
  gzipBytes: number;
}

/**
 * Size of the validator code one generated package ships: `dist/validators*.js` (the table module and
 * the compiled functions of each dialect). Declarations and sources are not run, so not counted.
 *
 * @example
 * validatorCodeSize(files, 'acme-shop-receiver'); // { files: [...], bytes: 38291, gzipBytes: 6120 }
 */
export function validatorCodeSize(files: EmittedFiles, packageDir: string): CodeSize {
  const pattern = new RegExp(`^${escapeRegExp(packageDir)}/dist/validators[^/]*\\.js$`);
  const sizes = Object.entries(files)
    .filter(([path]) => pattern.test(path))
    .map(([path, text]) => ({
      path,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (sizes.length === 0) throw new Error(`no ${packageDir}/dist/validators*.js among the generated files`);
  return {
    files: sizes,
    bytes: sizes.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: sizes.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
