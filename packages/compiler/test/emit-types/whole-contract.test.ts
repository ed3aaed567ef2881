import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../src/emit/files.js';
import { emitTypes } from '../../src/emit/types/index.js';
import type { Contract } from '../../src/ir/contract.js';
import { declarationsOf } from '../helpers/declarations.js';
import { formatTypeDiagnostics, STRICT_COMPILER_OPTIONS, typecheck } from '../helpers/typecheck.js';
import { shopContract } from './fixtures/shop-contract.js';
import { shopUsage } from './fixtures/shop-usage.js';

const types = emitTypes(shopContract)['types.ts']!;

describe('whole contract: shop (6 event versions, recursion, nullable, map, oneOf)', () => {
  it('emits exactly one file, types.ts, matching the reviewed golden file', async () => {
    expect(Object.keys(emitTypes(shopContract))).toEqual(['types.ts']);
    await expect(types).toMatchFileSnapshot('__golden__/shop-types.ts');
  });

  it('compiles under strict TypeScript, with exactOptionalPropertyTypes on and off', () => {
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': types }))).toBe('');
    const loose = { ...STRICT_COMPILER_OPTIONS, exactOptionalPropertyTypes: false };
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': types }, loose))).toBe('');
  });

  it('type-level: narrowing on type then version, EventMap keys, LatestEventMap, closed/nullable/map types', () => {
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': types, 'usage.ts': shopUsage }))).toBe('');
  });

  it('type-level checks have teeth: a wrong assertion is reported', () => {
    const wrong = shopUsage.replace("'shipment.dispatched@1'>>();", "'shipment.dispatched@3'>>();");
    expect(wrong).not.toBe(shopUsage);
    const diagnostics = typecheck({ 'types.ts': types, 'usage.ts': wrong });
    expect(diagnostics.map((d) => `${d.file} TS${d.code}`)).toEqual(['usage.ts TS2344']);
  });

  it('declares named schemas sorted by name, then events in IR order, then the index types', () => {
    expect([...declarationsOf(types).keys()]).toEqual([
      'Address',
      'BankTransfer',
      'Card',
      'Category',
      'CurrencyCode',
      'Customer',
      'LegacyOrder',
      'LineItem',
      'Metadata',
      'Money',
      'Order',
      'PaymentMethod',
      'CustomerUpdatedV1Data',
      'CustomerUpdatedV1Event',
      'OrderCancelledV1Data',
      'OrderCancelledV1Event',
      'OrderCreatedV1Data',
      'OrderCreatedV1Event',
      'OrderCreatedV2Data',
      'OrderCreatedV2Event',
      'PaymentSucceededV1Data',
      'PaymentSucceededV1Event',
      'ShipmentDispatchedV1Data',
      'ShipmentDispatchedV1Event',
      'EventMap',
      'EventId',
      'EventType',
      'WebhookEvent',
      'LatestEventMap',
    ]);
  });
});

describe('determinism', () => {
  it('same input, same bytes: header first, LF only, one trailing newline', () => {
    expect(emitTypes(shopContract)['types.ts']).toBe(types);
    expect(types.startsWith(`${GENERATED_HEADER}\n`)).toBe(true);
    expect(types).not.toMatch(/\r/);
    expect(types.endsWith('}\n')).toBe(true);
  });

  it('independent of object identity and schema insertion order (JSON round trip, reversed keys)', () => {
    const copy = JSON.parse(JSON.stringify(shopContract)) as Contract;
    copy.schemas = Object.fromEntries(Object.entries(copy.schemas).reverse());
    expect(emitTypes(copy)['types.ts']).toBe(types);
  });
});
