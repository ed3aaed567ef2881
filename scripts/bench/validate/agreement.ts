/**
 * Before anything is timed, every input goes through all three validators: a speed figure for
 * validators that answer differently would compare different work.
 */
import { isDeepStrictEqual } from 'node:util';
import { toValidationIssue } from '../../../packages/runtime/src/validation/index.js';
import type { EventValidators } from './contenders.js';
import type { BenchInput } from './inputs.js';

export interface Agreement {
  /** Inputs checked. */
  checked: number;
  /** One line per input on which the validators disagree (or miss what the input was made to be). */
  disagreements: string[];
}

/**
 * Same verdict from `ours`, `ours raw` and ajv, equal to what the input was made to be; on failure
 * the same errors: ours' issues equal to ajv's errors converted by the runtime's `toValidationIssue`
 * (pointer, keyword, ajv's own message, params, schema path), and `ours raw` holding those very
 * issues (the generated code builds them at the error site; the wrapper adds nothing).
 *
 * @example
 * const { disagreements } = checkAgreement(inputs, contenders.byEvent);
 * if (disagreements.length > 0) throw new Error(disagreements.join('\n'));
 */
export function checkAgreement(
  inputs: readonly BenchInput[],
  byEvent: ReadonlyMap<string, EventValidators>,
): Agreement {
  const disagreements: string[] = [];
  inputs.forEach((input, index) => {
    const problem = compare(input, byEvent.get(input.eventId));
    if (problem) disagreements.push(`input ${index} (${input.eventId}): ${problem}`);
  });
  return { checked: inputs.length, disagreements };
}

function compare(input: BenchInput, validators: EventValidators | undefined): string | undefined {
  if (!validators) return 'no validator';
  const ours = validators.ours(input.data);
  const raw = validators.oursRaw(input.data);
  const ajv = validators.ajv(input.data);
  if (ours.valid !== input.expectValid || raw !== input.expectValid || ajv !== input.expectValid) {
    return `expected valid=${input.expectValid}, got ours ${ours.valid}, ours raw ${raw}, ajv ${ajv}`;
  }
  if (ours.valid) return undefined;
  const expected = (validators.ajv.errors ?? []).map(toValidationIssue);
  if (ours.issues.length !== expected.length) {
    return `ours reports ${ours.issues.length} issue(s), ajv ${expected.length} error(s)`;
  }
  for (const [i, issue] of ours.issues.entries()) {
    if (!isDeepStrictEqual({ ...issue }, expected[i])) {
      return `issue ${i}: ours ${JSON.stringify(issue)}, ajv ${JSON.stringify(expected[i])}`;
    }
  }
  if (!isDeepStrictEqual(validators.oursRaw.errors, ours.issues)) {
    return `ours raw's errors ${JSON.stringify(validators.oursRaw.errors)} are not ours' issues`;
  }
  return undefined;
}
