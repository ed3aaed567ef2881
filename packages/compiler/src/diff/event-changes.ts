import type { Contract, EventVersion } from '../ir/contract.js';
import type { PendingChange } from './diff-contracts.js';
import { EVENT_RULES } from './rules/events/index.js';

/** Changes to the events themselves: added, removed, deprecated, documented differently. */
export function eventChanges(old: Contract, next: Contract): PendingChange[] {
  const oldById = new Map(old.events.map((e) => [e.id, e]));
  const newById = new Map(next.events.map((e) => [e.id, e]));
  const ids = [...new Set([...oldById.keys(), ...newById.keys()])].sort();
  const out: PendingChange[] = [];
  for (const id of ids) {
    const pair = { old: oldById.get(id), new: newById.get(id), contracts: { old, new: next } };
    for (const rule of EVENT_RULES) out.push(...rule.check(pair));
  }
  return out;
}

/** An event version as it is in each contract (absent on one side when added or removed). */
export interface EventPair {
  old: EventVersion | undefined;
  new: EventVersion | undefined;
  contracts: { old: Contract; new: Contract };
}

/** One kind of change to an event version, in its own file under `rules/events/`. */
export interface EventRule {
  readonly ids: readonly string[];
  check(pair: EventPair): PendingChange[];
}

/** Where an event version is declared, as a change location. */
export function eventLoc(event: EventVersion, pointer = event.source.pointer) {
  return { anchor: event.source, pointer };
}
