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
