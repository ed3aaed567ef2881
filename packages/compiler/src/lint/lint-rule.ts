import type { SourceDocuments } from '../diff/source-locator.js';
import type { Contract, SourceLocation } from '../ir/contract.js';

/** One problem a lint rule found. */
export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  /** File as given to the user, 1-based line and column, pointer in the file. */
  file: string;
  line: number;
  col: number;
  pointer: string;
}

/** What a rule reads: the IR, its source documents (for positions and unused components), its options. */
export interface LintContext {
  contract: Contract;
  documents: SourceDocuments;
  options: Record<string, unknown>;
}

/** A problem before its severity and display file are applied. */
export interface RuleFinding {
  message: string;
  at: SourceLocation;
  /** A pointer below `at` in the same file, for a precise line and column. */
  pointer?: string;
}

/** One lint rule, in its own file under `rules/`. */
export interface LintRule {
  readonly id: string;
  readonly defaultSeverity: 'error' | 'warning';
  readonly description: string;
  check(ctx: LintContext): RuleFinding[];
}
