import type { Impact } from '../impact.js';
import type { Loc, Placed } from './loc.js';
import type { NormalSchema } from './normalize.js';

/** One classified difference inside a schema, before it is tied to an event. */
export interface SchemaFinding {
  rule: string;
  impact: Impact;
  reason: string;
  /** Pointer in the compared (payload or headers) schema, `$ref`s followed. */
  pointer: string;
  /** The document the location is in: `new`, or `old` for something that was removed. */
  side: 'old' | 'new';
  loc: Loc;
}

/** The two normalised nodes a rule compares and their pointer. */
export interface NodePair {
  old: NormalSchema;
  new: NormalSchema;
  pointer: string;
  /** The schemas the nodes were normalised from. */
  placed: { old: Placed; new: Placed };
}

/** What a rule can do: report, compare subschemas, ask questions about meaning. */
export interface CompareContext {
  report(finding: SchemaFinding): void;
  /** Compares two subschemas, reporting what differs under `pointer`. */
  descend(old: Placed, next: Placed, pointer: string): void;
  /** The combined impact of every difference between two subschemas, reporting nothing. */
  impactBetween(old: Placed, next: Placed): Impact;
  /** True when both accept the same values (by meaning, annotations ignored). */
  same(old: Placed, next: Placed): boolean;
  /** Canonical text by meaning: equal texts, same accepted values (used to match list members). */
  text(side: 'old' | 'new', placed: Placed): string;
  /** True when the schema of that side accepts every value. */
  acceptsAll(side: 'old' | 'new', placed: Placed): boolean;
  normalize(side: 'old' | 'new', placed: Placed): NormalSchema;
  /** True when both nodes can hold an instance of that kind, so its keywords take effect. */
  applies(pair: NodePair, kind: 'number' | 'string' | 'object' | 'array'): boolean;
}

/**
 * One kind of schema change, in its own file under `rules/`. `check` returns true when the two
 * nodes differ so much (one accepts nothing) that no further rule should look at them.
 */
export interface SchemaRule {
  /** The rule ids it reports, with their meaning, for docs/evolution.md. */
  readonly ids: readonly string[];
  check(pair: NodePair, ctx: CompareContext): boolean | undefined;
}
