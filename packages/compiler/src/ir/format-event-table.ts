import type { Contract } from './contract.js';

const SUMMARY_WIDTH = 60;

/**
 * The event table of a contract as aligned plain text, for `hookwright inspect`: a heading line,
 * then one row per event version with id, generated name, deprecation, summary and where the
 * message is written (relative to the entry document's folder).
 *
 * @example
 * process.stdout.write(formatEventTable(contract));
 * // Acme Shop 2.4.0 (acme-shop): 2 event versions, 3 named schemas
 * //
 * // ID               NAME            DEPRECATED  SUMMARY                  SOURCE
 * // order.created@1  OrderCreated    yes         A customer checked out.  asyncapi.yaml:191
 * // order.created@2  OrderCreatedV2  no          A customer checked out.  asyncapi.yaml:208
 */
export function formatEventTable(contract: Contract): string {
  const schemaCount = Object.keys(contract.schemas).length;
  const heading = `${contract.title} ${contract.version} (${contract.name}): ${plural(contract.events.length, 'event version')}, ${plural(schemaCount, 'named schema')}`;
  if (contract.events.length === 0) return `${heading}\n`;
  const rows = contract.events.map((e) => [
    e.id,
    e.name,
    e.deprecated ? 'yes' : 'no',
    truncate(oneLine(e.summary ?? ''), SUMMARY_WIDTH),
    `${e.source.file}:${e.source.line}`,
  ]);
  const table = [['ID', 'NAME', 'DEPRECATED', 'SUMMARY', 'SOURCE'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => width(row[column]!))));
  const lines = table.map((row) =>
    row
      .map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell)))
      .join('  ')
      .trimEnd(),
  );
  return `${heading}\n\n${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join('')}...`;
}

/** Display width in code points (good enough for a terminal table of mostly Latin text). */
function width(text: string): number {
  return [...text].length;
}
