import type { Contract, EventVersion } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { latestEventVersions } from '../types/latest-versions.js';
import { closedHeaderSchema, headerNames, headerValueTypes } from './header-names.js';

const q = (text: string) => JSON.stringify(text);

/** `src/events.ts` and the `dist/events.js` + `dist/events.d.ts` TypeScript would compile it to. */
export interface EventsModule {
  source: string;
  js: string;
  declaration: string;
}

/**
 * JSON written the way TypeScript's printer writes a one-line literal it re-emits: a space inside
 * `{ }`, after each `:` and `,` (`{ "a": ["x", 1] }`); strings and numbers keep their JSON text.
 */
function printedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(printedJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${q(key)}: ${printedJson(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * One event table row in the source's layout (`indent` = the source's two spaces) or the
 * compiled one (four), with `json` printing the header names as each form has them.
 */
function row(contract: Contract, e: EventVersion, indent: string, json: (value: unknown) => string): string {
  const fields = `type: ${q(e.type)}, version: ${e.version}, deprecated: ${e.deprecated}, validate: validators[${q(e.id)}]`;
  if (e.headers === undefined) return `${indent}{ ${fields} },\n`;
  // Events whose message describes headers carry the schema's spellings and the header validator.
  // A closed schema gets `closed: true`: the receiver then checks the declared headers alone.
  // Headers typed as numbers or booleans get `values`: the receiver reads their text as that type.
  const names = json(headerNames(contract, e.headers));
  const closed = closedHeaderSchema(contract, e.headers) ? ', closed: true' : '';
  const types = headerValueTypes(contract, e.headers);
  const values = Object.keys(types).length > 0 ? `, values: ${json(types)}` : '';
  const inner = indent + indent;
  return `${indent}{\n${inner}${fields},\n${inner}headers: { names: ${names}${closed}${values}, validate: headerValidators[${q(e.id)}] },\n${indent}},\n`;
}

/**
 * `src/events.ts` of both packages: the runtime event table (each version with its compiled
 * validator, and its header validator when its message describes headers) and `LatestVersions`,
 * which version `'<type>'` alone stands for. Author strings only ever appear JSON-quoted.
 *
 * Also its `dist/` pair, written here rather than by `ts.transpileModule` and
 * `ts.transpileDeclaration`: the module is a fixed template around quoted data, and running
 * TypeScript's compiler cold over it cost every generate a quarter of a second (issue 15).
 * test/emit-packages/events-module.test.ts holds both forms to what TypeScript emits.
 */
export function emitEventsModule(contract: Contract): EventsModule {
  const hasHeaders = contract.events.some((e) => e.headers !== undefined);
  const latest = [...latestEventVersions(contract.events).values()]
    .map((e) => `${q(e.type)}: ${e.version};`)
    .sort();
  // The wire format is data (JSON, so author strings stay quoted); `defineWire` checks and compiles it.
  const wire = contract.wire && { body: contract.bodyMode, ...contract.wire };
  const validatorsImport = `import { ${hasHeaders ? 'headerValidators, ' : ''}validators } from './validators.js';\n`;
  const eventsDoc = '/** Every event version of the contract with its compiled payload validator. */\n';
  const latestDoc =
    '/** The version each event type stands for when no version is named: the highest one not deprecated. */\n';
  const table = (indent: string, json: (value: unknown) => string) => {
    const rows = contract.events.map((e) => row(contract, e, indent, json)).join('');
    const options = wire ? `, {\n${indent}wire: defineWire(${json(wire)}),\n}` : '';
    return `createEventTable([\n${rows}]${options});\n`;
  };
  const runtimeNames = `createEventTable, ${wire ? 'defineWire, ' : ''}`;
  const source = [
    GENERATED_HEADER,
    `import { ${runtimeNames}type EventTable } from '@hookwright/runtime/events';\n`,
    validatorsImport,
    '\n',
    eventsDoc,
    `export const events: EventTable = ${table('  ', JSON.stringify)}`,
    '\n',
    latestDoc,
    `export interface LatestVersions {\n${latest.map((line) => `  ${line}\n`).join('')}}\n`,
  ].join('');
  const js = [
    GENERATED_HEADER,
    `import { ${runtimeNames.slice(0, -2)} } from '@hookwright/runtime/events';\n`,
    validatorsImport,
    eventsDoc,
    `export const events = ${table('    ', printedJson)}`,
  ].join('');
  const declaration = [
    "import { type EventTable } from '@hookwright/runtime/events';\n",
    eventsDoc,
    'export declare const events: EventTable;\n',
    latestDoc,
    `export interface LatestVersions {\n${latest.map((line) => `    ${line}\n`).join('')}}\n`,
  ].join('');
  return { source, js, declaration };
}

/** `src/events.ts` alone (see `emitEventsModule`). */
export function emitEventsSource(contract: Contract): string {
  return emitEventsModule(contract).source;
}
