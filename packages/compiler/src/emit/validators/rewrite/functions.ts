import { JsText } from './js-text.js';

const FUNCTION_START = /^function (validate\d+)\(data[^\n]*\{$/gm;

/** A generated function's body, line by line, with each line's brace balance (see `JsText.braceBalances`). */
export interface FunctionBody {
  /** The function's name, `validate12`. */
  name: string;
  lines: string[];
  balances: number[];
}

/**
 * `code` with the body of every top-level `function validateN(...){...}` replaced by the lines
 * `rewrite` returns. The module is read once; each body comes with its lines' brace balances.
 */
export function mapFunctionBodies(code: string, rewrite: (body: FunctionBody) => string[]): string {
  const out: string[] = [];
  let at = 0;
  const text = new JsText(code);
  for (const match of text.matches(FUNCTION_START)) {
    const open = match.index + match[0].length - 1;
    const close = text.closeOf(open);
    const body = {
      name: match[1]!,
      lines: code.slice(open + 1, close).split('\n'),
      balances: text.braceBalances(open + 1, close),
    };
    out.push(code.slice(at, open + 1), rewrite(body).join('\n'));
    at = close;
  }
  out.push(code.slice(at));
  return out.join('');
}

/** The lines of `body` whose indices are not in `drop`, with their balances. */
export function withoutLines(body: FunctionBody, drop: ReadonlySet<number>): FunctionBody {
  const keep = (_: unknown, i: number) => !drop.has(i);
  return { name: body.name, lines: body.lines.filter(keep), balances: body.balances.filter(keep) };
}

/** The line whose `}` closes the block opened at the end of line `open`, or undefined. */
export function matchingLine(balances: readonly number[], open: number): number | undefined {
  if (balances[open] !== 1) return undefined;
  let depth = 1;
  for (let i = open + 1; i < balances.length; i++) {
    depth += balances[i]!;
    if (depth === 0) return i;
  }
  return undefined;
}
