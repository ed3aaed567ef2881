/**
 * Loads the validators emitted for the shop contract and runs them: every example passes, and a
 * copy broken in one place fails with the issue pointing at that place.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationResult, Validator } from '../../../runtime/src/validation/index.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { runTable } from '../helpers/table.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { orderCreatedExample, shopContract } from './fixtures/shop-contract.js';

type Table = Record<string, Validator>;
interface Emitted {
  validators: Table;
  headerValidators: Table;
  schemaValidators: Table;
}

const contract = shopContract();
let sandbox: ValidatorSandbox | undefined;
const emitted: Promise<Emitted> = (async () => {
  sandbox = await createValidatorSandbox(emitValidators(contract));
  return sandbox.load<Emitted>('validators.js');
})();
afterAll(() => sandbox?.cleanup());

type Order = typeof orderCreatedExample & Record<string, unknown>;
/** A deep copy of the order example, changed by `edit`. */
const order = (edit: (o: Order) => void): unknown => {
  const copy = structuredClone(orderCreatedExample) as Order;
  edit(copy);
  return copy;
};
const catalog = (edit: (c: Record<string, unknown>) => void): unknown => {
  const copy = structuredClone(contract.events[2]!.examples[0]!.payload) as Record<string, unknown>;
  edit(copy);
  return copy;
};

const firstIssue = (result: ValidationResult<unknown>) =>
  result.valid ? 'valid' : { pointer: result.issues[0]!.pointer, keyword: result.issues[0]!.keyword };

describe('every example of the contract passes', () => {
  for (const event of contract.events) {
    event.examples.forEach((example, i) => {
      it(`${event.id} example ${i + 1}`, async () => {
        const { validators, headerValidators } = await emitted;
        expect(firstIssue(validators[event.id]!(example.payload))).toBe('valid');
        if (example.headers !== undefined)
          expect(firstIssue(headerValidators[event.id]!(example.headers))).toBe('valid');
      });
    });
  }
});

interface Broken {
  table?: keyof Emitted;
  key?: string;
  value: unknown;
}

runTable<Broken, unknown>(
  'a copy broken in one place fails there',
  [
    {
      name: 'missing required field',
      given: { value: order((o) => delete (o.customer as Partial<Order['customer']>).email) },
      want: { pointer: '/customer/email', keyword: 'required' },
    },
    {
      name: 'wrong type',
      given: { value: order((o) => Object.assign(o.items[0]!, { quantity: '2' })) },
      want: { pointer: '/items/0/quantity', keyword: 'type' },
    },
    {
      name: 'extra property on a closed object',
      given: { value: order((o) => Object.assign(o.total, { cents: 1 })) },
      want: { pointer: '/total/cents', keyword: 'additionalProperties' },
    },
    {
      name: 'enum outside the list',
      given: { value: order((o) => Object.assign(o, { status: 'cancelled' })) },
      want: { pointer: '/status', keyword: 'enum' },
    },
    {
      name: 'bad date-time (runtime format)',
      given: { value: order((o) => Object.assign(o, { createdAt: '2023-02-29T10:00:00Z' })) },
      want: { pointer: '/createdAt', keyword: 'format' },
    },
    {
      name: 'bad uuid (inlined format)',
      given: { value: order((o) => Object.assign(o, { orderId: '6f1c0d3e-3b1a' })) },
      want: { pointer: '/orderId', keyword: 'format' },
    },
    {
      name: 'bad email',
      given: { value: order((o) => Object.assign(o.customer, { email: 'ada@' })) },
      want: { pointer: '/customer/email', keyword: 'format' },
    },
    {
      name: 'bad uri',
      given: { value: order((o) => Object.assign(o, { receiptUrl: '/receipts/1' })) },
      want: { pointer: '/receiptUrl', keyword: 'format' },
    },
    {
      name: 'int32 overflow',
      given: { value: order((o) => Object.assign(o.total, { amount: 2 ** 31 })) },
      want: { pointer: '/total/amount', keyword: 'format' },
    },
    {
      name: 'null where not nullable',
      given: { value: order((o) => Object.assign(o.customer, { name: null })) },
      want: { pointer: '/customer/name', keyword: 'type' },
    },
    {
      name: 'null where nullable',
      given: { value: order((o) => Object.assign(o.customer, { phone: null })) },
      want: 'valid',
    },
    {
      name: 'pattern',
      given: { value: order((o) => Object.assign(o.total, { currency: 'gbp' })) },
      want: { pointer: '/total/currency', keyword: 'pattern' },
    },
    {
      name: 'length counts code points: 6 emoji fit',
      given: { value: order((o) => Object.assign(o.customer, { name: '😀😀😀😀😀😀' })) },
      want: 'valid',
    },
    {
      name: 'length counts code points: 7 emoji do not',
      given: { value: order((o) => Object.assign(o.customer, { name: '😀😀😀😀😀😀😀' })) },
      want: { pointer: '/customer/name', keyword: 'maxLength' },
    },
    {
      name: 'uniqueItems',
      given: { value: order((o) => Object.assign(o, { tags: ['gift', 'gift'] })) },
      want: { pointer: '/tags', keyword: 'uniqueItems' },
    },
    {
      name: 'minItems',
      given: { value: order((o) => Object.assign(o, { items: [] })) },
      want: { pointer: '/items', keyword: 'minItems' },
    },
    {
      name: 'multipleOf',
      given: { value: order((o) => Object.assign(o, { weightGrams: 1200.25 })) },
      want: { pointer: '/weightGrams', keyword: 'multipleOf' },
    },
    { name: 'not an object at all', given: { value: null }, want: { pointer: '', keyword: 'type' } },
    {
      name: 'property name with a slash is escaped',
      given: { value: order((o) => Object.assign(o, { 'a/b': 1 })) },
      want: { pointer: '/a~1b', keyword: 'additionalProperties' },
    },
    {
      name: 'header missing',
      given: { table: 'headerValidators', value: {} },
      want: { pointer: '/x-request-id', keyword: 'required' },
    },
    {
      name: 'alias event uses the named schema',
      given: { key: 'customer.updated@1', value: { id: 'cus_1', email: 'a@b.co', name: 'A' } },
      want: { pointer: '/address', keyword: 'required' },
    },
    {
      name: 'named schema validator',
      given: { table: 'schemaValidators', key: 'Money', value: { amount: -1, currency: 'EUR' } },
      want: { pointer: '/amount', keyword: 'minimum' },
    },
    {
      name: '2020-12 prefixItems with items: false',
      given: { key: 'catalog.published@1', value: catalog((c) => Object.assign(c, { position: [1, 2, 3] })) },
      want: { pointer: '/position', keyword: 'items' },
    },
    {
      name: '2020-12 prefixItems item type',
      given: {
        key: 'catalog.published@1',
        value: catalog((c) => Object.assign(c, { position: [1, 'north'] })),
      },
      want: { pointer: '/position/1', keyword: 'type' },
    },
    {
      name: '2020-12 $defs ref',
      given: { key: 'catalog.published@1', value: catalog((c) => Object.assign(c, { labels: [''] })) },
      want: { pointer: '/labels/0', keyword: 'minLength' },
    },
    {
      name: '2020-12 unevaluatedProperties',
      given: { key: 'catalog.published@1', value: catalog((c) => Object.assign(c, { extra: true })) },
      want: { pointer: '/extra', keyword: 'unevaluatedProperties' },
    },
    {
      name: 'recursive named schema, three levels down',
      given: {
        key: 'catalog.published@1',
        value: catalog((c) =>
          Object.assign(c, { root: { name: 'a', children: [{ name: 'b', children: [{ name: 5 }] }] } }),
        ),
      },
      want: { pointer: '/root/children/0/children/0/name', keyword: 'type' },
    },
    {
      name: 'date format (leap year)',
      given: {
        key: 'catalog.published@1',
        value: catalog((c) => Object.assign(c, { publishedOn: '2023-02-29' })),
      },
      want: { pointer: '/publishedOn', keyword: 'format' },
    },
  ],
  async ({ table = 'validators', key = 'order.created@1', value }) =>
    firstIssue((await emitted)[table][key]!(value)),
);

describe('issues are data', () => {
  it('say where, which keyword, why, with params and the schema path', async () => {
    const { validators } = await emitted;
    const result = validators['order.created@1']!(order((o) => Object.assign(o, { status: 'lost' })));
    expect(result).toEqual({
      valid: false,
      issues: [
        {
          pointer: '/status',
          keyword: 'enum',
          message: 'must be equal to one of the allowed values',
          params: { allowedValues: ['pending', 'paid', 'shipped'] },
          schemaPath: '#/properties/status/enum',
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('editing an issue does not change what the validator accepts', async () => {
    const { validators } = await emitted;
    const failed = validators['order.created@1']!(order((o) => Object.assign(o, { status: 'lost' })));
    if (failed.valid) throw new Error('expected a failure');
    (failed.issues[0]!.params.allowedValues as string[]).push('lost');
    expect(
      firstIssue(validators['order.created@1']!(order((o) => Object.assign(o, { status: 'lost' })))),
    ).toEqual({
      pointer: '/status',
      keyword: 'enum',
    });
  });

  it('valid results carry the input itself: nothing coerced, defaulted or removed', async () => {
    const { validators } = await emitted;
    const input = order(() => {});
    const result = validators['order.created@1']!(input);
    expect(result.valid && result.value).toBe(input);
    expect(input).toEqual(orderCreatedExample);
  });
});
