import type { Contract, SourceLocation } from '../ir/contract.js';

/** Every location the IR carries: events, their examples, named schemas. */
export function contractLocations(contract: Contract): SourceLocation[] {
  return [
    ...contract.events.flatMap((e) => [e.source, ...e.examples.map((x) => x.source)]),
    ...Object.values(contract.schemas).map((s) => s.source),
  ];
}

/** The files a contract was read from (IR names: relative to the entry's folder, or URLs), sorted. */
export function contractFiles(contract: Contract): string[] {
  return [...new Set(contractLocations(contract).map((l) => l.file))].sort();
}
