/** What both entry points export besides the back-end-bound functions. */
export * from './core/errors.js';
export { type GenerateSecretOptions, generateSecret } from './core/generate.js';
export type * from './core/types.js';
