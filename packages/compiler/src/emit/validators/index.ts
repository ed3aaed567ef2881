export { buildValidators, type ValidatorBuild } from './build-validators.js';
export { emitValidators, ValidatorSchemaError } from './emit-validators.js';
