import type { Contract } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { latestEventVersions } from '../types/latest-versions.js';
import { headerNames } from './header-names.js';

const q = (text: string) => JSON.stringify(text);

/**
 * `src/events.ts` of both packages: the runtime event table (each version with its compiled
 * validator, and its header validator when its message describes headers) and `LatestVersions`,
 * which version `'<type>'` alone stands for.
 * Author strings only ever appear JSON-quoted.
 */
export function emitEventsSource(contract: Contract): string {
  const rows = contract.events.map((e) => {
    const fields = `type: ${q(e.type)}, version: ${e.version}, deprecated: ${e.deprecated}, validate: validators[${q(e.id)}]`;
    if (e.headers === undefined) return `  { ${fields} },\n`;
    // Events whose message describes headers carry the schema's spellings and the header validator.
    const names = JSON.stringify(headerNames(contract, e.headers));
    return `  {\n    ${fields},\n    headers: { names: ${names}, validate: headerValidators[${q(e.id)}] },\n  },\n`;
  });
  const hasHeaders = contract.events.some((e) => e.headers !== undefined);
  const latest = [...latestEventVersions(contract.events).values()]
    .map((e) => `  ${q(e.type)}: ${e.version};\n`)
    .sort();
  // The wire format is data (JSON, so author strings stay quoted); `defineWire` checks and compiles it.
  const wire = contract.wire && { body: contract.bodyMode, ...contract.wire };
  return [
    GENERATED_HEADER,
    `import { createEventTable, ${wire ? 'defineWire, ' : ''}type EventTable } from '@hookwright/runtime/events';\n`,
    `import { ${hasHeaders ? 'headerValidators, ' : ''}validators } from './validators.js';\n`,
    '\n',
    '/** Every event version of the contract with its compiled payload validator. */\n',
    `export const events: EventTable = createEventTable([\n${rows.join('')}]${wire ? `, {\n  wire: defineWire(${JSON.stringify(wire)}),\n}` : ''});\n`,
    '\n',
    '/** The version each event type stands for when no version is named: the highest one not deprecated. */\n',
    `export interface LatestVersions {\n${latest.join('')}}\n`,
  ].join('');
}
