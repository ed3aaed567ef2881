// @ts-check
/**
 * What one bundled entry makes the runtime load, read from esbuild's metafile: used by `bundle.mjs` to
 * refuse Node imports in Web entries and to print the size of each entry as loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The output files `output` loads (itself first, then shared chunks, through static and dynamic
 * imports alike) and the external specifiers they import, sorted.
 *
 * @example
 * entryClosure(result.metafile, 'dist/bundle/node.js');
 * // { files: ['dist/bundle/node.js', 'dist/bundle/shared/chunk-....js'], externals: ['node:crypto'] }
 *
 * @param {import('esbuild').Metafile} metafile
 * @param {string} output path relative to the build's working directory, as in `metafile.outputs`
 * @returns {{ files: string[], externals: string[] }}
 */
export function entryClosure(metafile, output) {
  /** @type {Set<string>} */
  const files = new Set();
  /** @type {Set<string>} */
  const externals = new Set();
  const visit = (/** @type {string} */ path) => {
    if (files.has(path)) return;
    const meta = metafile.outputs[path];
    if (!meta) throw new Error(`bundle: ${path} is not an output of this build`);
    files.add(path);
    for (const imported of meta.imports) {
      if (imported.external) externals.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(output);
  return { files: [...files], externals: [...externals].sort() };
}

/**
 * One line per entry: files loaded, bytes, and gzip -9 bytes of those files concatenated (what the
 * size budget in `test/signing/dist.test.ts` measures).
 *
 * @param {string} packageDir
 * @param {Record<string, string[]>} loadedFiles entry name -> files it loads, relative to `packageDir`
 * @returns {string}
 */
export function sizeReport(packageDir, loadedFiles) {
  const lines = Object.entries(loadedFiles).map(([name, files]) => {
    const contents = Buffer.concat(files.map((file) => readFileSync(join(packageDir, file))));
    const gzip = gzipSync(contents, { level: 9 }).length;
    const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
    return `  ${name.padEnd(18)} ${count.padEnd(8)} ${bytes(contents.length)} B  gzip ${bytes(gzip)} B`;
  });
  return ['@hookwright/runtime bundles (dist/bundle):', ...lines].join('\n');
}

/** @param {number} value */
function bytes(value) {
  return value.toLocaleString('en-US').padStart(7);
}
