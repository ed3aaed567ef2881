import { JsText } from './js-text.js';

const FUNCTION_START = /^function (validate\d+)\(data[^\n]*\{$/gm;

/** `code` with the body of every top-level `function validateN(...){...}` replaced by `rewrite(body, name)`. */
export function mapFunctionBodies(code: string, rewrite: (body: string, name: string) => string): string {
  const out: string[] = [];
  let at = 0;
  const text = new JsText(code);
  for (const match of text.matches(FUNCTION_START)) {
    const open = match.index + match[0].length - 1;
    const close = text.closeOf(open);
    out.push(code.slice(at, open + 1), rewrite(code.slice(open + 1, close), match[1]!));
    at = close;
  }
  out.push(code.slice(at));
  return out.join('');
}

/** Brace depth after each line of `body` (strings and regular expressions skipped). */
export function lineDepths(body: string): number[] {
  return new JsText(body).lineDepths();
}

/** The line whose `}` closes the block opened at the end of line `open`, or undefined. */
export function matchingLine(depthAfter: readonly number[], open: number): number | undefined {
  const outside = depthAfter[open]! - 1;
  for (let i = open + 1; i < depthAfter.length; i++) if (depthAfter[i] === outside) return i;
  return undefined;
}
