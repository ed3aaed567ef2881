/**
 * Watch mode's incremental validators (ValidatorSession): after every kind of schema edit, a
 * build that reuses the last one's ajv instances and rewritten code gives exactly what a fresh
 * build gives, and compiles only the edited schemas and the ones that use them. Also: rewriting a
 * module segment by segment gives what rewriting it whole gives, up to ajv's counter names.
 */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { buildValidators, type ValidatorBuild } from '../../src/emit/validators/build-validators.js';
import { canonicalNames } from '../../src/emit/validators/canonical-names.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { ModuleRewriter } from '../../src/emit/validators/module-segments.js';
import { rewriteStandalone } from '../../src/emit/validators/rewrite/rewrite-standalone.js';
import { ValidatorSession } from '../../src/emit/validators/validator-session.js';
import type { Contract, JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { syntheticValidatorContract } from '../helpers/synthetic-validator-contract.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

type Edit = [label: string, change: (contract: Contract) => void];

const object = (schema: JsonSchema) =>
  schema as Record<string, unknown> & { properties: Record<string, unknown> };
const payloadOf = (contract: Contract, index: number) => object(contract.events[index]!.payload!);
const schemaOf = (contract: Contract, name: string) => object(contract.schemas[name]!.schema);

/** Applied one after another to the synthetic contract (twenty shared schemas, twelve events). */
const EDITS: Edit[] = [
  [
    'a property with a new pattern in a shared schema',
    (c) => {
      schemaOf(c, 'Shared3').properties.code = { type: 'string', pattern: '^[A-Z]{3}-\\d+$' };
    },
  ],
  [
    'an enum and a maxLength in one event payload',
    (c) => {
      payloadOf(c, 4).properties.tier = { enum: ['gold', 'silver'] };
      payloadOf(c, 4).properties.label = { type: 'string', maxLength: 64 };
    },
  ],
  [
    'nothing that reaches the schemas',
    (c) => {
      c.events[2]!.summary = 'Edited summary';
    },
  ],
  [
    'a new named schema, referenced by an event (export names shift)',
    (c) => {
      c.schemas.Aardvark = {
        ...c.schemas.Shared0!,
        name: 'Aardvark',
        schema: { type: 'integer', minimum: 3 },
      };
      c.schemas = Object.fromEntries(Object.entries(c.schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
      payloadOf(c, 7).properties.count = { $ref: '#/schemas/Aardvark' };
    },
  ],
  [
    'a recursive named schema',
    (c) => {
      c.schemas.Tree = {
        ...c.schemas.Shared0!,
        name: 'Tree',
        schema: {
          type: 'object',
          properties: { children: { type: 'array', items: { $ref: '#/schemas/Tree' } } },
        },
      };
      payloadOf(c, 1).properties.tree = { $ref: '#/schemas/Tree' };
    },
  ],
  [
    'a property removed from a shared schema',
    (c) => {
      delete schemaOf(c, 'Shared3').properties.at;
    },
  ],
  [
    'a schema the meta-schema refuses',
    (c) => {
      schemaOf(c, 'Shared5').properties.count = { type: 5 };
    },
  ],
  [
    'the refused schema fixed',
    (c) => {
      schemaOf(c, 'Shared5').properties.count = { type: 'integer' };
    },
  ],
  [
    'a strict-mode warning, then its lines moved',
    (c) => {
      schemaOf(c, 'Shared8').properties.pair = { type: 'array', items: [{ type: 'string' }], minItems: 1 };
    },
  ],
  [
    'the warned schema moved in the document',
    (c) => {
      c.schemas.Shared8!.source = { ...c.schemas.Shared8!.source, line: 40 };
    },
  ],
  [
    'a named schema removed',
    (c) => {
      delete c.schemas.Aardvark;
      delete payloadOf(c, 7).properties.count;
    },
  ],
];

describe('buildValidators with a ValidatorSession', () => {
  it('gives what a fresh build gives after each kind of edit', () => {
    const session = new ValidatorSession();
    let contract = syntheticValidatorContract(12);
    expect(withoutCompiled(buildValidators(contract, {}, session))).toEqual(
      withoutCompiled(buildValidators(contract)),
    );
    for (const [label, change] of EDITS) {
      contract = structuredClone(contract);
      change(contract);
      const kept = withoutCompiled(buildValidators(contract, {}, session));
      expect(kept, label).toEqual(withoutCompiled(buildValidators(contract)));
      if (label.includes('refuses')) expect(kept.files, label).toBeUndefined();
      else expect(kept.files, label).toBeDefined();
    }
  });

  it('stays right through many edits, when a fresh ajv instance replaces the one replaced code filled', () => {
    const session = new ValidatorSession();
    let contract = syntheticValidatorContract(12);
    buildValidators(contract, {}, session);
    const first = functionsOf(buildValidators(contract, {}, session), contract).get('Shared1');
    for (let edit = 0; edit < 50; edit++) {
      contract = structuredClone(contract);
      schemaOf(contract, 'Shared0').properties[`p${edit}`] = { type: 'string', maxLength: edit + 1 };
      const kept = withoutCompiled(buildValidators(contract, {}, session));
      if (edit % 10 === 9) expect(kept, `edit ${edit}`).toEqual(withoutCompiled(buildValidators(contract)));
    }
    // Shared1 never changed: only a new instance compiles it again.
    expect(functionsOf(buildValidators(contract, {}, session), contract).get('Shared1')).not.toBe(first);
  });

  it('compiles only the edited schema and the schemas that reach it', () => {
    const session = new ValidatorSession();
    const contract = syntheticValidatorContract(12);
    const before = functionsOf(buildValidators(contract, {}, session), contract);
    const edited = structuredClone(contract);
    schemaOf(edited, 'Shared3').properties.extra = { type: 'boolean' };
    const after = functionsOf(buildValidators(edited, {}, session), edited);
    const users = edited.events.filter((e) => JSON.stringify(e.payload).includes('"#/schemas/Shared3"'));
    const changed = [...after.keys()].filter((key) => after.get(key) !== before.get(key)).sort();
    expect(changed).toEqual(['Shared3', ...users.map((e) => e.id)].sort());
    expect(users.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.size / 2);
  });
});

describe('ModuleRewriter', () => {
  const node = {
    $dynamicAnchor: 'node',
    type: 'object',
    properties: { children: { type: 'array', items: { $dynamicRef: '#node' } } },
  };
  const contracts: [string, Contract][] = [
    ['synthetic', syntheticValidatorContract(12)],
    ['shop', shopContract()],
    ['keywords', keywordsContract()],
    ['$dynamicRef (ajv calling convention)', contractOf({ events: [eventVersion('tree.built', 1, node)] })],
  ];
  it.each(contracts)(
    'rewrites %s export by export as rewriteStandalone does the whole module',
    (_, contract) => {
      const compiled = compileContract(contract, { emitCode: true });
      for (const dialect of compiled.dialects) {
        const exports = Object.fromEntries(dialect.plan.units.map((unit) => [unit.exportName, unit.id]));
        const code = standaloneModule.default(dialect.ajv, exports).slice('"use strict";'.length);
        const whole = rewriteStandalone(code);
        const rewriter = new ModuleRewriter();
        const pieces = rewriter.rewrite(code);
        expect(canonicalNames(pieces.code)).toBe(canonicalNames(whole.code));
        expect(pieces.imports).toEqual(whole.imports);
        expect(rewriter.rewrite(code)).toEqual(pieces);
      }
    },
  );
});

describe('canonicalNames', () => {
  it('numbers module names by first appearance and leaves strings and properties alone', () => {
    const code = [
      'export const s0 = validate21;',
      'const schema7 = {"validate21":"pattern3","x":"a \\" validate21"};',
      'const pattern3 = new RegExp("^validate21$", "u");',
      'function validate21(data){if(data.pattern3 && pattern3.test(data.func2)){return hw_value9();}}',
    ].join('\n');
    expect(canonicalNames(code)).toBe(
      [
        'export const s0 = validate0;',
        'const schema0 = {"validate21":"pattern3","x":"a \\" validate21"};',
        'const pattern0 = new RegExp("^validate21$", "u");',
        'function validate0(data){if(data.pattern3 && pattern0.test(data.func2)){return hw_value0();}}',
      ].join('\n'),
    );
  });
});

function withoutCompiled({ compiled: _, ...rest }: ValidatorBuild): ValidatorBuild {
  return rest;
}

/** The compiled function behind every named schema and event payload, by name or event id. */
function functionsOf(build: ValidatorBuild, contract: Contract): Map<string, unknown> {
  const { compiled } = build;
  if (!compiled) throw new Error('no validators');
  const functions = new Map<string, unknown>();
  for (const [name, binding] of compiled.plan.schemas) functions.set(name, compiled.validatorFor(binding));
  for (const event of contract.events) {
    const binding = compiled.plan.payloads.get(event.id);
    if (binding) functions.set(event.id, compiled.validatorFor(binding));
  }
  return functions;
}
