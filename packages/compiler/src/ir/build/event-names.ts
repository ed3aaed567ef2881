import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { EventVersion } from '../contract.js';
import { compareStrings, pascalCase } from './names.js';

/**
 * Sorts events by type then version and gives each its PascalCase base name: the type's
 * PascalCase, plus `V<n>` from version 2 on (`order.created@2` -> `OrderCreatedV2`). Two types
 * that spell the same name (`order.created`, `order_created`) get a numeric suffix in sorted
 * order, with a warning, so generated symbols never clash.
 */
export function nameEvents(
  events: ReadonlyArray<{ event: Omit<EventVersion, 'name'>; loc: RawLocation }>,
  graph: SourceGraph,
  diagnostics: Diagnostic[],
): EventVersion[] {
  const sorted = [...events].sort(
    (a, b) => compareStrings(a.event.type, b.event.type) || a.event.version - b.event.version,
  );
  const wanted = sorted.map(
    ({ event: e }) => pascalCase(e.type, 'Event') + (e.version > 1 ? `V${e.version}` : ''),
  );
  const all = new Set(wanted);
  const used = new Map<string, string>();
  return sorted.map(({ event, loc }, i) => {
    let name = wanted[i]!;
    const holder = used.get(name);
    if (holder !== undefined) {
      let n = 2;
      while (all.has(`${name}${n}`) || used.has(`${name}${n}`)) n++;
      name = `${name}${n}`;
      const message = `events ${holder} and ${event.id} both want the generated name "${wanted[i]}": expected distinct names, so this one is "${name}"; choose distinct event types to avoid this`;
      diagnostics.push(graph.diagnostic(loc, 'warning', 'event-name-collision', message));
    }
    used.set(name, event.id);
    const { id, type, version, identitySource, ...rest } = event;
    return { id, type, version, identitySource, name, ...rest };
  });
}
