import type { ValidationIssue } from './types.js';

/**
 * What generated validators call at each error site: the issue is built once, where the error is
 * found, with a pointer and message the compiler worked out at generate time, so `createValidator`
 * hands the errors out as they are. `params` is a fresh literal of the error site (values that
 * come from the schema, such as `enum`'s `allowedValues`, are rebuilt by a generated factory), so a
 * caller may keep or edit an issue without changing what later calls accept.
 *
 * @example
 * validationIssue('/total', 'minimum', 'must be >= 0', { comparison: '>=', limit: 0 }, '#/properties/total/minimum');
 */
export function validationIssue(
  pointer: string,
  keyword: string,
  message: string,
  params: Record<string, unknown>,
  schemaPath: string,
): ValidationIssue {
  return { pointer, keyword, message, params, schemaPath };
}

/**
 * The issues of a named schema's function, called at `prefix` below the caller's value, added to the
 * caller's list (`into`, null while empty). Generated functions report pointers relative to the
 * value they were given, so the valid path never builds a path string: the caller puts its part in
 * front only when something failed. The issues are fresh objects of this validation call, so they
 * are changed in place.
 *
 * @example
 * if (!s3(data.customer)) errors = appendIssues(errors, s3.errors, '/customer');
 */
export function appendIssues(
  into: ValidationIssue[] | null,
  issues: ValidationIssue[],
  prefix: string,
): ValidationIssue[] {
  for (const issue of issues) issue.pointer = prefix + issue.pointer;
  return into === null ? issues : into.concat(issues);
}

/** The part of a generated function `failValidation` and `failWithIssuesOf` set: its issues. */
interface FailingFunction {
  errors?: ValidationIssue[] | null;
}

/**
 * A generated function's answer at an error site outside composite keywords: one issue, then
 * `false` (`return failValidation(validate3, '/id', 'type', 'must be string', { type: 'string' }, '#/properties/id/type')`).
 * One call instead of ajv's `validate3.errors = [{...}]; return false;` at each of thousands of sites.
 */
export function failValidation(
  validate: FailingFunction,
  pointer: string,
  keyword: string,
  message: string,
  params: Record<string, unknown>,
  schemaPath: string,
): false {
  validate.errors = [validationIssue(pointer, keyword, message, params, schemaPath)];
  return false;
}

/**
 * A generated function's answer when a function it called failed: that function's issues, with
 * the path of the call in front (see `appendIssues`), then `false`.
 */
export function failWithIssuesOf(validate: FailingFunction, callee: FailingFunction, prefix: string): false {
  validate.errors = appendIssues(null, callee.errors ?? [], prefix);
  return false;
}
