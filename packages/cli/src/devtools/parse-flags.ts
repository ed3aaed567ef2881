/** Commander argument parsers shared by `trigger` and `listen`; a throw becomes a usage error. */

/** An integer within `[min, max]`. */
export function integerIn(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(`expected an integer from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

/** Repeatable option: every occurrence, in order. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
