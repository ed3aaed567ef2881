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
 * from tsc's ~40 files that took about 40 ms, from one bundle per subpath (11 files) 20 ms CPU, from one
 * file per platform (below) 12.5 ms (scripts/bench/validate/README.md, "Cold start"; this package's
 * README, "Build").
 *
 * So those four subpaths, and `./signing/node`, are one file per platform: `node.js` (signing on
 * `node:crypto`, synchronous) under the `node` condition and `web.js` (Web Crypto) under every other;
 * their entries are `src/bundles/{node,web}.ts`. They come from one esbuild build with code splitting,
 * so a module both reach is emitted once, in a shared chunk, and a class it defines keeps one identity:
 * the signing and event errors are the same classes in `node.js` and `web.js` (both can load in one
 * process, e.g. on Workers with `nodejs_compat`). The queue entries join that build.
 *
 * The sender entries are built one at a time, each importing what it uses of events and signing from
 * its platform's file and the memory queue from `queue/index.js`: `EventError` thrown by a sender is the
 * one `./events` exports, without the sender's modules splitting the platform file into more chunks
 * (in one build with them, `node.js` loaded 3 chunks). The Node sender's `node:net`, `node:tls` and
 * `node:dns` stay out of receivers. The sender's own code is in both sender files; a process resolves
 * `./sender` to one of them.
 *
 * No minification, so stack traces stay readable; linked source maps point into `src/`, which the
 * package ships.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { unexpectedExternals, unresolvedImports } from './bundle-checks.mjs';
import { entryClosure, sizeReport } from './bundle-graph.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(packageDir, 'dist/bundle');

/**
 * Entries of the split build: output name (under `dist/bundle/`, without `.js`) -> its source, the
 * imports from outside the package it may make (its chunks included: only the Node file touches Node),
 * and the public entries (`src/` modules) whose every export it must carry: a subpath that resolves to
 * it gets its whole API there.
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
};

/**
 * The sender entries, each built on its own: its source, the platform file (an output of the split
 * build) its imports of events, signing, validation and receiver modules go to, and the `node:` modules
 * it may import.
 *
 * @type {Record<string, { source: string, platform: string, externals: string[] }>}
 */
const senders = {
  'sender/node': {
    source: 'src/sender/node.ts',
    platform: 'node',
    externals: ['node:dns/promises', 'node:net', 'node:tls'],
  },
  'sender/web': { source: 'src/sender/web.ts', platform: 'web', externals: [] },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: packageDir,
  outdir,
  bundle: true,
  format: 'esm',
  // `neutral`: no Node or browser assumptions, so a stray `node:` import in a Web entry is reported
  // below rather than resolved; `node:*` stays an import.
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
};

const split = await build({
  ...common,
  entryPoints: Object.entries(entries).map(([out, { source }]) => ({ in: source, out })),
  splitting: true,
  chunkNames: 'shared/[name]-[hash]',
});
const splitMeta = /** @type {import('esbuild').Metafile} */ (split.metafile);

/** Folders of `src/` whose modules a sender imports from a bundled file instead of bundling them. */
const senderRoutes = (/** @type {string} */ platform) => ({
  'src/events/': `../${platform}.js`,
  'src/receiver/': `../${platform}.js`,
  'src/signing/': `../${platform}.js`,
  'src/validation/': `../${platform}.js`,
  'src/queue/': '../queue/index.js',
});
const routedFolders = Object.keys(senderRoutes('node'));

// Every module of those folders, each bundled alone: the names it exports (through `export *` too).
const modules = await build({
  ...common,
  entryPoints: readdirSync(join(packageDir, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => join('src', file))
    .filter((file) => file.endsWith('.ts') && routedFolders.some((folder) => file.startsWith(folder))),
  outdir: 'dist/bundle-check',
  sourcemap: false,
});
/** @type {Map<string, string[]>} source (`src/...ts`) -> its exports */
const moduleExports = new Map(
  Object.values(/** @type {import('esbuild').Metafile} */ (modules.metafile).outputs).flatMap((meta) =>
    meta.entryPoint ? [[meta.entryPoint, meta.exports]] : [],
  ),
);
/** The exports of a split-build output, by its path relative to a sender's output (`../node.js`). */
const outputExports = (/** @type {string} */ sender, /** @type {string} */ specifier) =>
  splitMeta.outputs[join('dist/bundle', sender, '..', specifier)]?.exports ?? [];

// A sender imports a module from the bundled file when that file exports everything the module does
// (classes then keep one identity); any other module, such as one with an internal helper, is bundled
// into the sender, and must then define no class (checked below).
const senderBuilds = await Promise.all(
  Object.entries(senders).map(([out, { source, platform }]) =>
    build({
      ...common,
      entryPoints: [{ in: source, out }],
      plugins: [
        {
          name: 'import-from-bundled-files',
          setup(plugin) {
            const routes = Object.entries(senderRoutes(platform));
            plugin.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
              const target = relative(packageDir, resolve(resolveDir, path)).replace(/\.js$/, '.ts');
              const route = routes.find(([folder]) => target.startsWith(folder));
              if (!route) return undefined;
              const carried = new Set(outputExports(out, route[1]));
              const routable = (moduleExports.get(target) ?? ['(unknown module)']).every((name) =>
                carried.has(name),
              );
              return routable ? { path: route[1], external: true } : undefined;
            });
          },
        },
      ],
    }),
  ),
);

/** @type {Record<string, string[]>} */
const problems = {};
const report = (/** @type {string} */ key, /** @type {string[]} */ found) => {
  if (found.length > 0) problems[key] = found;
};
/** @type {Record<string, string[]>} */
const loadedFiles = {};
for (const [name, { externals }] of Object.entries(entries)) {
  const output = `dist/bundle/${name}.js`;
  loadedFiles[name] = entryClosure(splitMeta, output).files;
  report(`${name}: imports from outside the package`, unexpectedExternals(splitMeta, output, externals));
}
Object.entries(senders).forEach(([name, { platform, externals }], index) => {
  const meta = /** @type {import('esbuild').Metafile} */ (senderBuilds[index]?.metafile);
  const output = `dist/bundle/${name}.js`;
  const routes = senderRoutes(platform);
  const targets = Object.fromEntries(
    Object.values(routes).map((specifier) => [specifier, outputExports(name, specifier)]),
  );
  const code = senderBuilds[index]?.outputFiles?.find((file) => file.path === join(packageDir, output))?.text;
  report(`${name}: names its bundled imports lack`, unresolvedImports(code ?? '', targets));
  const copied = Object.keys(meta.outputs[output]?.inputs ?? {}).filter((input) =>
    routedFolders.some((folder) => input.startsWith(folder)),
  );
  report(
    `${name}: modules copied into it that define a class (a second identity; export them from the file instead)`,
    copied.filter((input) =>
      /^\s*(export\s+)?(abstract\s+)?class\s/m.test(readFileSync(join(packageDir, input), 'utf8')),
    ),
  );
  const allowed = [...externals, ...Object.values(routes)];
  report(`${name}: imports from outside the package`, unexpectedExternals(meta, output, allowed));
  loadedFiles[name] = [
    ...new Set([
      output,
      ...Object.values(routes).flatMap(
        (specifier) => entryClosure(splitMeta, join('dist/bundle', name, '..', specifier)).files,
      ),
    ]),
  ];
});

for (const [name, { serves }] of Object.entries(entries)) {
  const carried = new Set(splitMeta.outputs[`dist/bundle/${name}.js`]?.exports);
  for (const source of serves) {
    const lost = (moduleExports.get(source) ?? ['(unknown module)']).filter(
      (exported) => !carried.has(exported),
    );
    report(`${name}: exports of ${source} it lacks`, lost);
  }
}
if (Object.keys(problems).length > 0) {
  console.error('bundle: refused, nothing written:', problems);
  process.exit(1);
}

const outputFiles = [split, ...senderBuilds].flatMap((result) => result.outputFiles ?? []);
for (const file of outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
// Chunk names carry a content hash, and entries move: remove what an earlier build left behind, files
// then the folders they leave empty (deepest first). Done after writing, not by clearing the folder
// first, so a process importing the package meanwhile never finds an entry missing.
const written = new Set(outputFiles.map((file) => file.path));
const leftovers = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).map((file) =>
  join(outdir, file),
);
for (const path of leftovers) if (!written.has(path) && statSync(path).isFile()) rmSync(path);
for (const path of leftovers.sort().reverse()) {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() && readdirSync(path).length === 0)
    rmSync(path, { recursive: true });
}

console.log(sizeReport(packageDir, loadedFiles));
