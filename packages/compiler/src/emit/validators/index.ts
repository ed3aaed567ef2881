export { buildValidators, type ValidatorBuild, type ValidatorBuildOptions } from './build-validators.js';
export { emitValidators, ValidatorSchemaError } from './emit-validators.js';
export type { UnknownKeywordPolicy } from './use-tally.js';
export { ValidatorSession } from './validator-session.js';
