import type { SchemaCase } from '../schema-table.js';

/** `enum` and `const` as literal unions. */
export const enumCases: SchemaCase[] = [
  {
    name: 'string enum',
    given: { type: 'string', enum: ['a', 'b'] },
    want: "export type Subject = 'a' | 'b';",
  },
  {
    name: 'mixed enum without type',
    given: { enum: ['a', 1, true, null] },
    want: "export type Subject = 'a' | 1 | true | null;",
  },
  { name: 'const', given: { const: 'fixed' }, want: "export type Subject = 'fixed';" },
  { name: 'const wins over enum', given: { const: 2, enum: [1, 2] }, want: 'export type Subject = 2;' },
  { name: 'const null', given: { const: null }, want: 'export type Subject = null;' },
  {
    name: 'values the type rules out are dropped',
    given: { type: 'string', enum: ['a', null, 3] },
    want: "export type Subject = 'a';",
  },
  {
    name: 'null kept when the type allows it',
    given: { type: ['string', 'null'], enum: ['a', null] },
    want: "export type Subject = 'a' | null;",
  },
  {
    name: 'nullable adds null to an enum',
    given: { type: 'string', enum: ['a', 'b'], nullable: true },
    want: "export type Subject = 'a' | 'b' | null;",
  },
  {
    name: 'integer type drops fractional values, number keeps integers',
    given: { type: 'integer', enum: [1, 1.5, -2] },
    want: ['/**', ' * @integer', ' */', 'export type Subject = 1 | -2;'].join('\n'),
  },
  {
    name: 'number literals: negative, fractional, exponent',
    given: { type: 'number', enum: [-1, 0, 2.5, 1e21] },
    want: 'export type Subject = -1 | 0 | 2.5 | 1e+21;',
  },
  {
    name: 'strings that need escaping',
    given: { enum: ["it's", 'say "hi"', 'back\\slash', 'new\nline', 'both \' and "'] },
    want: `export type Subject = "it's" | 'say "hi"' | 'back\\\\slash' | 'new\\nline' | 'both \\' and "';`,
  },
  {
    name: 'object and array values become exact literal types',
    given: { enum: [{ kind: 'a', 'x-y': [1, null] }, [1, 'two']] },
    want: "export type Subject = { kind: 'a'; 'x-y': [1, null]; } | [1, 'two'];",
  },
  { name: 'duplicates collapse', given: { enum: ['a', 'a', 1, 1] }, want: "export type Subject = 'a' | 1;" },
  { name: 'empty enum is never', given: { enum: [] }, want: 'export type Subject = never;' },
  {
    name: 'enum inside a property',
    given: {
      type: 'object',
      required: ['status'],
      properties: { status: { type: 'string', enum: ['paid', 'refunded'] } },
    },
    want: ['export interface Subject {', "  status: 'paid' | 'refunded';", '}'].join('\n'),
  },
];
