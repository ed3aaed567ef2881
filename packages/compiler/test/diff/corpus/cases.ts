/**
 * The diff corpus, compact part: before/after pairs of one event's payload (plus the named
 * schemas it uses), each with the classification `diff` must give. `corpus-document.ts` writes
 * every pair as one event of a real AsyncAPI 3.0 document per side, so all of them go through
 * the loader. File-based pairs ($ref moves across files, 2.6 vs 3.0) are in fixtures/diff/.
 */
import type { Impact } from '../../../src/diff/impact.js';

export type Schema = Record<string, unknown> | boolean;

export interface Side {
  payload: Schema;
  /** Named schemas, written under components/schemas with the case's prefix. */
  schemas?: Record<string, Schema>;
  /** Omit the event from this side. */
  absent?: boolean;
  /** The message's headers schema. */
  headers?: Schema;
  /** A version 2 of the same event type, next to version 1. */
  version2?: Schema;
}

/** `[impact, rule, pointer]` of each expected change, in the diff's order. */
export type Expected = Array<[Impact, string, string]>;

export interface CorpusCase {
  name: string;
  old: Side;
  new: Side;
  want: Expected;
}

/** A reference to a named schema of the same case; the document writer adds the prefix. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const obj = (properties: Record<string, Schema>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const closed = (properties: Record<string, Schema>, extra: Record<string, unknown> = {}) =>
  obj(properties, { additionalProperties: false, ...extra });
const str = (extra: Record<string, unknown> = {}) => ({ type: 'string', ...extra });
const status = (values: string[]) => closed({ status: str({ enum: values }) }, { required: ['status'] });

export const CASES: CorpusCase[] = [
  // Events
  {
    name: 'version-added',
    old: { payload: closed({ id: str() }) },
    new: { payload: closed({ id: str() }), version2: closed({ id: str(), total: { type: 'integer' } }) },
    want: [['safe', 'version-added', '']],
  },
  {
    name: 'event-added',
    old: { payload: {}, absent: true },
    new: { payload: {} },
    want: [['safe', 'event-added', '']],
  },
  {
    name: 'event-removed',
    old: { payload: {} },
    new: { payload: {}, absent: true },
    want: [['breaks-receivers', 'event-removed', '']],
  },
  {
    name: 'deprecated-event-removed',
    old: { payload: { deprecated: true } },
    new: { payload: {}, absent: true },
    want: [['safe', 'deprecated-event-removed', '']],
  },
  {
    name: 'event-deprecated',
    old: { payload: closed({ id: str() }) },
    new: { payload: closed({ id: str() }, { deprecated: true }) },
    want: [
      ['safe', 'event-deprecated', ''],
      ['safe', 'docs-changed', '/deprecated'],
    ],
  },
  {
    name: 'event-undeprecated',
    old: { payload: closed({ id: str() }, { deprecated: true }) },
    new: { payload: closed({ id: str() }) },
    want: [
      ['safe', 'event-undeprecated', ''],
      ['safe', 'docs-changed', '/deprecated'],
    ],
  },
  // Docs and meaning-preserving rewrites
  {
    name: 'description-changed',
    old: { payload: closed({ id: str({ description: 'The id.' }) }) },
    new: { payload: closed({ id: str({ description: 'The order id.', examples: ['o_1'] }) }) },
    want: [
      ['safe', 'docs-changed', '/properties/id/description'],
      ['safe', 'docs-changed', '/properties/id/examples'],
    ],
  },
  {
    name: 'component-renamed',
    old: { payload: ref('Order'), schemas: { Order: closed({ id: str() }) } },
    new: { payload: ref('Purchase'), schemas: { Purchase: closed({ id: str() }) } },
    want: [],
  },
  {
    name: 'ref-inlined',
    old: {
      payload: closed({ money: ref('Money') }),
      schemas: { Money: closed({ cents: { type: 'integer' } }) },
    },
    new: { payload: closed({ money: closed({ cents: { type: 'integer' } }) }) },
    want: [],
  },
  {
    name: 'all-of-reshuffled',
    old: {
      payload: { allOf: [ref('Base'), obj({ total: { type: 'integer' } }, { required: ['total'] })] },
      schemas: { Base: obj({ id: str() }, { required: ['id'] }) },
    },
    new: {
      payload: { allOf: [obj({ total: { type: 'integer' } }), ref('Base')], required: ['total'] },
      schemas: { Base: obj({ id: str() }, { required: ['id'] }) },
    },
    want: [],
  },
  {
    name: 'all-of-merged-inline',
    old: { payload: { allOf: [obj({ id: str() }), obj({ n: { type: 'integer' } }, { required: ['n'] })] } },
    new: { payload: obj({ id: str(), n: { type: 'integer' } }, { required: ['n'] }) },
    want: [],
  },
  {
    name: 'nullable-as-null-type',
    old: { payload: closed({ note: { type: 'string', nullable: true } }) },
    new: { payload: closed({ note: { type: ['string', 'null'] } }) },
    want: [],
  },
  {
    name: 'nullable-ref-as-oneof-null',
    old: {
      payload: closed({ money: { nullable: true, allOf: [ref('Money')] } }),
      schemas: { Money: closed({ c: str() }) },
    },
    new: {
      payload: closed({ money: { oneOf: [ref('Money'), { type: 'null' }] } }),
      schemas: { Money: closed({ c: str() }) },
    },
    want: [],
  },
  {
    name: 'enum-reordered',
    old: { payload: status(['a', 'b', 'c']) },
    new: { payload: status(['c', 'a', 'b']) },
    want: [],
  },
  {
    name: 'oneof-reordered',
    old: { payload: { oneOf: [str(), { type: 'integer' }] } },
    new: { payload: { oneOf: [{ type: 'integer' }, str()] } },
    want: [],
  },
  // Types
  {
    name: 'type-widened',
    old: { payload: closed({ n: { type: 'integer' } }) },
    new: { payload: closed({ n: { type: 'number' } }) },
    want: [['breaks-receivers', 'type-widened', '/properties/n/type']],
  },
  {
    name: 'type-narrowed',
    old: { payload: closed({ n: { type: ['string', 'integer'] } }) },
    new: { payload: closed({ n: { type: 'string' } }) },
    want: [['breaks-senders', 'type-narrowed', '/properties/n/type']],
  },
  {
    name: 'type-changed',
    old: { payload: closed({ n: { type: 'string' } }) },
    new: { payload: closed({ n: { type: 'boolean' } }) },
    want: [['breaks-both', 'type-changed', '/properties/n/type']],
  },
  {
    name: 'null-added',
    old: { payload: closed({ note: str() }) },
    new: { payload: closed({ note: { type: 'string', nullable: true } }) },
    want: [['breaks-receivers', 'type-widened', '/properties/note/type']],
  },
  {
    name: 'null-removed',
    old: { payload: closed({ note: { type: ['string', 'null'] } }) },
    new: { payload: closed({ note: str() }) },
    want: [['breaks-senders', 'type-narrowed', '/properties/note/type']],
  },
  // Enums
  {
    name: 'enum-value-added',
    old: { payload: status(['pending', 'paid']) },
    new: { payload: status(['pending', 'paid', 'refunded']) },
    want: [['breaks-receivers', 'enum-value-added', '/properties/status/enum']],
  },
  {
    name: 'enum-value-removed',
    old: { payload: status(['pending', 'paid']) },
    new: { payload: status(['pending']) },
    want: [['breaks-senders', 'enum-value-removed', '/properties/status/enum']],
  },
  {
    name: 'enum-added',
    old: { payload: closed({ status: str() }) },
    new: { payload: status(['a']) },
    want: [
      ['breaks-senders', 'enum-added', '/properties/status/enum'],
      ['breaks-senders', 'required-added', '/required'],
    ],
  },
  {
    name: 'enum-removed',
    old: { payload: closed({ kind: { const: 'order' } }) },
    new: { payload: closed({ kind: str() }) },
    want: [['breaks-receivers', 'enum-removed', '/properties/kind/const']],
  },
  // Limits
  {
    name: 'limit-loosened',
    old: { payload: closed({ name: str({ maxLength: 10 }) }) },
    new: { payload: closed({ name: str({ maxLength: 20 }) }) },
    want: [['breaks-receivers', 'limit-loosened', '/properties/name/maxLength']],
  },
  {
    name: 'limit-tightened',
    old: { payload: closed({ qty: { type: 'integer', minimum: 0 } }) },
    new: { payload: closed({ qty: { type: 'integer', exclusiveMinimum: 0 } }) },
    want: [['breaks-senders', 'limit-tightened', '/properties/qty/exclusiveMinimum']],
  },
  {
    name: 'limit-added-items',
    old: { payload: closed({ tags: { type: 'array', items: str() } }) },
    new: { payload: closed({ tags: { type: 'array', items: str(), maxItems: 5 } }) },
    want: [['breaks-senders', 'limit-tightened', '/properties/tags/maxItems']],
  },
  {
    name: 'limit-removed',
    old: { payload: closed({ price: { type: 'number', maximum: 100 } }) },
    new: { payload: closed({ price: { type: 'number' } }) },
    want: [['breaks-receivers', 'limit-loosened', '/properties/price/maximum']],
  },
  {
    name: 'multiple-of-changed',
    old: { payload: closed({ n: { type: 'integer', multipleOf: 5 } }) },
    new: { payload: closed({ n: { type: 'integer', multipleOf: 10 } }) },
    want: [['breaks-senders', 'multiple-of-changed', '/properties/n/multipleOf']],
  },
  {
    name: 'multiple-of-added',
    old: { payload: closed({ n: { type: 'integer' } }) },
    new: { payload: closed({ n: { type: 'integer', multipleOf: 5 } }) },
    want: [['breaks-senders', 'multiple-of-added', '/properties/n/multipleOf']],
  },
  {
    name: 'multiple-of-removed',
    old: { payload: closed({ n: { type: 'integer', multipleOf: 5 } }) },
    new: { payload: closed({ n: { type: 'integer' } }) },
    want: [['breaks-receivers', 'multiple-of-removed', '/properties/n/multipleOf']],
  },
  {
    name: 'type-without-effect',
    old: { payload: closed({ s: { type: ['string', 'null'], enum: ['a', 'b'] } }) },
    new: { payload: closed({ s: { type: 'string', enum: ['a', 'b'] } }) },
    want: [['safe', 'keyword-without-effect', '/properties/s/type']],
  },
  {
    name: 'limit-without-effect',
    old: { payload: closed({ n: { type: 'integer', maxLength: 3 } }) },
    new: { payload: closed({ n: { type: 'integer', maxLength: 4 } }) },
    want: [['safe', 'keyword-without-effect', '/properties/n/maxLength']],
  },
  // Strings
  {
    name: 'pattern-changed',
    old: { payload: closed({ sku: str({ pattern: '^[A-Z]{3}$' }) }) },
    new: { payload: closed({ sku: str({ pattern: '^[A-Z]{3,4}$' }) }) },
    want: [['undecided', 'pattern-changed', '/properties/sku/pattern']],
  },
  {
    name: 'pattern-added',
    old: { payload: closed({ sku: str() }) },
    new: { payload: closed({ sku: str({ pattern: '^[A-Z]+$' }) }) },
    want: [['breaks-senders', 'pattern-added', '/properties/sku/pattern']],
  },
  {
    name: 'pattern-removed',
    old: { payload: closed({ sku: str({ pattern: '^[A-Z]+$' }) }) },
    new: { payload: closed({ sku: str() }) },
    want: [['breaks-receivers', 'pattern-removed', '/properties/sku/pattern']],
  },
  {
    name: 'format-added',
    old: { payload: closed({ at: str() }) },
    new: { payload: closed({ at: str({ format: 'date-time' }) }) },
    want: [['breaks-senders', 'format-added', '/properties/at/format']],
  },
  {
    name: 'format-removed',
    old: { payload: closed({ at: str({ format: 'date-time' }) }) },
    new: { payload: closed({ at: str() }) },
    want: [['breaks-receivers', 'format-removed', '/properties/at/format']],
  },
  {
    name: 'format-widened',
    old: { payload: closed({ link: str({ format: 'uri' }) }) },
    new: { payload: closed({ link: str({ format: 'uri-reference' }) }) },
    want: [['breaks-receivers', 'format-changed', '/properties/link/format']],
  },
  {
    name: 'format-changed-undecided',
    old: { payload: closed({ at: str({ format: 'date' }) }) },
    new: { payload: closed({ at: str({ format: 'date-time' }) }) },
    want: [['undecided', 'format-changed', '/properties/at/format']],
  },
  // Objects
  {
    name: 'required-added',
    old: { payload: closed({ id: str(), email: str() }, { required: ['id'] }) },
    new: { payload: closed({ id: str(), email: str() }, { required: ['id', 'email'] }) },
    want: [['breaks-senders', 'required-added', '/required']],
  },
  {
    name: 'required-removed',
    old: { payload: closed({ id: str(), email: str() }, { required: ['id', 'email'] }) },
    new: { payload: closed({ id: str(), email: str() }, { required: ['id'] }) },
    want: [['breaks-receivers', 'required-removed', '/required']],
  },
  {
    name: 'property-added-closed',
    old: { payload: closed({ id: str() }) },
    new: { payload: closed({ id: str(), note: str() }) },
    want: [['breaks-receivers', 'property-added', '/properties/note']],
  },
  {
    name: 'property-added-open',
    old: { payload: obj({ id: str() }) },
    new: { payload: obj({ id: str(), note: str() }) },
    want: [['breaks-senders', 'property-added', '/properties/note']],
  },
  {
    name: 'property-documented-open',
    old: { payload: obj({ id: str() }) },
    new: { payload: obj({ id: str(), note: { description: 'Free text.' } }) },
    want: [['safe', 'property-added', '/properties/note']],
  },
  {
    name: 'property-removed-closed',
    old: { payload: closed({ id: str(), note: str() }) },
    new: { payload: closed({ id: str() }) },
    want: [['breaks-senders', 'property-removed', '/properties/note']],
  },
  {
    name: 'property-removed-open',
    old: { payload: obj({ id: str(), note: str() }) },
    new: { payload: obj({ id: str() }) },
    want: [['breaks-receivers', 'property-removed', '/properties/note']],
  },
  {
    name: 'object-closed',
    old: { payload: obj({ id: str() }) },
    new: { payload: closed({ id: str() }) },
    want: [['breaks-senders', 'object-closed', '/additionalProperties']],
  },
  {
    name: 'object-opened',
    old: { payload: closed({ id: str() }) },
    new: { payload: obj({ id: str() }) },
    want: [['breaks-receivers', 'object-opened', '/additionalProperties']],
  },
  {
    name: 'map-values-widened',
    old: { payload: obj({}, { additionalProperties: { type: 'integer' } }) },
    new: { payload: obj({}, { additionalProperties: { type: 'number' } }) },
    want: [['breaks-receivers', 'type-widened', '/additionalProperties/type']],
  },
  // Arrays
  {
    name: 'items-type-narrowed',
    old: { payload: closed({ ids: { type: 'array', items: { type: ['string', 'integer'] } } }) },
    new: { payload: closed({ ids: { type: 'array', items: str() } }) },
    want: [['breaks-senders', 'type-narrowed', '/properties/ids/items/type']],
  },
  {
    name: 'unique-items-added',
    old: { payload: closed({ ids: { type: 'array', items: str() } }) },
    new: { payload: closed({ ids: { type: 'array', items: str(), uniqueItems: true } }) },
    want: [['breaks-senders', 'unique-items-added', '/properties/ids/uniqueItems']],
  },
  {
    name: 'unique-items-removed',
    old: { payload: closed({ ids: { type: 'array', items: str(), uniqueItems: true } }) },
    new: { payload: closed({ ids: { type: 'array', items: str() } }) },
    want: [['breaks-receivers', 'unique-items-removed', '/properties/ids/uniqueItems']],
  },
  {
    name: 'tuple-length-changed',
    old: { payload: closed({ pair: { type: 'array', items: [str(), { type: 'integer' }] } }) },
    new: {
      payload: closed({ pair: { type: 'array', items: [str(), { type: 'integer' }, { type: 'boolean' }] } }),
    },
    want: [['undecided', 'tuple-length-changed', '/properties/pair/items']],
  },
  // Variants
  {
    name: 'oneof-branch-added',
    old: {
      payload: { oneOf: [closed({ kind: { const: 'card' } }, { required: ['kind'] })] },
    },
    new: {
      payload: {
        oneOf: [
          closed({ kind: { const: 'card' } }, { required: ['kind'] }),
          closed({ kind: { const: 'bank' } }, { required: ['kind'] }),
        ],
      },
    },
    want: [['breaks-receivers', 'variant-added', '/oneOf/1']],
  },
  {
    name: 'anyof-branch-removed',
    old: { payload: { anyOf: [str(), { type: 'integer' }] } },
    new: { payload: { anyOf: [str()] } },
    want: [['breaks-senders', 'variant-removed', '/anyOf/1']],
  },
  {
    name: 'oneof-overlapping-branch-added',
    old: { payload: { oneOf: [str({ maxLength: 5 })] } },
    new: { payload: { oneOf: [str({ maxLength: 5 }), str({ minLength: 3 })] } },
    want: [['undecided', 'variant-added', '/oneOf/1']],
  },
  {
    name: 'ref-made-nullable',
    old: { payload: closed({ money: ref('Money') }), schemas: { Money: closed({ c: str() }) } },
    new: {
      payload: closed({ money: { oneOf: [ref('Money'), { type: 'null' }] } }),
      schemas: { Money: closed({ c: str() }) },
    },
    want: [['breaks-receivers', 'variant-added', '/properties/money/oneOf/1']],
  },
  {
    name: 'branch-changed-inside',
    old: {
      payload: {
        oneOf: [
          closed({ kind: { const: 'card' }, last4: str() }, { required: ['kind'] }),
          closed({ kind: { const: 'bank' } }, { required: ['kind'] }),
        ],
      },
    },
    new: {
      payload: {
        oneOf: [
          closed({ kind: { const: 'card' }, last4: str() }, { required: ['kind', 'last4'] }),
          closed({ kind: { const: 'bank' } }, { required: ['kind'] }),
        ],
      },
    },
    want: [['breaks-senders', 'required-added', '/oneOf/0/required']],
  },
  {
    name: 'variant-list-added',
    old: { payload: obj({ a: str(), b: str() }) },
    new: { payload: obj({ a: str(), b: str() }, { anyOf: [{ required: ['a'] }, { required: ['b'] }] }) },
    want: [['breaks-senders', 'variant-list-added', '/anyOf']],
  },
  {
    name: 'variant-list-removed',
    old: { payload: obj({ a: str(), b: str() }, { anyOf: [{ required: ['a'] }, { required: ['b'] }] }) },
    new: { payload: obj({ a: str(), b: str() }) },
    want: [['breaks-receivers', 'variant-list-removed', '/anyOf']],
  },
  // allOf members that cannot be merged (their additionalProperties sees only their own properties)
  {
    name: 'all-of-member-added',
    old: { payload: { allOf: [obj({ a: str() })], properties: { b: str() } } },
    new: { payload: { allOf: [obj({ a: str() }), closed({ c: str() })], properties: { b: str() } } },
    want: [['breaks-senders', 'all-of-member-added', '/allOf/0']],
  },
  {
    name: 'all-of-member-removed',
    old: { payload: { allOf: [obj({ a: str() }), closed({ c: str() })], properties: { b: str() } } },
    new: { payload: { allOf: [obj({ a: str() })], properties: { b: str() } } },
    want: [['breaks-receivers', 'all-of-member-removed', '/allOf']],
  },
  // Headers are compared like payloads
  {
    name: 'header-required-added',
    old: { payload: {}, headers: obj({ 'x-tenant': str() }) },
    new: { payload: {}, headers: obj({ 'x-tenant': str() }, { required: ['x-tenant'] }) },
    want: [['breaks-senders', 'required-added', '/required']],
  },
  // Through shared schemas
  {
    name: 'shared-schema-changed',
    old: {
      payload: closed({ total: ref('Money') }),
      schemas: { Money: closed({ currency: str({ enum: ['EUR'] }) }) },
    },
    new: {
      payload: closed({ total: ref('Money') }),
      schemas: { Money: closed({ currency: str({ enum: ['EUR', 'USD'] }) }) },
    },
    want: [['breaks-receivers', 'enum-value-added', '/properties/total/properties/currency/enum']],
  },
  {
    name: 'recursive-schema-changed',
    old: {
      payload: ref('Node'),
      schemas: { Node: closed({ name: str(), children: { type: 'array', items: ref('Node') } }) },
    },
    new: {
      payload: ref('Tree'),
      schemas: {
        Tree: closed({ name: str({ minLength: 1 }), children: { type: 'array', items: ref('Tree') } }),
      },
    },
    want: [['breaks-senders', 'limit-tightened', '/properties/name/minLength']],
  },
  {
    name: 'not-changed',
    old: { payload: closed({ n: { type: 'integer', not: { const: 0 } } }) },
    new: { payload: closed({ n: { type: 'integer', not: { const: 1 } } }) },
    want: [['undecided', 'keyword-changed', '/properties/n/not']],
  },
  {
    name: 'schema-became-false',
    old: { payload: closed({ legacy: str() }) },
    new: { payload: closed({ legacy: false }) },
    want: [['breaks-senders', 'false-schema-added', '/properties/legacy']],
  },
  {
    name: 'schema-no-longer-false',
    old: { payload: closed({ legacy: false }) },
    new: { payload: closed({ legacy: str() }) },
    want: [['breaks-receivers', 'false-schema-removed', '/properties/legacy']],
  },
];
