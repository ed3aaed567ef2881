import type { ErrorObject } from 'ajv';

/** The error to show for a refused value, and the alternatives it was picked from, if any. */
export interface ClosestError {
  error: ErrorObject;
  /** Set when the value matched none of a `oneOf`/`anyOf`'s alternatives and `error` is one of theirs. */
  alternatives?: { keyword: 'oneOf' | 'anyOf'; pointer: string };
  /** Set when every alternative refused the same property's `const`: the values they take, in order. */
  discriminator?: unknown[];
}

/**
 * Picks the error that says what is wrong with a value from ajv's errors (run with `allErrors:
 * false`, so validation stopped at the first failing keyword).
 *
 * That is the first error, except when the failing keyword is a `oneOf` or `anyOf` none of whose
 * alternatives matched: every error before it then comes from trying an alternative, and the
 * first is usually the first alternative's discriminator (`/type must be equal to constant
 * "heartbeat"` for a value whose type is "update"). Those are set aside: a `const` or `enum`
 * refused on a direct property of the value, or a `type` refused on the value itself, says the
 * alternative was meant for other values. Of the rest, the deepest error wins (a missing required
 * property counts one level below its object), since the alternative that got furthest into the
 * value is most likely the one it was written for; ties go to the earlier alternative. When every
 * alternative was set aside, the value is of another type (the first error says so) or its
 * discriminator takes a value no alternative expects (then all the expected values are given).
 *
 * @example
 * validate({ type: 'update', timestamp: 5 });
 * closestError(validate.errors); // { error: /timestamp must be string, alternatives: { keyword: 'oneOf', pointer: '' } }
 */
export function closestError(errors: readonly ErrorObject[]): ClosestError | undefined {
  const last = errors.at(-1);
  if (last === undefined) return undefined;
  const first = errors[0]!;
  if ((last.keyword !== 'oneOf' && last.keyword !== 'anyOf') || errors.length === 1) return { error: first };
  const tried = errors.slice(0, -1).filter((e) => isWithin(e.instancePath, last.instancePath));
  const meant = tried.filter((e) => !saysOtherAlternative(e, last.instancePath));
  if (meant.length === 0) {
    // No alternative is for this value: it has another type, or a discriminator none expects.
    const consts = tried.every((e) => e.keyword === 'const' && e.instancePath === first.instancePath);
    return consts
      ? { error: first, discriminator: tried.map((e) => e.params.allowedValue) }
      : { error: first };
  }
  const error = meant.reduce((best, e) => (depth(e) > depth(best) ? e : best));
  return { error, alternatives: { keyword: last.keyword, pointer: last.instancePath } };
}

function isWithin(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

/** A discriminator refused on a direct property, or a value of another JSON type altogether. */
function saysOtherAlternative(error: ErrorObject, parent: string): boolean {
  if (error.keyword === 'type') return error.instancePath === parent;
  if (error.keyword !== 'const' && error.keyword !== 'enum') return false;
  const rest = error.instancePath.slice(parent.length);
  return rest.startsWith('/') && !rest.slice(1).includes('/');
}

function depth(error: ErrorObject): number {
  const tokens = error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;
  return error.keyword === 'required' ? tokens + 1 : tokens;
}
