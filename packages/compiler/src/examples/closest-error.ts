import { closestIssue, escapePointerToken, propertyParamOf } from '@hookwright/runtime/validation';
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
 * false`, so validation stopped at the first failing keyword): the runtime's `closestIssue`, which
 * names receivers' refusals the same way, over the errors' pointers as issues carry them.
 *
 * @example
 * validate({ type: 'update', timestamp: 5 });
 * closestError(validate.errors); // { error: /timestamp must be string, alternatives: { keyword: 'oneOf', pointer: '' } }
 */
export function closestError(errors: readonly ErrorObject[]): ClosestError | undefined {
  const picked = closestIssue(
    errors.map((error) => ({
      pointer: pointerOf(error),
      keyword: error.keyword,
      params: error.params,
      error,
    })),
  );
  if (picked === undefined) return undefined;
  const { issue, alternatives, discriminator } = picked;
  return {
    error: issue.error,
    ...(alternatives === undefined ? {} : { alternatives }),
    ...(discriminator === undefined ? {} : { discriminator }),
  };
}

/** At the property for `required` and the like, as runtime issues point (a missing property is one level down). */
function pointerOf(error: ErrorObject): string {
  const param = propertyParamOf(error.keyword);
  const property = param === undefined ? undefined : error.params[param];
  return typeof property === 'string'
    ? `${error.instancePath}/${escapePointerToken(property)}`
    : error.instancePath;
}
