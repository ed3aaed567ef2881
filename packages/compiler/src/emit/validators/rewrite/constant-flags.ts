import { type FunctionBody, matchingLine } from './functions.js';

const ASSIGN_TRUE = /^(?:(?:var|let) )?(valid\d+) = true;$/;
const IF_FLAG = /^if\((!?)(valid\d+)\)\{$/;

/**
 * ajv carries a `validN` flag from one keyword to the next (`var valid0 = _errs2 === errors;` ...
 * `if(valid0){`). Once `returnAtFirstErrorIn` has made a function return at every error, those flags
 * are only ever set to `true`: each such flag is removed with the `if(valid0){` blocks it guarded
 * (their contents stay) and the `if(!valid1){ break; }` it never takes, and so are the `else {}`
 * blocks left empty. A flag used in any other way is kept. Returns the body's lines.
 */
export function removeConstantFlagsIn(body: FunctionBody): string[] {
  const { lines, balances } = body;
  const flags = constantFlags(lines);
  if (flags.size === 0) return lines;
  const drop = new Set<number>();
  const uses = flagUses(lines);
  for (const flag of flags) {
    const dropped = flagLines(lines, balances, flag, uses.get(flag) ?? []);
    if (dropped !== undefined) for (const i of dropped) drop.add(i);
  }
  if (drop.size === 0) return lines;
  const kept = lines.filter((_line, i) => !drop.has(i));
  // The `else {` blocks left empty go too: `}`, `else {`, `}` becomes `}`.
  return kept.filter(
    (line, i) =>
      !(line === 'else {' && kept[i - 1] === '}' && kept[i + 1] === '}') &&
      !(line === '}' && kept[i - 1] === 'else {' && kept[i - 2] === '}'),
  );
}

/** Flags that no line assigns anything but `true`. */
function constantFlags(lines: readonly string[]): Set<string> {
  const assigned = new Set<string>();
  const other = new Set<string>();
  for (const line of lines) {
    if (!line.includes('valid')) continue;
    for (const match of line.matchAll(/(?<![\w.])(valid\d+) = ([^;\n]*);/g))
      (match[2] === 'true' ? assigned : other).add(match[1]!);
  }
  return new Set([...assigned].filter((flag) => !other.has(flag)));
}

/** The lines that mention each flag (in code or not: a mention in a string only keeps the flag). */
function flagUses(lines: readonly string[]): Map<string, number[]> {
  const uses = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!line.includes('valid')) return;
    for (const match of line.matchAll(/(?<![\w.])valid\d+(?!\w)/g)) {
      const at = uses.get(match[0]);
      if (at === undefined) uses.set(match[0], [i]);
      else if (at.at(-1) !== i) at.push(i);
    }
  });
  return uses;
}

/** The lines to drop for `flag`, or undefined if it appears anywhere but in the three known shapes. */
function flagLines(
  lines: readonly string[],
  balances: readonly number[],
  flag: string,
  uses: readonly number[],
): number[] | undefined {
  const drop: number[] = [];
  for (const i of uses) {
    const line = lines[i]!;
    if (ASSIGN_TRUE.exec(line)?.[1] === flag) {
      drop.push(i);
      continue;
    }
    const test = IF_FLAG.exec(line);
    if (test?.[2] !== flag) return undefined;
    const closing = matchingLine(balances, i);
    if (closing === undefined || lines[closing] !== '}' || lines[closing + 1]?.startsWith('else'))
      return undefined;
    if (test[1] === '!') {
      // `if(!valid1){ break; }`: never taken.
      for (let j = i + 1; j < closing; j++) if (lines[j] !== 'break;') return undefined;
      for (let j = i; j <= closing; j++) drop.push(j);
    } else {
      drop.push(i, closing);
    }
  }
  return drop;
}
