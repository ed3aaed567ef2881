export { ContractInvariantError } from './context.js';
export { emitTypes } from './emit-types.js';
export { latestEventVersions } from './latest-versions.js';
export { type EventTypeNames, INDEX_TYPE_NAMES, resolveTypeNames, type TypeNames } from './naming.js';
