import { issueMessage } from './messages.js';
import type { CompiledValidationError, ValidationIssue } from './types.js';

/**
 * Keywords whose error is about one property of the object at `instancePath`, and the param that
 * names it: the issue points at that property, which is where a reader looks for the problem.
 */
const PROPERTY_PARAM: Readonly<Record<string, string>> = {
  required: 'missingProperty',
  dependencies: 'missingProperty',
  dependentRequired: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
  propertyNames: 'propertyName',
};

/**
 * The param of `keyword`'s errors that names the property the issue points at, if any. The
 * compiler asks this when it builds pointers into generated code, so both agree by construction.
 */
export function propertyParamOf(keyword: string): string | undefined {
  return Object.hasOwn(PROPERTY_PARAM, keyword) ? PROPERTY_PARAM[keyword] : undefined;
}

/** Escapes one reference token of a JSON pointer (RFC 6901 section 3). */
export function escapePointerToken(token: string): string {
  // Most names need no escaping: skip the two regular-expression passes for them.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Turns the errors of an ajv validation function (compiled at run time, as the compiler's
 * generate-time checks and developer tools do) into issues. Generated validators need no such pass:
 * they build issues at the error site (build-issues.ts).
 *
 * @example
 * if (!validate(value)) return { valid: false, issues: toValidationIssues(validate.errors ?? []) };
 */
export function toValidationIssues(errors: readonly CompiledValidationError[]): ValidationIssue[] {
  return errors.map(toValidationIssue);
}

export function toValidationIssue(error: CompiledValidationError): ValidationIssue {
  return {
    pointer: issuePointer(error),
    keyword: error.keyword,
    message: issueMessage(error),
    params: copyParams(error.params),
    schemaPath: error.schemaPath,
  };
}

function issuePointer(error: CompiledValidationError): string {
  const param = propertyParamOf(error.keyword);
  const property = param === undefined ? error.propertyName : error.params[param];
  return typeof property === 'string'
    ? `${error.instancePath}/${escapePointerToken(property)}`
    : error.instancePath;
}

/**
 * Error params may hold live parts of the compiled schema (`enum`'s `allowedValues`): hand out a
 * copy so a caller that edits an issue (redaction, translation) cannot change what later calls
 * accept. The params object itself is a fresh literal at every error site, so only its object
 * values need copying, and most errors have none.
 */
function copyParams(params: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key in params) {
    const value = params[key];
    if (value !== null && typeof value === 'object') {
      out ??= { ...params };
      out[key] = copyJson(value);
    }
  }
  return out ?? params;
}

function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyJson((value as Record<string, unknown>)[key]);
  return out;
}
