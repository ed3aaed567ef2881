/**
 * Files saved by Windows editors start with a UTF-8 byte order mark. It must change nothing: a
 * JSON document is read rather than refused, and every position is where an editor shows it
 * (the YAML parser counts offsets after the mark, so they used to be one column off).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { diagnosticLines, FIXTURES, fixtureLoader } from './load-fixture.js';

const plain = fixtureLoader();
const marked = new ContractLoader();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-bom-'));
});
afterAll(async () => {
  await marked.close();
  await rm(dir, { recursive: true, force: true });
});

/** Loads a copy of a self-contained fixture with U+FEFF in front, shown under the fixture's own name. */
async function loadWithMark(fixture: string) {
  const name = fixture.replace('/', '-');
  const text = await readFile(join(FIXTURES, fixture), 'utf8');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  await writeFile(join(dir, name), `\ufeff${text}`);
  const result = await marked.load(name, { cwd: dir });
  return { result, lines: diagnosticLines(result).replaceAll(name, fixture) };
}

describe('a byte order mark at the start of a file', () => {
  it.each([
    ['diagnostics/identity-errors.yaml', 'errors found in the IR, at keys in column 7'],
    ['diagnostics/one-bad-example.yaml', 'a finding of the AsyncAPI parser'],
    ['json/bad-version.json', 'a JSON document (JSON itself has no place for the mark)'],
  ])('%s (%s): the same diagnostics at the same positions as without it', async (fixture) => {
    const expected = diagnosticLines(await plain(fixture));
    expect(expected).not.toBe('');
    expect((await loadWithMark(fixture)).lines).toBe(expected);
  });
});
