/**
 * Near misses: a value with one small change somewhere inside it (a property dropped or added, a
 * type swapped, null, a string or number nudged, an array emptied or given a duplicate). Applied
 * to mostly valid instances, this lands right on the edges validators must get right.
 */
import fc from 'fast-check';

type Mutation = (value: unknown) => unknown;

const VALUE_MUTATIONS: readonly Mutation[] = [
  () => null,
  (v) => (typeof v === 'string' ? 42 : 'text'),
  (v) => (typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v}x` : true),
  (v) => (typeof v === 'number' ? v - 0.5 : typeof v === 'string' ? v.slice(1) : []),
  (v) => (typeof v === 'number' ? -v * 1e10 : typeof v === 'string' ? v.toUpperCase() : {}),
  (v) => (typeof v === 'string' ? v.replace(/\d/, (d) => String((Number(d) + 5) % 10)) : v),
  (v) => (typeof v === 'string' ? ` ${v}` : v),
  (v) => (Array.isArray(v) && v.length > 0 ? [...v, v[0]] : v),
  (v) => (Array.isArray(v) ? [] : v),
  (v) => (isObject(v) ? { ...v, unexpected: 1 } : v),
];

/** Every location in a JSON value: [parent, key] pairs, plus the root as [undefined, undefined]. */
function locations(
  value: unknown,
  out: [Record<string, unknown> | unknown[] | undefined, string | number | undefined][] = [
    [undefined, undefined],
  ],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([value, i]);
      locations(item, out);
    });
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      out.push([value, key]);
      locations(item, out);
    }
  }
  return out;
}

/** A copy of `value` with one mutation, chosen by two numbers (so fast-check can shrink them). */
export function mutate(value: unknown, where: number, how: number): unknown {
  const copy = structuredClone(value);
  const spots = locations(copy);
  const [parent, key] = spots[where % spots.length]!;
  const deleteInstead = how % (VALUE_MUTATIONS.length + 1) === VALUE_MUTATIONS.length;
  if (parent === undefined || key === undefined) {
    return deleteInstead ? undefined : VALUE_MUTATIONS[how % VALUE_MUTATIONS.length]!(copy);
  }
  const container = parent as Record<string | number, unknown>;
  if (deleteInstead) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
  } else {
    container[key] = VALUE_MUTATIONS[how % VALUE_MUTATIONS.length]!(container[key]);
  }
  return copy;
}

/** Mostly valid instances and near misses of them, half and half. */
export function validAndNearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), fc.nat()).map(([v, where, how]) => mutate(v, where, how)),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
