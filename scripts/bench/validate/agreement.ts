/**
 * Before anything is timed, every input goes through all three validators: a speed figure for
 * validators that answer differently would compare different work.
 */
import { isDeepStrictEqual } from 'node:util';
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
 * the same errors: as many, and each with ajv's keyword, schema path, params and message (the
 * runtime rebuilds ajv's sentence from keyword and params).
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
  const expected = validators.ajv.errors ?? [];
  if (ours.issues.length !== expected.length) {
    return `ours reports ${ours.issues.length} issue(s), ajv ${expected.length} error(s)`;
  }
  for (const [i, issue] of ours.issues.entries()) {
    const error = expected[i]!;
    const same =
      issue.keyword === error.keyword &&
      issue.schemaPath === error.schemaPath &&
      issue.message === error.message &&
      isDeepStrictEqual(issue.params, { ...error.params });
    if (!same) {
      return `issue ${i}: ours ${JSON.stringify(issue)}, ajv ${JSON.stringify(error)}`;
    }
  }
  return undefined;
}
