import { stableJson } from './json.js';
import type { NormalSchema } from './normalize.js';
import { typeAtoms } from './types.js';

/** The type atom of a JSON value (see `TYPE_ATOMS`). */
export function atomOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'fraction';
  return typeof value;
}

/** The type atoms a node can accept: its `type`, narrowed to the types of its `enum` values. */
export function acceptedAtoms(node: NormalSchema): Set<string> {
  const atoms = typeAtoms(node.types?.value);
  if (!node.values) return atoms;
  return new Set(node.values.value.map(atomOf).filter((a) => atoms.has(a)));
}

/**
 * True when no value can match both schemas: their types do not overlap, or both require a
 * property whose allowed values (`const`/`enum`) do not overlap (a discriminator).
 */
export function provablyDisjoint(
  a: NormalSchema,
  b: NormalSchema,
  property: (node: NormalSchema, name: string) => NormalSchema | undefined,
): boolean {
  if (a.never || b.never) return true;
  const atomsB = acceptedAtoms(b);
  if (![...acceptedAtoms(a)].some((t) => atomsB.has(t))) return true;
  if (a.values && b.values) {
    const inB = new Set(b.values.value.map(stableJson));
    if (!a.values.value.some((v) => inB.has(stableJson(v)))) return true;
  }
  for (const name of a.required.keys()) {
    if (!b.required.has(name)) continue;
    const pa = property(a, name);
    const pb = property(b, name);
    if (!pa?.values || !pb?.values) continue;
    const inB = new Set(pb.values.value.map(stableJson));
    if (!pa.values.value.some((v) => inB.has(stableJson(v)))) return true;
  }
  return false;
}
