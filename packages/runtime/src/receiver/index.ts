/**
 * Type surface of `@hookwright/runtime/receiver` (the `types` condition). At run time the `node`
 * condition loads `node.js` and every other runtime loads `web.js`; both export this API.
 */
export * from './web.js';
