export type { IdentityOptions } from '../ir/build/identity-options.js';
export { ContractLoader, loadContract } from './contract-loader.js';
export type { LoadOptions, LoadResult, LoadTimings, PendingLoad } from './load-options.js';
