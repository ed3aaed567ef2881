import type { CompiledValidateFunction, Validator } from './types.js';

/**
 * Wraps a generated validation function into a `Validator` that answers with data.
 * Generated `validators.js` modules call this once per schema at import time.
 *
 * @example
 * import { createValidator } from '@hookwright/runtime/validation';
 * import { p0 } from './validators.draft-07.js';
 * const validateOrder = createValidator<OrderCreated>(p0);
 * const result = validateOrder(JSON.parse(body));
 * if (!result.valid) console.log(result.issues[0]?.pointer, result.issues[0]?.message);
 */
export function createValidator<T = unknown>(compiled: CompiledValidateFunction): Validator<T> {
  if (typeof compiled !== 'function') {
    throw new TypeError(
      `createValidator expects a generated validation function, got ${compiled === null ? 'null' : typeof compiled}`,
    );
  }
  // Generated code builds each issue at its error site: the errors are the issues, no second pass.
  return (value) =>
    compiled(value) ? { valid: true, value: value as T } : { valid: false, issues: compiled.errors ?? [] };
}
