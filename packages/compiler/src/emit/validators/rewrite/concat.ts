import { JsText } from './js-text.js';

/** One operand of a string concatenation: text known at generate time, or code run at validation time. */
export type ConcatPart = { literal: string } | { code: string };

/**
 * The operands of a `+` chain as ajv writes instance paths (`instancePath+"/tags/" + i0`), with
 * double-quoted string literals read into their text.
 */
export function parseConcat(expression: string): ConcatPart[] {
  return parseConcatIn(new JsText(expression), 0, expression.length);
}

/** `parseConcat` of `text.text.slice(start, end)`, read from the scan of the whole text. */
export function parseConcatIn(text: JsText, start: number, end: number): ConcatPart[] {
  return text.split(start, end, '+').map((part) => {
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
