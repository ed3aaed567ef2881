/** The example contract's catalog and the 200-event one, built once per test file. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticContract } from '../../../../scripts/synthetic/index.js';
import { createGenerator } from '../../src/generate/generator.js';
import type { Contract } from '../../src/ir/contract.js';

export const repo = new URL('../../../../', import.meta.url).pathname;
export const exampleDocument = join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml');

/** Loads a contract IR with a fresh generator (closed afterwards). */
export async function loadContract(document: string): Promise<Contract> {
  const generator = createGenerator();
  try {
    const result = await generator.load(document);
    if (!result.contract) throw new Error(`${document} did not load: ${JSON.stringify(result.diagnostics)}`);
    return result.contract;
  } finally {
    await generator.close();
  }
}

export async function syntheticDocument(events = 200): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'hookwright-docs-synthetic-')), 'asyncapi.yaml');
  await writeFile(file, syntheticContract({ events }));
  return file;
}
