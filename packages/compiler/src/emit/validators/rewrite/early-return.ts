import { type FunctionBody, matchingLine, withoutLines } from './functions.js';

/** What ajv writes only inside `anyOf`, `oneOf`, `not`, `if`, `contains` and the like: errors that may be taken back. */
const COMPOSITE = /vErrors\.push\(|vErrors\.length =|^vErrors = null;|errors\+\+|^const err\d+ = /m;
/** How ajv collects a failed call's errors (the line after it is `errors = vErrors.length;`). */
const COLLECT_FAILED_CALL =
  /^vErrors = (?:vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\)|hw_append\(vErrors, ([\w.]+)\.errors, (.+)\));$/;
const ASSIGNS_ERRORS = /(?<![.\w])errors (?:=(?!=)|\+=|-=)|(?<![.\w])errors\+\+/g;

/**
 * With `allErrors: false`, ajv's functions return at their first error, except after a failed call
 * of another function: that one is collected (`vErrors = ...; errors = vErrors.length;`) and the
 * rest of the function is skipped by `if(errors === _errs3)` guards until `return errors === 0`.
 * In a function without composite keywords nothing can take an error back, so this returns at once
 * there too. `errors` is then never assigned: every guard on it is always true and is removed with
 * the counter, leaving the checks themselves (smaller code, less work on the valid path).
 * A function whose guards do not come out in the expected shape keeps them. One function body at a
 * time (`mapFunctionBodies`).
 */
export function returnAtFirstErrorIn(body: FunctionBody): FunctionBody {
  const joined = body.lines.join('\n');
  if (COMPOSITE.test(joined)) return body;
  const collected = new Set<number>();
  const lines = body.lines.map((line, i) => {
    const collect = line.startsWith('vErrors = ') ? COLLECT_FAILED_CALL.exec(line) : null;
    if (collect === null || body.lines[i + 1] !== 'errors = vErrors.length;') return line;
    collected.add(i + 1);
    return `return hw_failFrom(${body.name}, ${collect[1] ?? collect[2]}, ${collect[3] ?? '""'});`;
  });
  // Both lines of a collection are free of braces: dropping the second keeps every depth.
  const returning = withoutLines({ ...body, lines }, collected);
  const assignments = returning.lines.join('\n').match(ASSIGNS_ERRORS) ?? [];
  if (assignments.length !== 1 || !returning.lines.includes('let errors = 0;')) return returning;
  return withoutErrorCounter(returning) ?? returning;
}

/** The body with `errors` (known to stay 0) and `vErrors` (known to stay null) gone, or undefined. */
function withoutErrorCounter(body: FunctionBody): FunctionBody | undefined {
  const { lines, balances } = body;
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('rrors')) continue;
    if (
      line === 'let errors = 0;' ||
      line === 'let vErrors = null;' ||
      /^const _errs\d+ = errors;$/.test(line)
    ) {
      drop.add(i);
    } else if (/^if\((?:errors === (?:_errs\d+|0)|_errs\d+ === errors)\)\{$/.test(line)) {
      const closing = matchingLine(balances, i);
      if (closing === undefined || lines[closing] !== '}' || lines[closing + 1]?.startsWith('else'))
        return undefined;
      drop.add(i);
      drop.add(closing);
    }
  }
  const kept = withoutLines(body, drop);
  kept.lines = kept.lines.map((line) =>
    line.includes('rrors')
      ? line
          .replace(/\b_errs\d+ === errors\b|(?<![.\w])errors === _errs\d+\b/g, 'true')
          .replace(/^return errors === 0;$/, 'return true;')
          .replace(`${body.name}.errors = vErrors;`, `${body.name}.errors = null;`)
      : line,
  );
  return kept.lines.some((line) => /(?<![.\w])(?:errors|vErrors)\b|\b_errs\d+\b/.test(line))
    ? undefined
    : kept;
}
