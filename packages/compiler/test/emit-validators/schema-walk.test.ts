import { describe, expect, it } from 'vitest';
import { mapSchema } from '../../src/emit/validators/schema-walk.js';
import type { JsonSchema } from '../../src/ir/contract.js';

describe('mapSchema', () => {
  it('keeps keys named __proto__ as own properties: in properties, in data, and as a keyword', () => {
    const schema = JSON.parse(
      '{"properties":{"__proto__":{"type":"number"}},"const":{"__proto__":1},"__proto__":{"x":1}}',
    ) as JsonSchema;
    const copy = mapSchema(schema, (node) => node) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy.properties!)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(copy.properties, '__proto__')?.value).toEqual({ type: 'number' });
    expect(Object.keys(copy.const!)).toEqual(['__proto__']);
    expect(Object.keys(copy)).toEqual(['properties', 'const', '__proto__']);
  });
});
