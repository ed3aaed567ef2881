/**
 * Type surface of `@hookwright/runtime/signing` (the `types` condition). At run time the `node`
 * condition loads `node.js` and every other runtime loads `web.js`; both export this API (checked by
 * `test/signing/entry-points.test.ts`), Node adds synchronous variants under `./signing/node`.
 */
export * from './web.js';
