/**
 * The official JSON Schema Test Suite, run through the validators Hookwright emits: every schema
 * of the suite becomes an event payload, the contract is emitted as `generate` would, the
 * generated modules are loaded, and every test's verdict must equal the suite's. Deviations kept
 * on purpose are listed in `json-schema-test-suite.deviations.ts` with their reason (and in
 * docs/validators.md); the test fails when a listed deviation disappears or a new one appears.
 *
 * draft-07 comes from Debian's `json-schema-test-suite` package (`apt-get install
 * json-schema-test-suite`, files under /usr/share/json-schema-test-suite/tests), which stops at
 * draft-07; 2020-12 from the copy of the suite that Debian's `libtest-json-schema-acceptance-perl`
 * ships (Test::JSON::Schema::Acceptance 1.019). `JSON_SCHEMA_TEST_SUITE` names one checkout's
 * `tests` folder for both instead. scripts/install-services.sh installs both packages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../runtime/src/validation/index.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { emitCompiledValidators } from '../../src/emit/validators/emit-validators.js';
import type { Contract, JsonSchema, JsonValue, SchemaDialect } from '../../src/ir/contract.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { SUITE_DEVIATIONS } from './json-schema-test-suite.deviations.js';

const CHECKOUT = process.env.JSON_SCHEMA_TEST_SUITE;
const DEBIAN_SUITE = CHECKOUT ?? '/usr/share/json-schema-test-suite/tests';
const PERL_SUITE = CHECKOUT ?? '/usr/share/perl5/auto/share/dist/Test-JSON-Schema-Acceptance/tests';

interface SuiteCase {
  description: string;
  schema: JsonSchema;
  tests: Array<{ description: string; data: JsonValue; valid: boolean }>;
}

interface LoadedCase extends SuiteCase {
  /** `<file>: <case description>`, the key deviations are listed under. */
  label: string;
  eventType: string;
}

/** The optional format files of one draft's folder, as `format/<file>`. */
function formats(dir: string): string[] {
  return existsSync(join(dir, 'optional/format'))
    ? readdirSync(join(dir, 'optional/format'))
        .sort()
        .map((f) => `format/${f}`)
    : [];
}

interface Suite {
  dialect: SchemaDialect;
  /** The draft's folder: `<root>/draft7`. */
  dir: string;
  /** What installs it, for the failure message when it is missing. */
  source: string;
  /** Optional files about validation that are run too. */
  optional: string[];
  /** A read that finds fewer tests than this is broken. */
  atLeast: number;
}

const SUITES: Suite[] = [
  {
    dialect: 'draft-07',
    dir: join(DEBIAN_SUITE, 'draft7'),
    source: 'apt-get install json-schema-test-suite',
    optional: [
      'bignum.json',
      'ecmascript-regex.json',
      'zeroTerminatedFloats.json',
      'content.json',
      ...formats(join(DEBIAN_SUITE, 'draft7')),
    ],
    // The Debian package's draft-07 files hold about 900 tests.
    atLeast: 500,
  },
  {
    dialect: '2020-12',
    dir: join(PERL_SUITE, 'draft2020-12'),
    source: 'apt-get install libtest-json-schema-acceptance-perl',
    optional: [
      'bignum.json',
      'ecmascript-regex.json',
      'non-bmp-regex.json',
      'float-overflow.json',
      'unicode.json',
      'refOfUnknownKeyword.json',
      ...formats(join(PERL_SUITE, 'draft2020-12')),
    ],
    atLeast: 1000,
  },
];

function readSuite(dir: string, optional: string[]): LoadedCase[] {
  const files = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort(),
    ...optional.map((f) => `optional/${f}`),
  ];
  return files.flatMap((file) =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as SuiteCase[]).map((c, i) => ({
      ...c,
      label: `${file}: ${c.description}`,
      eventType: `${file.replace(/\W/g, '_')}.case${i}`,
    })),
  );
}

/** Describes a verdict that differs from the suite's, as the deviation list writes it. */
const deviation = (c: LoadedCase, test: string) => `${c.label} / ${test}`;

describe('JSON Schema Test Suite', () => {
  for (const suite of SUITES) {
    describe(suite.dialect, () => {
      it(`is installed (${suite.source}, or set JSON_SCHEMA_TEST_SUITE)`, () => {
        expect(existsSync(suite.dir), suite.dir).toBe(true);
      });
      const cases = existsSync(suite.dir) ? readSuite(suite.dir, suite.optional) : [];
      let sandbox: ValidatorSandbox | undefined;
      let validators: Record<string, Validator> = {};
      const refused = new Set<string>();

      beforeAll(async () => {
        const contract = contractOf({
          events: cases.map((c) => eventVersion(c.eventType, 1, c.schema, { dialect: suite.dialect })),
        });
        // A schema that does not compile is a deviation of its own; the rest are emitted.
        const first = compileContract(contract, { emitCode: true });
        for (const d of first.diagnostics) {
          if (d.severity !== 'error') continue;
          const hit = cases.find((c) => d.message.startsWith(`payload of ${c.eventType}@1:`));
          if (hit) refused.add(hit.eventType);
        }
        const kept: Contract = {
          ...contract,
          events: contract.events.filter((e) => !refused.has(e.type)),
        };
        const compiled = compileContract(kept, { emitCode: true });
        sandbox = await createValidatorSandbox(emitCompiledValidators(kept, compiled));
        ({ validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js'));
      }, 120_000);
      afterAll(() => sandbox?.cleanup());

      it('agrees with every verdict of the suite, except the deviations listed with their reasons', () => {
        const found: string[] = [];
        let checked = 0;
        for (const c of cases) {
          if (refused.has(c.eventType)) {
            found.push(`${c.label} / (schema refused)`);
            continue;
          }
          const validate = validators[`${c.eventType}@1`];
          if (!validate) throw new Error(`no validator for ${c.label}`);
          for (const test of c.tests) {
            checked++;
            if (validate(test.data).valid !== test.valid) found.push(deviation(c, test.description));
          }
        }
        expect(checked).toBeGreaterThan(suite.atLeast);
        // SUITE_DUMP=1 prints what differs, to review against the list (after a suite update, say).
        if (process.env.SUITE_DUMP) console.log(JSON.stringify(found.sort(), null, 1));
        expect(found.sort()).toEqual(Object.keys(SUITE_DEVIATIONS[suite.dialect]).sort());
      });
    });
  }
});
