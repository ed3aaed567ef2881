import { toValidationIssue } from '@hookwright/runtime/validation';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Contract, EventVersion, JsonValue } from '../../../ir/contract.js';
import { type CompiledContract, compileContract } from '../../validators/compile-contract.js';
import type { Synthesis, SynthesisMemo } from './synthesis-memo.js';
import { type SynthesisChoice, SynthesisError, synthesize } from './synthesize.js';

/** The example payload the docs show for one event. */
export interface DocExample {
  value: JsonValue;
  /** `contract`: written by the author (and checked by `checkExamples`); `synthesized`: built here. */
  origin: 'contract' | 'synthesized';
  name?: string;
}

export interface ExampleResolution {
  /** Keyed by event id; an event whose schema could not be satisfied has no entry. */
  examples: Record<string, DocExample>;
  /** `example-not-synthesized` warnings, at the event's payload. */
  diagnostics: Diagnostic[];
}

/** Fuller candidates first; required-only and other `oneOf` branches when those fail. */
const CHOICES: SynthesisChoice[] = [
  { optional: true, branch: 0 },
  { optional: false, branch: 0 },
  { optional: true, branch: 1 },
  { optional: false, branch: 1 },
  { optional: false, branch: 2 },
];

/** Compiled validators of the whole contract, as `buildValidators` has them (see `resolveExamples`). */
export type ExampleValidators = Pick<CompiledContract, 'plan' | 'validatorFor'>;

/**
 * One example payload per event: the contract's first example with a payload, otherwise one
 * synthesised from the payload schema and accepted only if the compiled validator passes it. Only
 * events that need synthesis are compiled, so a contract with examples costs nothing here.
 *
 * `compiled`: the validators the generate pipeline has already compiled for the whole contract.
 * Passing them saves compiling the schemas a second time (on a contract where most messages have
 * no example, that second compile was a fifth of generate's main-thread time). Their error
 * objects carry no messages (code-emitting ajv), so events that end without an example are
 * resolved again with a compile of their own, and the warning reads the same either way.
 *
 * @example
 * const { examples, diagnostics } = resolveExamples(contract);
 * examples['order.created@2']?.value; // { id: '...', total: { amount: 1, currency: 'AAA' } }
 */
export function resolveExamples(
  contract: Contract,
  compiled?: ExampleValidators,
  memo?: SynthesisMemo,
): ExampleResolution {
  const examples: Record<string, DocExample> = {};
  const needed: EventVersion[] = [];
  for (const event of contract.events) {
    const given = event.examples.find((e) => e.payload !== undefined);
    if (given) {
      examples[event.id] = {
        value: given.payload!,
        origin: 'contract',
        ...(given.name === undefined ? {} : { name: given.name }),
      };
    } else needed.push(event);
  }
  if (needed.length === 0) return { examples, diagnostics: [] };
  const outcomes = memo?.recall(contract, needed) ?? new Map<EventVersion, Synthesis>();
  let unresolved = needed.filter((event) => !outcomes.has(event));
  if (compiled) {
    unresolved = unresolved.filter((event) => {
      const synthesized = synthesizeChecked(event, contract, compiled);
      if ('value' in synthesized) outcomes.set(event, synthesized);
      return !('value' in synthesized);
    });
  }
  if (unresolved.length > 0) {
    const own = compileContract(
      { ...contract, events: unresolved },
      { emitCode: false, unknownKeywords: 'ignore' },
    );
    for (const event of unresolved) outcomes.set(event, synthesizeChecked(event, contract, own));
  }
  memo?.keep(outcomes);
  const diagnostics: Diagnostic[] = [];
  for (const event of needed) {
    const synthesized = outcomes.get(event)!;
    if ('value' in synthesized) {
      examples[event.id] = { value: synthesized.value, origin: 'synthesized' };
      continue;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'example-not-synthesized',
      message: `no example for ${event.id}: ${synthesized.problem}; its docs show no example (add one to the message)`,
      file: event.source.file,
      line: event.source.line,
      col: event.source.col,
      pointer: `${event.source.pointer}/payload`,
    });
  }
  return { examples, diagnostics };
}

/** The first synthesised candidate `compiled` accepts, or why there is none. */
function synthesizeChecked(event: EventVersion, contract: Contract, compiled: ExampleValidators): Synthesis {
  const binding = compiled.plan.payloads.get(event.id);
  const validate = binding && compiled.validatorFor(binding);
  if (!validate) return { problem: 'its payload schema does not compile' };
  return firstValid(event, contract, (value) => {
    if (validate(value)) return undefined;
    const error = validate.errors?.[0];
    if (!error) return 'the validator rejects it';
    return `${toValidationIssue(error).pointer || '(root)'} ${error.message ?? error.keyword}`;
  });
}

function firstValid(
  event: EventVersion,
  contract: Contract,
  check: (value: JsonValue) => string | undefined,
): { value: JsonValue } | { problem: string } {
  let first: string | undefined;
  const tried = new Set<string>();
  for (const choice of CHOICES) {
    let value: JsonValue;
    try {
      value = synthesize(event.payload, contract.schemas, choice);
    } catch (error) {
      if (!(error instanceof SynthesisError)) throw error;
      first ??= `the schema cannot be satisfied at ${error.message}`;
      continue;
    }
    const key = JSON.stringify(value);
    if (tried.has(key)) continue;
    tried.add(key);
    const problem = check(value);
    if (problem === undefined) return { value };
    first ??= `a synthesised value fails validation: ${problem}`;
  }
  return { problem: first ?? 'no candidate' };
}
