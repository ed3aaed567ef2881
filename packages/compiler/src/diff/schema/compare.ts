import { combineImpacts, type Impact } from '../impact.js';
import { SCHEMA_RULES } from '../rules/index.js';
import { Canonicalizer } from './canonical.js';
import type { CompareContext, NodePair, SchemaFinding } from './compare-context.js';
import type { Placed } from './loc.js';
import { type NormalSchema, normalizeSchema } from './normalize.js';
import { pureRef, type SchemaIndex } from './schema-index.js';
import { typeAtoms } from './types.js';

/**
 * Compares the schemas of two contracts by meaning and reports each difference through the rules
 * of `rules/`. Equal subtrees (canonical text, annotations included) are skipped without a walk,
 * so comparing mostly-unchanged contracts costs little more than hashing them once.
 *
 * @example
 * const comparer = new SchemaComparer(new SchemaIndex(before), new SchemaIndex(after));
 * const findings = comparer.compare(oldPayload, newPayload);
 */
export class SchemaComparer implements CompareContext {
  private readonly meaning: { old: Canonicalizer; new: Canonicalizer };
  private readonly written: { old: Canonicalizer; new: Canonicalizer };
  private readonly active = new Set<string>();
  private sink: (finding: SchemaFinding) => void = () => {};
  private reported = 0;

  constructor(
    private readonly oldIndex: SchemaIndex,
    private readonly newIndex: SchemaIndex,
  ) {
    this.meaning = { old: new Canonicalizer(oldIndex, false), new: new Canonicalizer(newIndex, false) };
    this.written = { old: new Canonicalizer(oldIndex, true), new: new Canonicalizer(newIndex, true) };
  }

  /** Every difference between two schemas, in walk order. */
  compare(old: Placed, next: Placed, pointer = ''): SchemaFinding[] {
    const found: SchemaFinding[] = [];
    const outer = this.sink;
    this.sink = (f) => found.push(f);
    try {
      this.descend(old, next, pointer);
    } finally {
      this.sink = outer;
    }
    return found;
  }

  report(finding: SchemaFinding): void {
    this.reported++;
    this.sink(finding);
  }

  descend(old: Placed, next: Placed, pointer: string): void {
    if (this.written.old.text(old) === this.written.new.text(next)) return;
    // Recursion: a pair of named schemas already being compared further up needs no second walk.
    const pairKey = `${pureRef(old.schema) ?? ''}\u0000${pureRef(next.schema) ?? ''}`;
    const recursive = pureRef(old.schema) !== undefined && pureRef(next.schema) !== undefined;
    if (recursive && this.active.has(pairKey)) {
      // Reported where the pair was first entered; counts as explained for the check below.
      this.reported++;
      return;
    }
    if (recursive) this.active.add(pairKey);
    try {
      const pair: NodePair = {
        old: normalizeSchema(old, this.oldIndex),
        new: normalizeSchema(next, this.newIndex),
        pointer,
        placed: { old, new: next },
      };
      const before = this.reported;
      for (const rule of SCHEMA_RULES) if (rule.check(pair, this)) break;
      if (this.reported === before && !this.same(old, next)) {
        // The schemas differ by meaning but no rule explained how: say so rather than stay silent.
        this.report({
          rule: 'unclassified-change',
          impact: 'undecided',
          reason: 'the schemas differ in a way no rule classifies; check it by hand',
          pointer,
          side: 'new',
          loc: next.loc,
        });
      }
    } finally {
      if (recursive) this.active.delete(pairKey);
    }
  }

  impactBetween(old: Placed, next: Placed): Impact {
    if (this.same(old, next)) return 'safe';
    return combineImpacts(this.compare(old, next).map((f) => f.impact));
  }

  same(old: Placed, next: Placed): boolean {
    return this.meaning.old.text(old) === this.meaning.new.text(next);
  }

  acceptsAll(side: 'old' | 'new', placed: Placed): boolean {
    return this.meaning[side].text(placed) === 'true';
  }

  text(side: 'old' | 'new', placed: Placed): string {
    return this.meaning[side].text(placed);
  }

  normalize(side: 'old' | 'new', placed: Placed): NormalSchema {
    return normalizeSchema(placed, side === 'old' ? this.oldIndex : this.newIndex);
  }

  applies(pair: NodePair, kind: 'number' | 'string' | 'object' | 'array'): boolean {
    const wanted = kind === 'number' ? ['integer', 'fraction'] : [kind];
    const old = typeAtoms(pair.old.types?.value);
    const next = typeAtoms(pair.new.types?.value);
    return wanted.some((t) => old.has(t) && next.has(t));
  }
}
