/**
 * Entry of `dist/bundle/web.js`: the Web-standard counterpart of `node.ts` (Web Crypto signing), what
 * `@hookwright/runtime/events`, `/validation`, `/signing` and `/receiver` resolve to under every
 * condition but `node` (Workers, Deno, Bun, browsers' bundlers).
 */
export * from '../events/index.js';
export * from '../receiver/web.js';
export * from '../signing/web.js';
export * from '../validation/index.js';
