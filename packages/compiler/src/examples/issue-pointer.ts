import type { ErrorObject } from 'ajv';

/**
 * Keywords whose error is about one property of the object at `instancePath`, and the param that
 * names it. Same rule as `@hookwright/runtime/validation` (`issues.ts`), so a diagnostic about an
 * example and a run-time issue about the same value point at the same place (tests compare them).
 */
const PROPERTY_PARAM: Readonly<Record<string, string>> = {
  required: 'missingProperty',
  dependencies: 'missingProperty',
  dependentRequired: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
  propertyNames: 'propertyName',
};

/** JSON pointer of the value (or missing or unexpected property) an ajv error is about. */
export function issuePointer(error: ErrorObject): string {
  const param = PROPERTY_PARAM[error.keyword];
  const property =
    param === undefined ? error.propertyName : (error.params as Record<string, unknown>)[param];
  return typeof property === 'string'
    ? `${error.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`
    : error.instancePath;
}
