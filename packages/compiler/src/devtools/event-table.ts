import {
  createEventTable,
  defineWire,
  type EventDefinition,
  type EventTable,
  type PayloadCheck,
} from '@hookwright/runtime/events';
import { toValidationIssues } from '@hookwright/runtime/validation';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import { type Diagnostic, normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import { closedHeaderSchema, headerNames, headerValueTypes } from '../emit/packages/header-names.js';
import { compileContract } from '../emit/validators/compile-contract.js';
import { checkCompiledExamples } from '../examples/check-examples.js';
import type { Contract } from '../ir/contract.js';
import { DevtoolsError } from './errors.js';

/** What {@link createContractEventTable} builds: the runtime's table plus the compiler's warnings. */
export interface ContractEventTable {
  table: EventTable;
  /**
   * Schema warnings (unknown formats, strict-mode notes) and examples that fail their schema
   * (errors, as `generate` reports them: it refuses such a contract). Schemas that do not compile
   * are thrown instead.
   */
  diagnostics: Diagnostic[];
}

/**
 * The runtime `EventTable` of a loaded contract, with validators compiled in this process by ajv
 * (generated packages compile them ahead of time instead). Validators report every problem, not
 * just the first: a developer fixing a payload wants the whole list. The table carries the
 * contract's wire format (docs/wire-formats.md), so trigger and listen speak it: the envelope by
 * default, or the bare payload named and signed the way the provider does.
 *
 * @example
 * const { contract } = await generator.load('asyncapi.yaml');
 * const { table } = createContractEventTable(contract!);
 * table.resolve('order.created').validate({ id: 'ord_1' }); // { valid: false, issues: [...] }
 */
export function createContractEventTable(contract: Contract): ContractEventTable {
  const compiled = compileContract(contract, { emitCode: false, allErrors: true, unknownKeywords: 'ignore' });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new DevtoolsError(
      'SCHEMA_NOT_COMPILED',
      `${errors.length} schema${errors.length === 1 ? '' : 's'} of ${contract.name} did not compile; run hookwright generate to see where`,
    );
  }
  const definitions: EventDefinition[] = contract.events.map((event) => {
    const binding = compiled.plan.payloads.get(event.id);
    const validate = binding && compiled.validatorFor(binding);
    if (!validate) {
      throw new DevtoolsError('SCHEMA_NOT_COMPILED', `the payload schema of ${event.id} did not compile`);
    }
    const headerBinding = compiled.plan.headers.get(event.id);
    const validateHeaders = headerBinding && compiled.validatorFor(headerBinding);
    if (event.headers !== undefined && !validateHeaders) {
      throw new DevtoolsError('SCHEMA_NOT_COMPILED', `the headers schema of ${event.id} did not compile`);
    }
    return {
      type: event.type,
      version: event.version,
      deprecated: event.deprecated,
      validate: checkWith(validate),
      ...(event.headers === undefined || !validateHeaders
        ? {}
        : {
            headers: {
              names: headerNames(contract, event.headers),
              closed: closedHeaderSchema(contract, event.headers),
              values: headerValueTypes(contract, event.headers),
              validate: checkWith(validateHeaders),
            },
          }),
    };
  });
  const wire = contract.wire ? { wire: defineWire({ body: contract.bodyMode, ...contract.wire }) } : {};
  const diagnostics = normalizeDiagnostics([
    ...compiled.diagnostics,
    ...checkCompiledExamples(contract, compiled),
  ]);
  return { table: createEventTable(definitions, wire), diagnostics };
}

/** A run-time compiled ajv function as the event table's check: every issue, by JSON pointer. */
function checkWith(validate: AnyValidateFunction): (value: unknown) => PayloadCheck {
  return (value) =>
    validate(value) ? { valid: true } : { valid: false, issues: toValidationIssues(validate.errors ?? []) };
}
