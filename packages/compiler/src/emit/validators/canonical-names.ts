/**
 * The module-level names of a rewritten validator module: ajv's scope names (`validate21`,
 * `schema7`, `pattern0`, `func2`, `formats3`, `wrapper0`, ...) and the rewrite's factories
 * (`hw_value4`). A double-quoted string is matched whole so that nothing inside one is renamed: every
 * string of an author's (a property name, a pattern, a schema constant) reaches the module through
 * `JSON.stringify`. ajv's other literals are its own (format regexes, the import line) and hold no
 * such name. A name read as a property (`data.func2`) is the data's, not the module's.
 */
const NAME_OR_STRING =
  /"(?:[^"\\\n]|\\.)*"|(?<![\w$.])(validate|wrapper|root|schema|pattern|formats|func|obj|keyword|hw_value)\d+\b/g;

/**
 * `code` with its module-level names numbered per prefix in order of first appearance, from 0.
 * ajv numbers them from counters of its instance, which has compiled other schemas first (its
 * meta-schemas, and in watch mode the schemas of earlier edits); renumbered, a module's text
 * depends only on its code, so an instance kept between edits gives what a fresh one gives.
 *
 * @example
 * canonicalNames('export const s0 = validate21;\nfunction validate21(data){...}')
 * // 'export const s0 = validate0;\nfunction validate0(data){...}'
 */
export function canonicalNames(code: string): string {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  return code.replace(NAME_OR_STRING, (match, prefix: string | undefined) => {
    if (prefix === undefined) return match;
    let name = names.get(match);
    if (name === undefined) {
      const count = counts.get(prefix) ?? 0;
      counts.set(prefix, count + 1);
      name = `${prefix}${count}`;
      names.set(match, name);
    }
    return name;
  });
}
