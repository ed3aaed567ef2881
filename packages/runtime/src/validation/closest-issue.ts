/**
 * Which of a refused value's issues to name first. Validators stop at the first failing keyword, so
 * that is usually the first issue, except where a `oneOf` or `anyOf` matched none of its
 * alternatives: every issue before it then comes from trying an alternative, and the first is most
 * often the first alternative's discriminator (`/kind must be equal to constant "card"` for a bank
 * transfer). Shared by receivers' error messages and the compiler's check of contract examples.
 */
import { propertyParamOf } from './issues.js';

/** What the choice reads of an issue: runtime `ValidationIssue`s have it. */
export interface IssueLike {
  /** JSON pointer; for `required` and `additionalProperties`, at the property. */
  pointer: string;
  keyword: string;
  params?: Record<string, unknown>;
}

/** The issue to show, and the alternatives it was picked from, if any. */
export interface ClosestIssue<T extends IssueLike> {
  issue: T;
  /** Set when the value matched none of a `oneOf`/`anyOf`'s alternatives and `issue` is one of theirs. */
  alternatives?: { keyword: 'oneOf' | 'anyOf'; pointer: string };
  /** Set when every alternative refused the same property's `const`: the values they take, in order. */
  discriminator?: unknown[];
}

/**
 * Picks the issue that says what is wrong with a value. When the failing keyword is a `oneOf` or
 * `anyOf`, the issues that say an alternative was meant for other values are set aside: a `const`
 * or `enum` refused on a direct property of the value, or a `type` refused on the value itself. Of
 * the rest, the deepest wins (see `depth`), since the alternative that got furthest into the value
 * is most likely the one it was written for; ties go to the earlier alternative. When every alternative was set
 * aside, the value is of another type (the first issue says so) or its discriminator takes a value
 * no alternative expects (then all the expected values are given).
 *
 * @example
 * closestIssue(result.issues)?.issue; // { pointer: '/method/iban', keyword: 'pattern', ... }
 */
export function closestIssue<T extends IssueLike>(issues: readonly T[]): ClosestIssue<T> | undefined {
  const last = issues.at(-1);
  if (last === undefined) return undefined;
  const first = issues[0] as T;
  if ((last.keyword !== 'oneOf' && last.keyword !== 'anyOf') || issues.length === 1) return { issue: first };
  const tried = issues.slice(0, -1).filter((i) => isWithin(i.pointer, last.pointer));
  const meant = tried.filter((i) => !saysOtherAlternative(i, last.pointer));
  if (meant.length === 0) {
    const consts = tried.every((i) => i.keyword === 'const' && i.pointer === first.pointer);
    return consts
      ? { issue: first, discriminator: tried.map((i) => i.params?.allowedValue) }
      : { issue: first };
  }
  const issue = meant.reduce((best, i) => (depth(i) > depth(best) ? i : best));
  return { issue, alternatives: { keyword: last.keyword, pointer: last.pointer } };
}

function isWithin(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

/** A discriminator refused on a direct property, or a value of another JSON type altogether. */
function saysOtherAlternative(issue: IssueLike, parent: string): boolean {
  if (issue.keyword === 'type') return issue.pointer === parent;
  if (issue.keyword !== 'const' && issue.keyword !== 'enum') return false;
  const rest = issue.pointer.slice(parent.length);
  return rest.startsWith('/') && !rest.slice(1).includes('/');
}

/**
 * How far into the value an alternative got. An issue about which properties an object has (one
 * missing, one not allowed) counts half a level less than an issue in a property's value at that
 * level: an alternative that wanted other properties was less likely the one the value was written
 * for than one that accepted its properties and refused a value.
 */
function depth(issue: IssueLike): number {
  const tokens = issue.pointer === '' ? 0 : issue.pointer.split('/').length - 1;
  return propertyParamOf(issue.keyword) === undefined ? tokens : tokens - 0.5;
}
