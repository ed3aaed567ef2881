/**
 * Type surface of `@hookwright/runtime/sender` (the `types` condition). At run time the `node`
 * condition loads `node.js` (node:http transport, full SSRF guard) and every other runtime loads
 * `web.js` (fetch transport, IP-literal guard only); both export this API.
 */
export * from './web.js';
