// @ts-check
/**
 * Bundles each public subpath of @hookwright/runtime into one ESM file under `dist/bundle/`, which is
 * what the package's `exports` point at (`tsc -b` still type-checks and writes the `.d.ts` files the
 * `types` conditions use). Run by `npm run build` here and at the repository root:
 *
 *   node packages/runtime/scripts/bundle.mjs
 *
 * Why bundle: a generated receiver imports three subpaths, which tsc emits as about 40 small files, and
 * Node's ESM loader pays per file (resolve, stat, read, compile): importing the three took about 40 ms
 * from tsc's files and 17 ms from the bundles, in the cold start the validate benchmark measures
 * (scripts/bench/validate/README.md; figures in this package's README, "Build").
 *
 * One esbuild build with code splitting, so a module reachable from two entries is emitted once, in a
 * shared chunk, and a class it defines keeps one identity: the signing error classes are exported by
 * both `./signing` (Web Crypto) and `./signing/node`, and `instanceof` must hold whichever entry threw
 * (both can load in one process, e.g. on Workers with `nodejs_compat`). Subpaths that share no module stay
 * one self-contained file.
 *
 * No minification, so stack traces stay readable; linked source maps point into `src/`, which the
 * package ships.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { entryClosure, sizeReport } from './bundle-graph.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(packageDir, 'dist/bundle');

/**
 * Output name (under `dist/bundle/`, without `.js`, mirroring `src/`) -> its source and the imports
 * from outside the package it may make, its chunks included: only the Node entries touch Node.
 *
 * @type {Record<string, { source: string, externals: string[] }>}
 */
const entries = {
  'events/index': { source: 'src/events/index.ts', externals: [] },
  'signing/node': { source: 'src/signing/node.ts', externals: ['node:crypto'] },
  'signing/web': { source: 'src/signing/web.ts', externals: [] },
  'queue/index': { source: 'src/queue/index.ts', externals: [] },
  'queue/conformance/index': { source: 'src/queue/conformance/index.ts', externals: [] },
  'receiver/node': { source: 'src/receiver/node.ts', externals: ['node:crypto'] },
  'receiver/web': { source: 'src/receiver/web.ts', externals: [] },
  'sender/node': {
    source: 'src/sender/node.ts',
    externals: ['node:crypto', 'node:dns/promises', 'node:http', 'node:https'],
  },
  'sender/web': { source: 'src/sender/web.ts', externals: [] },
  'validation/index': { source: 'src/validation/index.ts', externals: [] },
};

const result = await build({
  absWorkingDir: packageDir,
  entryPoints: Object.entries(entries).map(([out, { source }]) => ({ in: source, out })),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'shared/[name]-[hash]',
  format: 'esm',
  // `neutral`: no Node or browser assumptions, so a stray `node:` import in a Web entry is reported
  // below rather than resolved; `node:*` stays an import (the Node entry's `node:crypto`).
  platform: 'neutral',
  external: ['node:*'],
  target: 'es2022',
  minify: false,
  sourcemap: 'linked',
  // The maps name files in `src/`, which is published next to `dist/`; no need to copy the sources in.
  sourcesContent: false,
  metafile: true,
  // Checked before anything is written, so a refused build leaves the previous bundles in place.
  write: false,
  logLevel: 'warning',
});

/** @type {Record<string, string[]>} */
const problems = {};
/** @type {Record<string, string[]>} */
const loadedFiles = {};
for (const [name, { externals: allowed }] of Object.entries(entries)) {
  const { files, externals } = entryClosure(result.metafile, `dist/bundle/${name}.js`);
  loadedFiles[name] = files;
  const unexpected = externals.filter((specifier) => !allowed.includes(specifier));
  if (unexpected.length > 0) problems[name] = unexpected;
}
if (Object.keys(problems).length > 0) {
  console.error('bundle: entries import from outside the package what they must not:', problems);
  process.exit(1);
}

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
// Chunk names carry a content hash: remove what an earlier build left behind. Done after writing, not
// by clearing the folder first, so a process importing the package meanwhile never finds an entry missing.
const written = new Set(result.outputFiles.map((file) => file.path));
for (const file of readdirSync(outdir, { recursive: true, encoding: 'utf8' })) {
  const path = join(outdir, file);
  if (!written.has(path) && statSync(path).isFile()) rmSync(path);
}

console.log(sizeReport(packageDir, loadedFiles));
