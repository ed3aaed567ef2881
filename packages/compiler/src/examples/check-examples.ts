import { readHeaderValue } from '@hookwright/runtime/events';
import { toValidationIssue } from '@hookwright/runtime/validation';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import { headerValueTypes } from '../emit/packages/header-names.js';
import { type CompiledContract, compileContract } from '../emit/validators/compile-contract.js';
import type { ValidatorBinding } from '../emit/validators/plan.js';
import { preview, valueAt } from '../emit/validators/schema-diagnostics.js';
import type { Contract, EventVersion, JsonValue, MessageExample } from '../ir/contract.js';
import { type ClosestError, closestError } from './closest-error.js';

/**
 * Validates every message example (payload and headers) against its event's schemas at generate
 * time, with the same ajv options as the generated validators. A failing example is an `error`
 * diagnostic `invalid-example` at the example's location, naming the JSON pointer, what the schema
 * expects and what the example has. Schemas that do not compile are reported too (see
 * `compileContract`), since their examples cannot be checked.
 *
 * @example
 * const diagnostics = checkExamples(contract);
 * for (const d of diagnostics) console.error(formatDiagnostic(d));
 * // asyncapi.yaml:42:9 error invalid-example example "paid order" of order.created@1 does not
 * //   match its payload schema: /total/currency must match pattern "^[A-Z]{3}$", found "gbp"
 */
export function checkExamples(contract: Contract): Diagnostic[] {
  return compileExamples(contract).diagnostics;
}

/**
 * `checkExamples`, also handing out the validators it compiled, so that the docs can check the
 * examples they synthesise without compiling the contract again.
 *
 * @example
 * const { diagnostics, validators } = compileExamples(contract);
 * if (!hasErrors(diagnostics)) emitDocs(contract, { validators });
 */
export function compileExamples(contract: Contract): {
  diagnostics: Diagnostic[];
  validators: CompiledContract;
} {
  const compiled = compileContract(contract, { emitCode: false });
  const diagnostics = normalizeDiagnostics([
    ...compiled.diagnostics,
    ...checkCompiledExamples(contract, compiled),
  ]);
  return { diagnostics, validators: compiled };
}

/** The example half of `checkExamples`, for callers that already compiled the contract. */
export function checkCompiledExamples(contract: Contract, compiled: CompiledContract): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const event of contract.events) {
    event.examples.forEach((example, index) => {
      const parts = [
        ['payload', example.payload, compiled.plan.payloads.get(event.id)],
        ['headers', headersAsReceived(contract, event, example.headers), compiled.plan.headers.get(event.id)],
      ] as const;
      for (const [part, value, binding] of parts) {
        if (value === undefined || binding === undefined) continue;
        const problem = firstProblem(compiled, binding, value);
        if (problem) out.push(exampleDiagnostic(event, example, index, part, value, problem));
      }
    });
  }
  return out;
}

/**
 * An example's headers as a receiver validates them: a header typed as a number or a boolean and
 * written as text (`X-Attempt: "2"`) is read as one, as the runtime reads it from the request.
 */
function headersAsReceived(
  contract: Contract,
  event: EventVersion,
  headers: JsonValue | undefined,
): JsonValue | undefined {
  if (
    event.headers === undefined ||
    typeof headers !== 'object' ||
    headers === null ||
    Array.isArray(headers)
  )
    return headers;
  const types = Object.entries(headerValueTypes(contract, event.headers));
  if (!types.some(([name]) => typeof headers[name] === 'string')) return headers;
  const read: { [name: string]: JsonValue } = { ...headers };
  for (const [name, type] of types) {
    const text = read[name];
    if (typeof text === 'string') read[name] = readHeaderValue(text, type);
  }
  return read;
}

function firstProblem(
  compiled: CompiledContract,
  binding: ValidatorBinding,
  value: JsonValue,
): ClosestError | undefined {
  // A schema that failed to compile already has its diagnostic; its examples cannot be judged.
  const validate = compiled.validatorFor(binding);
  if (!validate || validate(value)) return undefined;
  return closestError(validate.errors ?? []);
}

function exampleDiagnostic(
  event: EventVersion,
  example: MessageExample,
  index: number,
  part: 'payload' | 'headers',
  value: JsonValue,
  { error, alternatives, discriminator }: ClosestError,
): Diagnostic {
  // The same pointer a run-time issue about this value would carry.
  const { pointer } = toValidationIssue(error);
  const name = example.name === undefined ? `#${index + 1}` : JSON.stringify(example.name);
  const expected = discriminator
    ? `must be one of ${discriminator.map((v) => preview(v)).join(', ')} (one per alternative)`
    : `${error.message ?? `must pass "${error.keyword}"`}${allowedValues(error)}`;
  const problem = `${pointer || '(root)'} ${expected}, found ${preview(valueAt(value, pointer))}`;
  const where = alternatives
    ? `${alternatives.pointer || '(root)'} matches none of its ${alternatives.keyword} alternatives; the closest fails at ${problem}`
    : problem;
  return {
    severity: 'error',
    code: 'invalid-example',
    message: `example ${name} of ${event.id} does not match its ${part} schema: ${where}`,
    file: example.source.file,
    line: example.source.line,
    col: example.source.col,
    pointer: `${example.source.pointer}/${part}${pointer}`,
  };
}

function allowedValues(error: ErrorObject): string {
  if (error.keyword === 'enum') return ` ${preview(error.params.allowedValues)}`;
  if (error.keyword === 'const') return ` ${preview(error.params.allowedValue)}`;
  return '';
}
