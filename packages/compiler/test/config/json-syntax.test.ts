import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/diagnostics/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": [1, 2.5e3, -0, "x\\u00e9", true, false, null], "b": {}}'],
    ['  []  '],
    ['"just a string"'],
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['{"a": }', 6, 'expected a value, found "}"'],
    ['{"a": 1,}', 8, 'expected a string, found "}"'],
    ['[1 2]', 3, "expected ',' or ']' in array, found \"2\""],
    ['{"a" 1}', 5, `expected ':', found "1"`],
    ['{"a": "x', 8, 'expected a closing quote, found end of file'],
    ['{} x', 3, 'expected end of file, found "x"'],
    ['{"a": 01}', 7, `expected ',' or '}' in object, found "1"`],
    ['"\\x"', 2, 'expected an escape sequence, found "x"'],
  ])('rejects %s at offset %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ offset, message: `invalid JSON: ${message}` });
  });
});
