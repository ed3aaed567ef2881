/**
 * Entry of `dist/bundle/node.js`, the one file that `@hookwright/runtime/events`, `/validation`,
 * `/signing`, `/signing/node` and `/receiver` all resolve to under the `node` condition (see
 * `scripts/bundle.mjs`). A generated receiver imports those five subpaths; served by one file, Node's
 * loader resolves, reads and compiles one module instead of one per subpath plus the chunks they share.
 *
 * `export *` of names two subpaths bind differently would silently drop the name: tsc rejects that
 * here (TS2308), and the bundler checks every subpath's names against this file's.
 */
export * from '../events/index.js';
export * from '../receiver/node.js';
export * from '../signing/node.js';
export * from '../validation/index.js';
