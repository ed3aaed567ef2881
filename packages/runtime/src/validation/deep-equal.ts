/**
 * Structural equality of JSON values, as `const`, `enum` (with object or array members) and
 * `uniqueItems` need it: arrays element by element, objects by the same set of keys with equal
 * values (key order does not matter), everything else with `===` except that NaN equals NaN.
 * Objects of different classes (an array and a plain object, a Date and an object) are not equal;
 * Dates and boxed primitives compare by value.
 *
 * @example
 * jsonEqual({ a: [1, 2] }, { a: [1, 2] }); // true
 * jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 }); // true
 * jsonEqual([1], { 0: 1 }); // false
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN is the one value not equal to itself; JSON has no NaN but JS values given to a sender can.
    return Number.isNaN(a) && Number.isNaN(b);
  }
  const proto = Object.getPrototypeOf(a);
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], other[i])) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) {
    // Not JSON, but a sender may validate JS values: compare Dates and boxed primitives by value.
    if (a instanceof RegExp) return String(a) === String(b);
    const primitiveA = a.valueOf();
    const primitiveB = b.valueOf();
    if (primitiveA !== a || primitiveB !== b) return jsonEqual(primitiveA, primitiveB);
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return true;
}
