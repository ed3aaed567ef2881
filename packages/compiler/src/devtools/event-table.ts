import {
  createEventTable,
  defineWire,
  type EventDefinition,
  type EventTable,
} from '@hookwright/runtime/events';
import { toValidationIssues } from '@hookwright/runtime/validation';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileContract } from '../emit/validators/compile-contract.js';
import type { Contract } from '../ir/contract.js';
import { DevtoolsError } from './errors.js';

/** What {@link createContractEventTable} builds: the runtime's table plus the compiler's warnings. */
export interface ContractEventTable {
  table: EventTable;
  /** Schema warnings (unknown formats, strict-mode notes); errors are thrown instead. */
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
    return {
      type: event.type,
      version: event.version,
      deprecated: event.deprecated,
      validate: (data) =>
        validate(data)
          ? { valid: true }
          : { valid: false, issues: toValidationIssues(validate.errors ?? []) },
    };
  });
  const wire = contract.wire ? { wire: defineWire({ body: contract.bodyMode, ...contract.wire }) } : {};
  return { table: createEventTable(definitions, wire), diagnostics: compiled.diagnostics };
}
