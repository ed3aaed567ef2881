/**
 * The JSON types as disjoint atoms: `number` is `integer` (integral values) plus `fraction`, so
 * `integer` -> `number` is a widening and the reverse a narrowing.
 */
export const TYPE_ATOMS = ['array', 'boolean', 'fraction', 'integer', 'null', 'object', 'string'] as const;

/** The atoms a `type` list allows; every atom when there is no `type`. */
export function typeAtoms(types: readonly string[] | undefined): Set<string> {
  if (types === undefined) return new Set(TYPE_ATOMS);
  const out = new Set<string>();
  for (const t of types) {
    if (t === 'number') {
      out.add('integer');
      out.add('fraction');
    } else {
      out.add(t);
    }
  }
  return out;
}

/** The `type` names of a set of atoms, for messages: `integer` + `fraction` read `number`. */
export function typeNames(atoms: Iterable<string>): string[] {
  const set = new Set(atoms);
  if (set.has('fraction') && !set.has('integer')) {
    set.delete('fraction');
    set.add('non-integer number');
  } else if (set.has('fraction')) {
    set.delete('fraction');
    set.delete('integer');
    set.add('number');
  }
  return [...set].sort();
}
