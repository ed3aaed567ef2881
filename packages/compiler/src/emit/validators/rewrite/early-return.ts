import { lineDepths, mapFunctionBodies, matchingLine } from './functions.js';

/** What ajv writes only inside `anyOf`, `oneOf`, `not`, `if`, `contains` and the like: errors that may be taken back. */
const COMPOSITE = /vErrors\.push\(|vErrors\.length =|^vErrors = null;|errors\+\+|^const err\d+ = /m;
const COLLECT_FAILED_CALL =
  /^vErrors = (?:vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\)|(hw_append)\(vErrors, ([\w.]+)\.errors, (.+)\));\nerrors = vErrors\.length;$/gm;
const ASSIGNS_ERRORS = /(?<![.\w])errors (?:=(?!=)|\+=|-=)|(?<![.\w])errors\+\+/g;

/**
 * With `allErrors: false`, ajv's functions return at their first error, except after a failed call
 * of another function: that one is collected (`vErrors = ...; errors = vErrors.length;`) and the
 * rest of the function is skipped by `if(errors === _errs3)` guards until `return errors === 0`.
 * In a function without composite keywords nothing can take an error back, so this returns at once
 * there too. `errors` is then never assigned: every guard on it is always true and is removed with
 * the counter, leaving the checks themselves (smaller code, less work on the valid path).
 * A function whose guards do not come out in the expected shape keeps them.
 */
export function returnAtFirstError(code: string): string {
  return mapFunctionBodies(code, returnAtFirstErrorIn);
}

/** `returnAtFirstError` for the body of the function named `self`. */
export function returnAtFirstErrorIn(body: string, self: string): string {
  if (COMPOSITE.test(body)) return body;
  const returning = body.replace(
    COLLECT_FAILED_CALL,
    (
      _all,
      callee: string | undefined,
      _append,
      appendCallee: string | undefined,
      prefix: string | undefined,
    ) => `return hw_failFrom(${self}, ${callee ?? appendCallee}, ${prefix ?? '""'});`,
  );
  const assignments = [...returning.matchAll(ASSIGNS_ERRORS)];
  if (assignments.length !== 1 || !returning.includes('\nlet errors = 0;\n')) return returning;
  return withoutErrorCounter(returning, self) ?? returning;
}

/** The body with `errors` (known to stay 0) and `vErrors` (known to stay null) gone, or undefined. */
function withoutErrorCounter(body: string, self: string): string | undefined {
  const lines = body.split('\n');
  const depthAfter = lineDepths(body);
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (
      line === 'let errors = 0;' ||
      line === 'let vErrors = null;' ||
      /^const _errs\d+ = errors;$/.test(line)
    ) {
      drop.add(i);
    } else if (/^if\((?:errors === (?:_errs\d+|0)|_errs\d+ === errors)\)\{$/.test(line)) {
      const closing = matchingLine(depthAfter, i);
      if (closing === undefined || lines[closing] !== '}' || lines[closing + 1]?.startsWith('else'))
        return undefined;
      drop.add(i);
      drop.add(closing);
    }
  }
  const kept = lines
    .filter((_line, i) => !drop.has(i))
    .map((line) =>
      line.includes('rrors')
        ? line
            .replace(/\b_errs\d+ === errors\b|(?<![.\w])errors === _errs\d+\b/g, 'true')
            .replace(/^return errors === 0;$/, 'return true;')
            .replace(`${self}.errors = vErrors;`, `${self}.errors = null;`)
        : line,
    );
  const result = kept.join('\n');
  return /(?<![.\w])(?:errors|vErrors)\b|\b_errs\d+\b/.test(result) ? undefined : result;
}
