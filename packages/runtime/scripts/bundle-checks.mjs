// @ts-check
/**
 * Checks `bundle.mjs` runs on esbuild's results before writing anything: each one returns what is
 * wrong (empty when all is well), keyed by what a maintainer has to look at.
 */
import { entryClosure } from './bundle-graph.mjs';

/**
 * External imports an output makes, its chunks included, that `allowed` does not list.
 *
 * @example
 * unexpectedExternals(result.metafile, 'dist/bundle/web.js', []); // [] or e.g. ['node:crypto']
 *
 * @param {import('esbuild').Metafile} metafile
 * @param {string} output
 * @param {string[]} allowed
 * @returns {string[]}
 */
export function unexpectedExternals(metafile, output, allowed) {
  return entryClosure(metafile, output).externals.filter((specifier) => !allowed.includes(specifier));
}

/**
 * Names an entry source exports that the bundled file serving it lacks: `export *` of a name two
 * sources bind differently drops it silently, and so does a barrel that forgot a source.
 *
 * @param {import('esbuild').Metafile} bundled the build that wrote `output`
 * @param {string} output e.g. `dist/bundle/node.js`
 * @param {import('esbuild').Metafile} alone a build of each served source on its own
 * @param {string} source e.g. `src/events/index.ts`
 * @returns {string[]}
 */
export function lostExports(bundled, output, alone, source) {
  const carried = new Set(bundled.outputs[output]?.exports);
  const own = Object.values(alone.outputs).find((meta) => meta.entryPoint === source);
  return (own?.exports ?? ['(no output for the source)']).filter((name) => !carried.has(name));
}

/**
 * `specifier: name` for each name that `code` (an esbuild output) imports or re-exports from one of
 * `targets` (specifier -> the names the target file exports) and the target does not export. Node
 * would refuse to link such a module; this finds it before anything is written.
 *
 * @example
 * unresolvedImports('import { a } from "../node.js";', { '../node.js': ['b'] }); // ['../node.js: a']
 *
 * @param {string} code
 * @param {Record<string, readonly string[]>} targets
 * @returns {string[]}
 */
export function unresolvedImports(code, targets) {
  const statements = /(?:import|export)\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g;
  const problems = [];
  for (const [, list, specifier] of code.matchAll(statements)) {
    const exported = specifier === undefined ? undefined : targets[specifier];
    if (exported === undefined || list === undefined) continue;
    for (const binding of list.split(',')) {
      const name = binding.trim().split(/\s+as\s+/)[0];
      if (name && !exported.includes(name)) problems.push(`${specifier}: ${name}`);
    }
  }
  return problems;
}
