/**
 * The diff corpus, file part: pairs that need more than one document shape, a `$ref` moved to
 * another file and renamed, and the same contract written in AsyncAPI 2.6 and 3.0 (3.0's
 * `nullable` against a `null` type included).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { diffContracts } from '../../src/diff/diff-contracts.js';
import { createSourceLocator } from '../../src/diff/source-locator.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { runTable } from '../helpers/table.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));
const loader = new ContractLoader();
afterAll(() => loader.close());

async function side(file: string) {
  const entry = join(FIXTURES, file);
  const loaded = await loader.load(entry, { cwd: FIXTURES });
  if (!loaded.contract) throw new Error(loaded.diagnostics.map(formatDiagnostic).join('\n'));
  return { contract: loaded.contract, locate: createSourceLocator(dirname(entry)) };
}

async function classify([oldFile, newFile]: [string, string]) {
  const result = diffContracts(await side(oldFile), await side(newFile));
  return result.changes.map((c) => `${c.location} ${c.impact} ${c.rule} ${c.event} ${c.pointer}`);
}

runTable(
  'diff corpus (file pairs)',
  [
    {
      name: 'a component moved to another file and renamed, keys reordered: no change',
      given: ['ref-moved/old/asyncapi.yaml', 'ref-moved/new/asyncapi.yaml'],
      want: [],
    },
    {
      name: 'the same contract in AsyncAPI 2.6 (nullable) and 3.0 (null type): no change',
      given: ['versions/asyncapi-2.6.yaml', 'versions/asyncapi-3.0.yaml'],
      want: [],
    },
    {
      name: 'and back from 3.0 to 2.6',
      given: ['versions/asyncapi-3.0.yaml', 'versions/asyncapi-2.6.yaml'],
      want: [],
    },
    {
      name: '2.6 to 3.0 with an enum value added: located in the 3.0 file',
      given: ['versions/asyncapi-2.6.yaml', 'versions/asyncapi-3.0-refunded.yaml'],
      want: [
        'asyncapi-3.0-refunded.yaml:34:11 breaks-receivers enum-value-added order.created@1 /properties/status/enum',
      ],
    },
    {
      name: 'the reverse removes the value, located in the 2.6 file',
      given: ['versions/asyncapi-3.0-refunded.yaml', 'versions/asyncapi-2.6.yaml'],
      want: [
        'asyncapi-2.6.yaml:27:11 breaks-senders enum-value-removed order.created@1 /properties/status/enum',
      ],
    },
  ],
  classify,
);
