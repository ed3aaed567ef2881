import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../src/emit/files.js';
import {
  type CompiledModule,
  compiledModule,
  constant,
  importNames,
  untyped,
} from '../../src/emit/packages/compiled-module.js';
import { emitReceiverModule } from '../../src/emit/packages/receiver-source.js';
import { emitSenderModule } from '../../src/emit/packages/sender-source.js';
import type { Contract } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { transpiled } from '../helpers/transpile.js';

const payload = { type: 'object' };

// The templates branch on one thing: whether a message describes headers (EventHeadersMap).
const contracts: { name: string; contract: Contract }[] = [
  {
    name: 'no headers',
    contract: contractOf({
      events: [eventVersion('order.created', 1, payload), eventVersion('order.paid', 2, payload)],
    }),
  },
  {
    name: 'headers on one event of two',
    contract: contractOf({
      events: [
        eventVersion('order.created', 1, payload, { headers: { type: 'object' } }),
        eventVersion('order.paid', 1, payload),
      ],
    }),
  },
];

const modules: { role: string; emit: (contract: Contract) => CompiledModule }[] = [
  { role: 'sender', emit: emitSenderModule },
  { role: 'receiver', emit: emitReceiverModule },
];

const cases = modules.flatMap(({ role, emit }) =>
  contracts.map(({ name, contract }) => ({ role, name, emit, contract })),
);

describe('the index modules of the sender and receiver', () => {
  // The dist/ pair is written from the template; TypeScript compiling the source is what it must equal.
  it.each(cases)('$role, $name: writes dist/ exactly as TypeScript compiles src/', ({ emit, contract }) => {
    const { source, js, declaration } = emit(contract);
    const compiled = transpiled('index.ts', source);
    expect(js).toBe(compiled.js);
    expect(declaration).toBe(compiled.declaration);
  });

  it.each(modules)(
    '$role: binds EventHeadersMap and exports InvalidHeadersError only when a message has headers',
    ({ emit }) => {
      const [plain, withHeaders] = contracts.map(({ contract }) => emit(contract));
      expect(plain!.source).not.toMatch(/EventHeadersMap|InvalidHeadersError/);
      expect(withHeaders!.source).toContain("import type { EventHeadersMap, EventMap } from './types.js';");
      expect(withHeaders!.js).toMatch(/export \{[^}]*InvalidHeadersError/);
      expect(withHeaders!.declaration).toMatch(/<EventMap, (LatestVersions, )?EventHeadersMap>/);
    },
  );
});

describe('compiledModule', () => {
  it('keeps the generated header in the JavaScript when the first statement stays there', () => {
    const { source, js, declaration } = compiledModule([
      importNames({ names: ['events', 'type LatestVersions'], from: './events.js' }),
      constant({
        exported: true,
        name: 'latest',
        type: 'LatestVersions | undefined',
        value: untyped('undefined'),
      }),
      constant({ exported: false, name: 'table', type: 'typeof events', value: untyped('events') }),
    ]);
    const compiled = transpiled('module.ts', source);
    expect(js.startsWith(GENERATED_HEADER)).toBe(true);
    expect(js).toBe(compiled.js);
    expect(declaration).toBe(compiled.declaration);
  });
});
