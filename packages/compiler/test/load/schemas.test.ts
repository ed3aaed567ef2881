import { describe, expect, it } from 'vitest';
import type { NamedSchema } from '../../src/ir/contract.js';
import { diagnosticLines, eventOf, fixtureLoader } from './load-fixture.js';

const load = fixtureLoader();
const document = () => load('schemas/asyncapi.yaml');

async function named(name: string): Promise<NamedSchema> {
  const schema = (await document()).contract?.schemas[name];
  if (!schema) throw new Error(`no named schema ${name}`);
  return schema;
}

describe('payload schemas rebuilt from the source graph', () => {
  it('names exactly the schemas the events reach, sorted', async () => {
    expect(Object.keys((await document()).contract?.schemas ?? {})).toEqual([
      'Address',
      'Address2',
      'Cat',
      'Category',
      'Coordinates',
      'Currency',
      'Dog',
      'Money',
      'Money2',
      'Order',
      'TreeGrownPayload',
    ]);
  });

  it('references a component schema by name instead of inlining it', async () => {
    expect(eventOf(await document(), 'order.created@1').payload).toEqual({ $ref: '#/schemas/Order' });
  });

  it('shares a component of another file, wherever it is referenced from', async () => {
    const order = (await named('Order')).schema as { properties: Record<string, unknown> };
    const shipped = eventOf(await document(), 'order.shipped@1').payload as {
      properties: Record<string, unknown>;
    };
    expect(order.properties.total).toEqual({ $ref: '#/schemas/Money' });
    expect(shipped.properties.amount).toEqual({ $ref: '#/schemas/Money' });
    expect(await named('Money')).toEqual({
      name: 'Money',
      nameSource: 'component',
      schema: {
        type: 'object',
        required: ['amount', 'currency'],
        properties: { amount: { type: 'integer' }, currency: { $ref: '#/schemas/Currency' } },
      },
      source: { file: 'common.yaml', line: 4, col: 5, pointer: '/components/schemas/Money' },
    });
  });

  it('hoists inline schemas with a title; identical ones share the name', async () => {
    const order = (await named('Order')).schema as { properties: Record<string, unknown> };
    expect(order.properties.shipping).toEqual({ $ref: '#/schemas/Address2' });
    expect(order.properties.billing).toEqual({ $ref: '#/schemas/Address2' });
    expect((await named('Address2')).nameSource).toBe('title');
  });

  it('gives two different schemas that want one name a numeric suffix, with a warning at the renamed one', async () => {
    expect((await named('Address')).schema).toEqual({
      title: 'Address',
      type: 'object',
      properties: { street: { type: 'string' } },
    });
    expect(diagnosticLines(await document())).toBe(
      [
        'schemas/asyncapi.yaml:100:9 warning schema-name-collision two different schemas want the name "Address": expected one schema per name, found another at schemas/asyncapi.yaml:148:11; this one is named "Address2" (rename a component key or title to choose)',
        'schemas/money.schema.json:1:1 warning schema-name-collision two different schemas want the name "Money": expected one schema per name, found another at schemas/common.yaml:4:5; this one is named "Money2" (rename a component key or title to choose)',
      ].join('\n'),
    );
  });

  it('names a whole-file reference after the file, without $id and $schema', async () => {
    expect(await named('Money2')).toMatchObject({
      nameSource: 'derived',
      schema: { type: 'object', properties: { cents: { type: 'integer' } } },
      source: { file: 'money.schema.json', line: 1, col: 1, pointer: '' },
    });
  });

  it('keeps recursion as a reference to the named schema', async () => {
    expect(eventOf(await document(), 'category.changed@1').payload).toEqual({ $ref: '#/schemas/Category' });
    const category = (await named('Category')).schema as { properties: { children: unknown } };
    expect(category.properties.children).toEqual({ type: 'array', items: { $ref: '#/schemas/Category' } });
  });

  it('names an unnamed place where a $ref cycle closes', async () => {
    expect(eventOf(await document(), 'tree.grown@1').payload).toEqual({ $ref: '#/schemas/TreeGrownPayload' });
    expect(await named('TreeGrownPayload')).toMatchObject({
      nameSource: 'derived',
      schema: {
        type: 'object',
        properties: {
          value: { type: 'integer' },
          branches: { type: 'array', items: { $ref: '#/schemas/TreeGrownPayload' } },
        },
      },
    });
  });

  it('strips x-*, externalDocs and the string discriminator, but keeps properties named x-*', async () => {
    const order = (await named('Order')).schema as Record<string, unknown>;
    expect(Object.keys(order)).toEqual(['type', 'required', 'properties']);
    expect(Object.keys(order.properties as object)).toEqual([
      'id',
      'kind',
      'x-legacy-code',
      'total',
      'refund',
      'shipping',
      'billing',
      'reference',
    ]);
    expect((await named('Currency')).schema).toEqual({ type: 'string', enum: ['USD', 'EUR'] });
  });

  it('inlines a $ref to a place that is not named, merging its sibling keywords', async () => {
    const order = (await named('Order')).schema as { properties: Record<string, unknown> };
    expect(order.properties.reference).toEqual({ type: 'string', description: 'Same shape as the id.' });
  });

  it('reads a 2020-12 multi-format payload: dialect, component wrapper named by its key, object discriminator kept', async () => {
    const event = eventOf(await document(), 'point.recorded@1');
    expect(event.dialect).toBe('2020-12');
    expect(event.payload).toEqual({
      type: 'object',
      properties: {
        at: { $ref: '#/schemas/Coordinates' },
        labels: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
        pet: {
          oneOf: [{ $ref: '#/schemas/Cat' }, { $ref: '#/schemas/Dog' }],
          discriminator: { propertyName: 'petType' },
        },
      },
    });
    expect((await named('Coordinates')).schema).toEqual({
      type: 'array',
      prefixItems: [{ type: 'number' }, { type: 'number' }],
    });
  });

  it('reads headers and examples with their locations', async () => {
    const event = eventOf(await document(), 'order.created@1');
    expect(event.dialect).toBe('draft-07');
    expect(event.headers).toEqual({ type: 'object', properties: { 'x-request-id': { type: 'string' } } });
    expect(event.examples).toEqual([
      {
        name: 'minimal',
        summary: 'The smallest valid order.',
        payload: { id: 'ord_1', total: { amount: 100, currency: 'USD' } },
        headers: { 'x-request-id': 'req_1' },
        source: {
          file: 'asyncapi.yaml',
          line: 135,
          col: 11,
          pointer: '/components/messages/OrderCreated/examples/0',
        },
      },
    ]);
  });

  it('builds a plain-JSON contract: same document, same JSON', async () => {
    const { contract } = await document();
    expect(JSON.parse(JSON.stringify(contract))).toEqual(contract);
    expect(contract).toMatchObject({
      name: 'schema-rebuild',
      title: 'Schema Rebuild',
      bodyMode: 'envelope',
      irVersion: 1,
    });
  });

  it('reads a JSON entry document and JSON schema libraries, with positions', async () => {
    const result = await load('json/asyncapi.json');
    expect(diagnosticLines(result)).toBe('');
    expect(eventOf(result, 'order.created@1').payload).toEqual({ $ref: '#/schemas/Order' });
    expect(result.contract?.schemas.Order).toEqual({
      name: 'Order',
      nameSource: 'component',
      schema: { type: 'object', properties: { total: { $ref: '#/schemas/Money' } } },
      source: { file: 'order.json', line: 2, col: 3, pointer: '/Order' },
    });
    expect(result.contract?.schemas.Money?.source.file).toBe('../schemas/common.yaml');
  });
});
