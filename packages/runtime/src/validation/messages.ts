import type { CompiledValidationError } from './types.js';

type Params = Record<string, unknown>;

const LIMIT_NOUN: Readonly<Record<string, string>> = {
  minLength: 'characters',
  maxLength: 'characters',
  minItems: 'items',
  maxItems: 'items',
  minProperties: 'properties',
  maxProperties: 'properties',
};

/**
 * ajv's English message for each keyword, rebuilt from the error's params. Generated validators
 * leave messages out (they are the same few sentences at every error site, a large share of the
 * generated code); the wording is ajv's own, so a run-time issue reads exactly like the
 * generate-time diagnostic about the same value (the compiler's differential test compares them).
 */
const MESSAGES: Readonly<Record<string, (params: Params) => string>> = {
  type: (p) => `must be ${Array.isArray(p.type) ? p.type.join(',') : String(p.type)}`,
  required: (p) => `must have required property '${String(p.missingProperty)}'`,
  dependencies: dependencyMessage,
  dependentRequired: dependencyMessage,
  additionalProperties: () => 'must NOT have additional properties',
  unevaluatedProperties: () => 'must NOT have unevaluated properties',
  propertyNames: () => 'property name must be valid',
  enum: () => 'must be equal to one of the allowed values',
  const: () => 'must be equal to constant',
  format: (p) => `must match format "${String(p.format)}"`,
  pattern: (p) => `must match pattern "${String(p.pattern)}"`,
  minimum: comparisonMessage,
  maximum: comparisonMessage,
  exclusiveMinimum: comparisonMessage,
  exclusiveMaximum: comparisonMessage,
  multipleOf: (p) => `must be multiple of ${String(p.multipleOf)}`,
  uniqueItems: (p) =>
    `must NOT have duplicate items (items ## ${String(p.j)} and ${String(p.i)} are identical)`,
  items: moreItemsMessage,
  additionalItems: moreItemsMessage,
  unevaluatedItems: moreItemsMessage,
  contains: (p) =>
    p.maxContains === undefined
      ? `must contain at least ${String(p.minContains)} valid item(s)`
      : `must contain at least ${String(p.minContains)} and no more than ${String(p.maxContains)} valid item(s)`,
  anyOf: () => 'must match a schema in anyOf',
  oneOf: () => 'must match exactly one schema in oneOf',
  not: () => 'must NOT be valid',
  if: (p) => `must match "${String(p.failingKeyword)}" schema`,
  'false schema': () => 'boolean schema is false',
};

function limitMessage(keyword: string, params: Params): string | undefined {
  const noun = LIMIT_NOUN[keyword];
  if (noun === undefined) return undefined;
  return `must NOT have ${keyword.startsWith('max') ? 'more' : 'fewer'} than ${String(params.limit)} ${noun}`;
}

function comparisonMessage(params: Params): string {
  return `must be ${String(params.comparison)} ${String(params.limit)}`;
}

function moreItemsMessage(params: Params): string {
  return `must NOT have more than ${String(params.limit)} items`;
}

function dependencyMessage(params: Params): string {
  const noun = params.depsCount === 1 ? 'property' : 'properties';
  return `must have ${noun} ${String(params.deps)} when property ${String(params.property)} is present`;
}

/**
 * The readable message of a compiled validator's error: its own when it has one, else ajv's wording
 * for the keyword.
 *
 * @example
 * issueMessage({ instancePath: '/a', schemaPath: '#/properties/a/type', keyword: 'type', params: { type: 'string' } });
 * // 'must be string'
 */
export function issueMessage(error: CompiledValidationError): string {
  if (error.message !== undefined) return error.message;
  const build = MESSAGES[error.keyword];
  return (
    build?.(error.params) ??
    limitMessage(error.keyword, error.params) ??
    `must pass "${error.keyword}" keyword validation`
  );
}
