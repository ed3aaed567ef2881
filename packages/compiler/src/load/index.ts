export { ContractLoader, loadContract } from './contract-loader.js';
export type { LoadOptions, LoadResult, LoadTimings } from './load-options.js';
