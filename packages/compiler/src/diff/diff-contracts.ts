import type { Contract, EventVersion, SourceLocation } from '../ir/contract.js';
import { childPointer } from '../load/json-pointer.js';
import type { DiffChange, DiffResult } from './change.js';
import { eventChanges } from './event-changes.js';
import type { Impact } from './impact.js';
import { SchemaComparer } from './schema/compare.js';
import type { SchemaFinding } from './schema/compare-context.js';
import type { Loc, Placed } from './schema/loc.js';
import { SchemaIndex } from './schema/schema-index.js';
import type { Locate } from './source-locator.js';

/** One side of a diff: a contract, and optionally how to locate pointers and name its files. */
export interface DiffSide {
  contract: Contract;
  /** Exact line and column of a pointer (see `createSourceLocator`); default: the nearest IR location. */
  locate?: Locate;
  /** How a file of this side is shown in `location`, e.g. `git:origin/main:asyncapi.yaml`. */
  displayFile?: (file: string) => string;
}

/** A change found by a rule, before it is located. */
export interface PendingChange {
  event: string;
  part?: 'payload' | 'headers';
  impact: Impact;
  rule: string;
  pointer: string;
  reason: string;
  side: 'old' | 'new';
  loc: Loc;
}

/**
 * Classifies every difference between two contracts: events and versions added or removed,
 * deprecations, docs, and each payload and headers schema change of an event version present in
 * both (see docs/evolution.md for the rules).
 *
 * @example
 * const result = diffContracts({ contract: before }, { contract: after });
 * result.breaking; // true: order.created@2 gained a required field
 * result.changes[0]; // { event: 'order.created@2', impact: 'breaks-senders', rule: 'required-added', ... }
 */
export function diffContracts(old: DiffSide | Contract, next: DiffSide | Contract): DiffResult {
  const before = 'contract' in old ? old : { contract: old };
  const after = 'contract' in next ? next : { contract: next };
  const comparer = new SchemaComparer(new SchemaIndex(before.contract), new SchemaIndex(after.contract));
  const pending: PendingChange[] = [];
  const newById = new Map(after.contract.events.map((e) => [e.id, e]));
  for (const event of before.contract.events) {
    const counterpart = newById.get(event.id);
    if (counterpart) pending.push(...compareEvent(comparer, event, counterpart));
  }
  pending.push(...eventChanges(before.contract, after.contract));
  const changes = pending.map((p) => locate(p, p.side === 'old' ? before : after)).sort(byPlace);
  return { breaking: changes.some((c) => isBreakingImpact(c.impact)), changes };
}

/** Impacts that fail a diff; `undecided` too when asked (`--fail-on undecided`). */
export function isBreakingImpact(impact: Impact, failOnUndecided = false): boolean {
  return impact.startsWith('breaks-') || (failOnUndecided && impact === 'undecided');
}

function compareEvent(comparer: SchemaComparer, old: EventVersion, next: EventVersion): PendingChange[] {
  const out: PendingChange[] = [];
  for (const part of ['payload', 'headers'] as const) {
    const findings = comparer.compare(schemaOf(old, part), schemaOf(next, part));
    out.push(...findings.map((f: SchemaFinding) => ({ event: next.id, part, ...f })));
  }
  return out;
}

/** An event's payload or headers schema, placed under the message that declares it. */
function schemaOf(event: EventVersion, part: 'payload' | 'headers'): Placed {
  const schema = part === 'payload' ? event.payload : (event.headers ?? true);
  return { schema, loc: { anchor: event.source, pointer: childPointer(event.source.pointer, part) } };
}

function locate(change: PendingChange, side: DiffSide): DiffChange {
  const { anchor, pointer } = change.loc;
  const position =
    (pointer === anchor.pointer ? undefined : side.locate?.(anchor.file, pointer)) ?? anchorPosition(anchor);
  const file = side.displayFile ? side.displayFile(anchor.file) : anchor.file;
  const { loc: _, side: which, ...rest } = change;
  return {
    ...rest,
    location: `${file}:${position.line}:${position.col}`,
    source: { side: which, file, line: position.line, col: position.col, pointer },
  };
}

function anchorPosition(anchor: SourceLocation): { line: number; col: number } {
  return { line: anchor.line, col: anchor.col };
}

function byPlace(a: DiffChange, b: DiffChange): number {
  return (
    cmp(a.event, b.event) ||
    cmp(a.part ?? '', b.part ?? '') ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.rule, b.rule) ||
    cmp(a.reason, b.reason)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
