export type { IdentityOptions } from '../ir/build/identity-options.js';
export {
  ContractLoader,
  type ContractLoaderOptions,
  loadContract,
  type StartOptions,
} from './contract-loader.js';
export type { LoadOptions, LoadResult, LoadTimings, PendingLoad } from './load-options.js';
export type { ParserValidator } from './parser-validator.js';
export { yieldToParserThread } from './worker-validator.js';
