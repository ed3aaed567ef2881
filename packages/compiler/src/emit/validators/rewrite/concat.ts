import { JsText } from './js-text.js';

/** One operand of a string concatenation: text known at generate time, or code run at validation time. */
export type ConcatPart = { literal: string } | { code: string };

/**
 * The operands of a `+` chain as ajv writes instance paths (`instancePath+"/tags/" + i0`), with
 * double-quoted string literals read into their text.
 */
export function parseConcat(expression: string | JsText): ConcatPart[] {
  const text = typeof expression === 'string' ? new JsText(expression) : expression;
  return text.split(0, text.text.length, '+').map((part) => {
    if (part.startsWith('"')) {
      try {
        const text: unknown = JSON.parse(part);
        if (typeof text === 'string') return { literal: text };
      } catch {
        // not one literal, e.g. `"a".concat(b)`: keep it as code
      }
    }
    return { code: part };
  });
}

/**
 * A JavaScript expression that concatenates `parts`: adjacent literals merged, `""` when there is
 * nothing, and a leading `""+` when the first operand is code, so a number (an array index) still
 * makes a string.
 */
export function renderConcat(parts: readonly ConcatPart[]): string {
  const merged: ConcatPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if ('literal' in part && part.literal === '') continue;
    if ('literal' in part && last !== undefined && 'literal' in last)
      merged[merged.length - 1] = { literal: last.literal + part.literal };
    else merged.push(part);
  }
  if (merged.length === 0) return '""';
  const operands = merged.map((part) => ('literal' in part ? JSON.stringify(part.literal) : part.code));
  return 'code' in merged[0]! ? `""+${operands.join('+')}` : operands.join('+');
}
