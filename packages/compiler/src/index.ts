export * from './config/config-schema.js';
export * from './config/load-config.js';
export * from './devtools/index.js';
export * from './diagnostics/diagnostic.js';
export * from './diagnostics/json-syntax.js';
export * from './diff/index.js';
export * from './emit/docs/index.js';
export * from './emit/files.js';
export * from './emit/packages/package-settings.js';
export * from './emit/types/index.js';
export {
  buildValidators,
  emitValidators,
  type UnknownKeywordPolicy,
  type ValidatorBuild,
  type ValidatorBuildOptions,
  ValidatorSchemaError,
} from './emit/validators/index.js';
export { checkExamples, compileExamples } from './examples/check-examples.js';
export * from './generate/diagnostic-at-pointer.js';
export * from './generate/generator.js';
export * from './ir/contract.js';
export * from './ir/format-event-table.js';
export * from './lint/index.js';
export * from './load/index.js';
export * from './output/check-output.js';
export * from './output/manifest.js';
export * from './output/write-output.js';
