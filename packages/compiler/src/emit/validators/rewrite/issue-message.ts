import { issueMessage } from '@hookwright/runtime/validation';
import type { ConcatPart } from './concat.js';

const MARK = '\u0001';

/**
 * Params ajv fills in at validation time that the wording only prints (never branches on), by
 * keyword. Any other run-time param keeps its site off the constant-message path.
 */
const PRINTED_RUNTIME_PARAMS: Readonly<Record<string, readonly string[]>> = {
  required: ['missingProperty'],
  dependencies: ['missingProperty'],
  dependentRequired: ['missingProperty'],
  additionalProperties: ['additionalProperty'],
  unevaluatedProperties: ['unevaluatedProperty'],
  propertyNames: ['propertyName'],
  uniqueItems: ['i', 'j'],
  if: ['failingKeyword'],
  oneOf: ['passingSchemas'],
};

/**
 * ajv's message for an error site, as concatenation parts: the runtime's own wording
 * (`issueMessage`, the function the differential tests hold to ajv's), computed here at generate
 * time. Params known at generate time are passed as values; params only known at validation time
 * (`missing0`, `key0`) are passed as marker strings that end up as code parts; only params the
 * wording merely prints may be such. The message is built twice with different markers, and
 * undefined is returned if the two differ anywhere but at the markers.
 */
export function messageParts(
  keyword: string,
  known: Readonly<Record<string, unknown>>,
  runtime: Readonly<Record<string, string>>,
): ConcatPart[] | undefined {
  const names = Object.keys(runtime);
  const printed = Object.hasOwn(PRINTED_RUNTIME_PARAMS, keyword) ? PRINTED_RUNTIME_PARAMS[keyword]! : [];
  if (names.some((name) => !printed.includes(name))) return undefined;
  const build = (tag: string) => {
    const params: Record<string, unknown> = { ...known };
    names.forEach((name, i) => {
      params[name] = `${MARK}${tag}${i}${MARK}`;
    });
    return splitMarked(
      issueMessage({ instancePath: '', schemaPath: '', keyword, params }),
      tag,
      names,
      runtime,
    );
  };
  const first = build('a');
  const second = build('b');
  if (first === undefined || second === undefined) return undefined;
  return JSON.stringify(first) === JSON.stringify(second) ? first : undefined;
}

function splitMarked(
  message: string,
  tag: string,
  names: readonly string[],
  runtime: Readonly<Record<string, string>>,
): ConcatPart[] | undefined {
  const pieces = message.split(MARK);
  // Literal text sits at even positions, markers at odd ones.
  const parts: ConcatPart[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 0) {
      parts.push({ literal: piece });
      continue;
    }
    const match = new RegExp(`^${tag}(\\d+)$`).exec(piece);
    const name = match ? names[Number(match[1])] : undefined;
    if (name === undefined || i === pieces.length - 1) return undefined;
    parts.push({ code: runtime[name]! });
  }
  return parts;
}
