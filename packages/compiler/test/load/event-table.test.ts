import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEventTable } from '../../src/ir/format-event-table.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { contractOf, eventVersion, testSource } from '../helpers/contract-ir.js';
import { diagnosticLines } from './load-fixture.js';

describe('formatEventTable', () => {
  it('prints one aligned row per event version', () => {
    const contract = contractOf({
      name: 'acme-shop',
      title: 'Acme Shop',
      version: '2.4.0',
      schemas: { Money: { type: 'integer' } },
      events: [
        eventVersion(
          'order.created',
          1,
          {},
          { name: 'OrderCreated', deprecated: true, summary: 'A customer checked out.' },
        ),
        eventVersion(
          'order.created',
          2,
          {},
          { summary: 'A customer\n  checked out.', source: { ...testSource(), line: 208 } },
        ),
        eventVersion('refund.succeeded', 1, {}, { name: 'RefundSucceeded', summary: 'x'.repeat(70) }),
      ],
    });
    expect(formatEventTable(contract)).toBe(
      [
        'Acme Shop 2.4.0 (acme-shop): 3 event versions, 1 named schema',
        '',
        'ID                  NAME             DEPRECATED  SUMMARY                                                       SOURCE',
        'order.created@1     OrderCreated     yes         A customer checked out.                                       asyncapi.yaml:1',
        'order.created@2     OrderCreatedV2   no          A customer checked out.                                       asyncapi.yaml:208',
        `refund.succeeded@1  RefundSucceeded  no          ${'x'.repeat(57)}...  asyncapi.yaml:1`,
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no events', () => {
    expect(formatEventTable(contractOf())).toBe(
      'Test contract 1.0.0 (test-contract): 0 event versions, 0 named schemas\n',
    );
  });
});

const example = fileURLToPath(
  new URL('../../../../examples/acme-shop/asyncapi/asyncapi.yaml', import.meta.url),
);

describe.skipIf(!existsSync(example))('the acme-shop example', () => {
  it('loads without diagnostics: 10+ types, several versions, a deprecated one, shared named schemas', async () => {
    const result = await new ContractLoader().load(example);
    expect(diagnosticLines(result)).toBe('');
    const contract = result.contract!;
    expect(contract.name).toBe('acme-shop');
    const versions = new Map<string, number>();
    for (const e of contract.events) versions.set(e.type, (versions.get(e.type) ?? 0) + 1);
    expect(versions.size).toBeGreaterThanOrEqual(10);
    expect([...versions.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
    expect(contract.events.some((e) => e.deprecated)).toBe(true);
    expect(contract.schemas.Money?.source.file).toBe('common.yaml');
    expect(JSON.stringify(contract)).not.toMatch(/AnonymousSchema|anonymous-schema|x-parser-/);
  });
});
