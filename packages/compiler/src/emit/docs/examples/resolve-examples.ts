import { toValidationIssue } from '@hookwright/runtime/validation';
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Contract, EventVersion, JsonValue } from '../../../ir/contract.js';
import { compileContract } from '../../validators/compile-contract.js';
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

/**
 * One example payload per event: the contract's first example with a payload, otherwise one
 * synthesised from the payload schema and accepted only if the compiled validator passes it. Only
 * events that need synthesis are compiled, so a contract with examples costs nothing here.
 *
 * @example
 * const { examples, diagnostics } = resolveExamples(contract);
 * examples['order.created@2']?.value; // { id: '...', total: { amount: 1, currency: 'AAA' } }
 */
export function resolveExamples(contract: Contract): ExampleResolution {
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
  const diagnostics: Diagnostic[] = [];
  if (needed.length === 0) return { examples, diagnostics };
  const compiled = compileContract(
    { ...contract, events: needed },
    { emitCode: false, unknownKeywords: 'ignore' },
  );
  for (const event of needed) {
    const binding = compiled.plan.payloads.get(event.id);
    const validate = binding && compiled.validatorFor(binding);
    let problem = 'its payload schema does not compile';
    if (validate) {
      const found = firstValid(event, contract, (value) => {
        if (validate(value)) return undefined;
        const error = validate.errors?.[0];
        if (!error) return 'the validator rejects it';
        return `${toValidationIssue(error).pointer || '(root)'} ${error.message ?? error.keyword}`;
      });
      if ('value' in found) {
        examples[event.id] = { value: found.value, origin: 'synthesized' };
        continue;
      }
      problem = found.problem;
    }
    diagnostics.push({
      severity: 'warning',
      code: 'example-not-synthesized',
      message: `no example for ${event.id}: ${problem}; its docs show no example (add one to the message)`,
      file: event.source.file,
      line: event.source.line,
      col: event.source.col,
      pointer: `${event.source.pointer}/payload`,
    });
  }
  return { examples, diagnostics };
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
