import { childPointer } from '../../load/json-pointer.js';
import type { Impact } from '../impact.js';
import type { CompareContext, NodePair } from '../schema/compare-context.js';
import type { Loc } from '../schema/loc.js';
import type { Written } from '../schema/normalize.js';

export interface FindingInput {
  rule: string;
  impact: Impact;
  reason: string;
  /** Segments under the pair's pointer, e.g. `['enum']`. */
  path: Array<string | number>;
  side: 'old' | 'new';
  loc: Loc;
}

/** Reports one finding at a pointer under the compared pair. */
export function report(ctx: CompareContext, pair: NodePair, input: FindingInput): void {
  const { path, ...rest } = input;
  ctx.report({ ...rest, pointer: childPointer(pair.pointer, ...path) });
}

/** Where to point at a keyword: its place in the new document, or in the old one when it is gone. */
export function placeOf(
  pair: NodePair,
  old: Written | undefined,
  next: Written | undefined,
): { side: 'old' | 'new'; loc: Loc } {
  if (next) return { side: 'new', loc: next.loc };
  if (old) return { side: 'old', loc: old.loc };
  return { side: 'new', loc: pair.new.loc };
}

/** A value as it appears in a reason: JSON, shortened. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function list(values: readonly unknown[]): string {
  return values.map(show).join(', ');
}
