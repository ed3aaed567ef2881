// @ts-check
/**
 * Bundles the public subpaths of @hookwright/runtime into a few ESM files under `dist/bundle/`, which
 * is what the package's `exports` point at (`tsc -b` still type-checks and writes the `.d.ts` files the
 * `types` conditions use). Run by `npm run build` here and at the repository root:
 *
 *   node packages/runtime/scripts/bundle.mjs
 *
 * Why bundle: Node's ESM loader pays for every file (resolve through `exports`, realpath, an async read,
 * compile, link). A generated receiver imports `./events`, `./validation`, `./signing` and `./receiver`;
 * from tsc's ~40 files that took about 40 ms, from one bundle per subpath 17 ms, and from one file for
 * all four (below) about 8 ms (scripts/bench/validate/README.md, "Cold start"; this package's README, "Build").
 *
 * So those four subpaths, and `./signing/node`, are one file per platform: `node.js` (signing on
 * `node:crypto`, synchronous) under the `node` condition and `web.js` (Web Crypto) under every other;
 * their entries are `src/bundles/{node,web}.ts`. The sender and the queues keep their own entries: the
 * Node sender imports `node:http`, `node:https` and `node:dns`, which a receiver must not load.
 *
 * One esbuild build with code splitting, so a module reachable from two entries is emitted once, in a
 * shared chunk, and a class it defines keeps one identity: `EventError` thrown by the sender is the one
 * `./events` exports, and the signing errors are the same classes in `node.js` and `web.js` (both can
 * load in one process, e.g. on Workers with `nodejs_compat`).
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
 * Output name (under `dist/bundle/`, without `.js`) -> its source, the imports from outside the package
 * it may make (its chunks included: only the Node entries touch Node), and the public entries (`src/`
 * modules) whose every export it must carry: a subpath that resolves to it gets its whole API there.
 *
 * @type {Record<string, { source: string, externals: string[], serves: string[] }>}
 */
const entries = {
  node: {
    source: 'src/bundles/node.ts',
    externals: ['node:module'],
    serves: ['src/events/index.ts', 'src/validation/index.ts', 'src/signing/node.ts', 'src/receiver/node.ts'],
  },
  web: {
    source: 'src/bundles/web.ts',
    externals: [],
    serves: ['src/events/index.ts', 'src/validation/index.ts', 'src/signing/web.ts', 'src/receiver/web.ts'],
  },
  'queue/index': { source: 'src/queue/index.ts', externals: [], serves: [] },
  'queue/conformance/index': { source: 'src/queue/conformance/index.ts', externals: [], serves: [] },
  'sender/node': {
    source: 'src/sender/node.ts',
    externals: ['node:dns/promises', 'node:http', 'node:https', 'node:module'],
    serves: [],
  },
  'sender/web': { source: 'src/sender/web.ts', externals: [], serves: [] },
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

// Each served entry's exports, from a throwaway build of it alone; a name missing from the file that
// serves it (two `export *` binding it differently, or a barrel that forgot a subpath) refuses the build.
const served = [...new Set(Object.values(entries).flatMap(({ serves }) => serves))];
const alone = await build({
  absWorkingDir: packageDir,
  entryPoints: served,
  outdir: 'dist/bundle-check',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  external: ['node:*'],
  metafile: true,
  write: false,
  logLevel: 'warning',
});
/** @type {Record<string, string[]>} */
const missing = {};
for (const [name, { serves }] of Object.entries(entries)) {
  const carried = new Set(result.metafile.outputs[`dist/bundle/${name}.js`]?.exports);
  for (const source of serves) {
    const output = Object.values(alone.metafile.outputs).find((meta) => meta.entryPoint === source);
    const lost = (output?.exports ?? ['(no output)']).filter((exported) => !carried.has(exported));
    if (lost.length > 0) missing[`${name} <- ${source}`] = lost;
  }
}
if (Object.keys(missing).length > 0) {
  console.error('bundle: exports of a served entry that its bundle does not carry:', missing);
  process.exit(1);
}

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
// Chunk names carry a content hash, and entries move: remove what an earlier build left behind, files
// then the folders they leave empty (deepest first). Done after writing, not by clearing the folder
// first, so a process importing the package meanwhile never finds an entry missing.
const written = new Set(result.outputFiles.map((file) => file.path));
const leftovers = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).map((file) =>
  join(outdir, file),
);
for (const path of leftovers) if (!written.has(path) && statSync(path).isFile()) rmSync(path);
for (const path of leftovers.sort().reverse()) {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() && readdirSync(path).length === 0)
    rmSync(path, { recursive: true });
}

console.log(sizeReport(packageDir, loadedFiles));
