/**
 * The shared table runner for given/want tests: one `it` per case, named after the case, so a
 * failure names the construct that broke. Use it instead of writing the loop again.
 */
import { describe, expect, it } from 'vitest';

export interface TableCase<Given, Want> {
  name: string;
  given: Given;
  want: Want;
}

/**
 * Register `describe(title)` with one test per case: `run(given)` must equal `want`
 * (`toEqual`; strings are compared exactly, so a diff shows what changed).
 *
 * @example
 * runTable('slugify', [{ name: 'spaces', given: 'a b', want: 'a-b' }], slugify);
 */
export function runTable<Given, Want>(
  title: string,
  cases: ReadonlyArray<TableCase<Given, Want>>,
  run: (given: Given) => Want | Promise<Want>,
): void {
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`runTable(${title}): two cases are named "${c.name}"`);
    names.add(c.name);
  }
  describe(title, () => {
    for (const c of cases) {
      it(c.name, async () => {
        expect(await run(c.given)).toEqual(c.want);
      });
    }
  });
}
