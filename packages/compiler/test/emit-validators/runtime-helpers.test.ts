/**
 * The small runtime pieces generated validators import, against the ajv originals they replace
 * (`ajv/dist/runtime/ucs2length`, `ajv/dist/runtime/equal`) and against what issues must say.
 */

import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompiledValidateFunction,
  codePointLength,
  createValidator,
  issueMessage,
  jsonEqual,
  toValidationIssue,
} from '../../../runtime/src/validation/index.js';
import { runTable } from '../helpers/table.js';

/** A CommonJS `exports.default`, whether the loader hands us `module.exports` or its `default`. */
function cjsDefault<T>(imported: unknown): T {
  const inner = (imported as { default?: unknown }).default;
  return (typeof imported === 'function' ? imported : (inner ?? imported)) as T;
}
const ucs2length = cjsDefault<(text: string) => number>(ucs2lengthModule);
const ajvEqual = cjsDefault<(a: unknown, b: unknown) => boolean>(equalModule);

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
  .map((units) => String.fromCharCode(...units));

describe('codePointLength', () => {
  it('counts like ajv on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.oneof(utf16, fc.string({ unit: 'binary' })), (text) => {
        expect(codePointLength(text)).toBe(ucs2length(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a surrogate pair once and a lone surrogate once', () => {
    expect(codePointLength('a\u{1F600}b')).toBe(3);
    expect(codePointLength('\uD83D')).toBe(1);
    expect(codePointLength('\uDE00\uD83D')).toBe(2);
  });
});

describe('jsonEqual', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  /** The same value with object keys in another order. */
  const reordered = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reordered);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reordered(v)]),
    );
  };

  /** ajv's equal (fast-deep-equal) calls a `valueOf` or `toString` it finds on an object. */
  const hasMethodKey = (value: unknown): boolean =>
    value !== null &&
    typeof value === 'object' &&
    (Object.hasOwn(value, 'valueOf') ||
      Object.hasOwn(value, 'toString') ||
      Object.values(value).some(hasMethodKey));

  it('agrees with ajv on pairs of JSON values, equal or not', () => {
    fc.assert(
      fc.property(json, json, fc.boolean(), (a, b, same) => {
        fc.pre(!hasMethodKey(a) && !hasMethodKey(b));
        const other = same ? reordered(a) : b;
        expect(jsonEqual(a, other)).toBe(ajvEqual(a, other));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares data with "valueOf" and "toString" keys, where ajv\'s equal throws a TypeError', () => {
    expect(() => ajvEqual({ valueOf: 1 }, { valueOf: 1 })).toThrow(TypeError);
    expect(jsonEqual({ valueOf: 1 }, { valueOf: 1 })).toBe(true);
    expect(jsonEqual({ toString: 'a' }, { toString: 'b' })).toBe(false);
  });

  runTable(
    'jsonEqual edge cases',
    [
      { name: 'array vs object with index keys', given: [[1], { 0: 1 }], want: false },
      { name: 'NaN equals NaN', given: [Number.NaN, Number.NaN], want: true },
      { name: 'different dates', given: [new Date(1), new Date(2)], want: false },
      { name: 'same dates', given: [new Date(5), new Date(5)], want: true },
      { name: 'missing vs undefined key', given: [{ a: undefined }, { b: undefined }], want: false },
      { name: 'null vs object', given: [null, {}], want: false },
    ],
    ([a, b]) => jsonEqual(a, b),
  );
});

describe('toValidationIssue', () => {
  const error = (keyword: string, params: Record<string, unknown>, extra: object = {}) => ({
    instancePath: '/order',
    schemaPath: `#/${keyword}`,
    keyword,
    params,
    ...extra,
  });
  runTable(
    'points at the property an error is about',
    [
      { name: 'required', given: error('required', { missingProperty: 'id' }), want: '/order/id' },
      {
        name: 'additionalProperties, escaped',
        given: error('additionalProperties', { additionalProperty: 'a/b~c' }),
        want: '/order/a~1b~0c',
      },
      {
        name: 'unevaluatedProperties',
        given: error('unevaluatedProperties', { unevaluatedProperty: 'x' }),
        want: '/order/x',
      },
      {
        name: 'dependentRequired',
        given: error('dependentRequired', { property: 'card', missingProperty: 'cvc' }),
        want: '/order/cvc',
      },
      { name: 'propertyNames', given: error('propertyNames', { propertyName: 'BAD' }), want: '/order/BAD' },
      {
        name: 'inside propertyNames',
        given: error('maxLength', { limit: 2 }, { propertyName: 'long' }),
        want: '/order/long',
      },
      { name: 'any other keyword', given: error('type', { type: 'string' }), want: '/order' },
    ],
    (given) => toValidationIssue(given).pointer,
  );

  it('hands out a copy of params, so editing an issue cannot change the schema', () => {
    const allowedValues = ['a', 'b'];
    const issue = toValidationIssue(error('enum', { allowedValues }));
    (issue.params.allowedValues as string[]).push('c');
    expect(allowedValues).toEqual(['a', 'b']);
  });
});

runTable(
  'issueMessage rebuilds ajv wording from params',
  [
    { name: 'union type', given: ['type', { type: ['string', 'null'] }], want: 'must be string,null' },
    { name: 'maxLength', given: ['maxLength', { limit: 3 }], want: 'must NOT have more than 3 characters' },
    {
      name: 'minProperties',
      given: ['minProperties', { limit: 1 }],
      want: 'must NOT have fewer than 1 properties',
    },
    {
      name: 'unevaluatedItems',
      given: ['unevaluatedItems', { limit: 2 }],
      want: 'must NOT have more than 2 items',
    },
    {
      name: 'exclusiveMaximum',
      given: ['exclusiveMaximum', { comparison: '<', limit: 5 }],
      want: 'must be < 5',
    },
    {
      name: 'dependencies, several',
      given: ['dependencies', { property: 'a', missingProperty: 'b', depsCount: 2, deps: 'b, c' }],
      want: 'must have properties b, c when property a is present',
    },
    { name: 'unknown keyword', given: ['x-custom', {}], want: 'must pass "x-custom" keyword validation' },
  ] as const,
  ([keyword, params]) => issueMessage({ instancePath: '', schemaPath: '#', keyword, params: { ...params } }),
);

describe('createValidator', () => {
  it('answers with the very value it was given, never a copy', () => {
    const validate = createValidator((() => true) as CompiledValidateFunction);
    const value = { a: 1 };
    const result = validate(value);
    expect(result.valid && result.value).toBe(value);
  });

  it('names the fix when handed something that is not a validation function', () => {
    expect(() => createValidator({} as CompiledValidateFunction)).toThrow(
      /generated validation function, got object/,
    );
  });
});
