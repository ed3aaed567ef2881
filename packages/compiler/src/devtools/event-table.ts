import { createEventTable, type EventDefinition, type EventTable } from '@hookwright/runtime/events';
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
 * just the first: a developer fixing a payload wants the whole list. The contract must use the
 * envelope body mode, which is what the runtime's sender and receiver speak.
 *
 * @example
 * const { contract } = await generator.load('asyncapi.yaml');
 * const { table } = createContractEventTable(contract!);
 * table.resolve('order.created').validate({ id: 'ord_1' }); // { valid: false, issues: [...] }
 */
export function createContractEventTable(contract: Contract): ContractEventTable {
  if (contract.bodyMode !== 'envelope') {
    throw new DevtoolsError(
      'PAYLOAD_BODY_MODE',
      `${contract.name} describes the whole body as the payload (bodyMode "payload"); trigger and listen ` +
        'speak the Standard Webhooks envelope only',
    );
  }
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
  return { table: createEventTable(definitions), diagnostics: compiled.diagnostics };
}
