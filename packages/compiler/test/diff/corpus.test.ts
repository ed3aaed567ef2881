import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import type { DiffResult } from '../../src/diff/change.js';
import { diffContracts } from '../../src/diff/diff-contracts.js';
import { createSourceLocator } from '../../src/diff/source-locator.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { CASES } from './corpus/cases.js';
import { corpusDocument, eventType } from './corpus/corpus-document.js';

let dir: string;
let result: DiffResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-diff-corpus-'));
  const loader = new ContractLoader();
  const sides = [];
  for (const side of ['old', 'new'] as const) {
    const file = join(dir, `${side}.json`);
    await writeFile(file, corpusDocument(CASES, side));
    const loaded = await loader.load(file, { cwd: dir });
    if (!loaded.contract) throw new Error(loaded.diagnostics.map(formatDiagnostic).join('\n'));
    sides.push({ contract: loaded.contract, locate: createSourceLocator(dir) });
  }
  await loader.close();
  result = diffContracts(sides[0]!, sides[1]!);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('diff corpus (compact pairs, loaded from real documents)', () => {
  it('has at least one pair per rule id it names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of CASES) {
    it(c.name, () => {
      const changes = result.changes
        .filter((change) => change.event.startsWith(`${eventType(c)}@`))
        .map((change) => [change.impact, change.rule, change.pointer]);
      expect(changes).toEqual(c.want);
    });
  }
  it('says which part of the event a change is in', () => {
    const change = result.changes.find((c) => c.event === 'corpus.header-required-added@1')!;
    expect(change).toMatchObject({
      part: 'headers',
      source: { pointer: expect.stringMatching(/\/headers\/required\/0$/) },
    });
  });

  it('locates every change in the document it names, at the changed keyword', () => {
    const change = result.changes.find((c) => c.event === 'corpus.enum-value-added@1')!;
    expect(change.location).toMatch(/^new\.json:\d+:\d+$/);
    expect(change.source.pointer).toMatch(/\/properties\/status\/enum$/);
  });
});
