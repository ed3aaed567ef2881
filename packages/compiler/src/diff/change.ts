import type { Impact } from './impact.js';

/** Where a change is written: a file of the old or new document, 1-based, and the pointer in it. */
export interface ChangeSource {
  side: 'old' | 'new';
  file: string;
  line: number;
  col: number;
  pointer: string;
}

/** One classified difference between two contracts. */
export interface DiffChange {
  /** `type@version`, e.g. `order.created@2`. */
  event: string;
  /** Which schema of the event the pointer is in; absent for changes to the event itself. */
  part?: 'payload' | 'headers';
  impact: Impact;
  /** Stable kebab-case rule id, e.g. `enum-value-added` (see docs/evolution.md). */
  rule: string;
  /** JSON pointer inside the payload (or headers) schema, `$ref`s followed; `''` for the root. */
  pointer: string;
  /** `file:line:col` of the change in the new document, or in the old one for removals. */
  location: string;
  source: ChangeSource;
  /** One line, for people. */
  reason: string;
}

export interface DiffResult {
  /** True when any change breaks receivers or senders (`undecided` does not count; see `isBreakingImpact`). */
  breaking: boolean;
  /** Sorted by event, part, pointer, rule. */
  changes: DiffChange[];
}
