/**
 * Loading fixtures under test/fixtures/load with one ContractLoader per test file (the parser
 * costs about a second per document, so each document is loaded once and shared by its cases).
 */
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import type { EventVersion } from '../../src/ir/contract.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import type { LoadOptions, LoadResult } from '../../src/load/load-options.js';

/** Diagnostics are shown relative to this folder, so snapshots do not depend on where vitest runs. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/load/', import.meta.url));

export function fixtureLoader(): (file: string, options?: LoadOptions) => Promise<LoadResult> {
  const loader = new ContractLoader();
  const results = new Map<string, Promise<LoadResult>>();
  return (file, options = {}) => {
    const key = JSON.stringify([file, options]);
    let result = results.get(key);
    if (!result) {
      result = loader.load(file, { cwd: FIXTURES, ...options });
      results.set(key, result);
    }
    return result;
  };
}

/** `file:line:col severity code message`, one per line, as the CLI prints them. */
export function diagnosticLines(result: LoadResult): string {
  return result.diagnostics.map(formatDiagnostic).join('\n');
}

/** The event with `id`, failing with the diagnostics when the load produced no contract. */
export function eventOf(result: LoadResult, id: string): EventVersion {
  if (!result.contract) throw new Error(`no contract:\n${diagnosticLines(result)}`);
  const event = result.contract.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}; found ${result.contract.events.map((e) => e.id).join(', ')}`);
  return event;
}
