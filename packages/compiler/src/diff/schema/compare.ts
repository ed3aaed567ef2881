import { combineImpacts, type Impact } from '../impact.js';
import { SCHEMA_RULES } from '../rules/index.js';
import { Canonicalizer } from './canonical.js';
import type { CompareContext, NodePair, SchemaFinding } from './compare-context.js';
import { stableJson } from './json.js';
import type { Placed } from './loc.js';
import { type NormalSchema, normalizeSchema } from './normalize.js';
import type { SchemaIndex } from './schema-index.js';
import { typeAtoms } from './types.js';

/** Nesting depth of compared subschemas before the walk stops (recursion the pair check cannot see). */
const MAX_DEPTH = 64;

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
  private depth = 0;

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
    if (this.depth >= MAX_DEPTH) {
      // A safety net for recursion the key below cannot see; its changes were reported above.
      this.reported++;
      return;
    }
    const pair: NodePair = {
      old: normalizeSchema(old, this.oldIndex),
      new: normalizeSchema(next, this.newIndex),
      pointer,
      placed: { old, new: next },
    };
    // Recursion: the same named schemas (with the same keywords beside the $ref) already being
    // compared further up need no second walk; their differences are reported there.
    const key = recursionKey(pair);
    if (key !== undefined && this.active.has(key)) {
      this.reported++;
      return;
    }
    if (key !== undefined) this.active.add(key);
    this.depth++;
    try {
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
      this.depth--;
      if (key !== undefined) this.active.delete(key);
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

/** Identifies a pair of schemas that go through named schemas, for recursion; undefined otherwise. */
function recursionKey(pair: NodePair): string | undefined {
  if (pair.old.names.length === 0 && pair.new.names.length === 0) return undefined;
  const siblings = (placed: Placed) => {
    if (placed.parts || typeof placed.schema !== 'object' || placed.schema === null)
      return stableJson(placed.schema);
    const { $ref: _, ...rest } = placed.schema as Record<string, unknown>;
    return stableJson(rest);
  };
  return JSON.stringify([
    pair.old.names,
    siblings(pair.placed.old),
    pair.new.names,
    siblings(pair.placed.new),
  ]);
}
