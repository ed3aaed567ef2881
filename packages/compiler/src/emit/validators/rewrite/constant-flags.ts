import { lineDepths, mapFunctionBodies, matchingLine } from './functions.js';

const ASSIGN_TRUE = /^(?:(?:var|let) )?(valid\d+) = true;$/;
const IF_FLAG = /^if\((!?)(valid\d+)\)\{$/;

/**
 * ajv carries a `validN` flag from one keyword to the next (`var valid0 = _errs2 === errors;` ...
 * `if(valid0){`). Once `returnAtFirstError` has made a function return at every error, those flags
 * are only ever set to `true`: each such flag is removed with the `if(valid0){` blocks it guarded
 * (their contents stay) and the `if(!valid1){ break; }` it never takes, and so are the `else {}`
 * blocks left empty. A flag used in any other way is kept.
 */
export function removeConstantFlags(code: string): string {
  return mapFunctionBodies(code, removeConstantFlagsIn);
}

/** `removeConstantFlags` for one function body. */
export function removeConstantFlagsIn(body: string): string {
  const lines = body.split('\n');
  const drop = new Set<number>();
  const flags = constantFlags(body);
  if (flags.size === 0) return body;
  const depthAfter = lineDepths(body);
  const uses = flagUses(lines);
  for (const flag of flags) {
    const dropped = flagLines(lines, depthAfter, flag, uses.get(flag) ?? []);
    if (dropped !== undefined) for (const i of dropped) drop.add(i);
  }
  if (drop.size === 0) return body;
  return lines
    .filter((_line, i) => !drop.has(i))
    .join('\n')
    .replace(/\n\}\nelse \{\n\}(?=\n)/g, '\n}');
}

/** Flags that no line assigns anything but `true`. */
function constantFlags(body: string): Set<string> {
  const assigned = new Set<string>();
  const other = new Set<string>();
  for (const match of body.matchAll(/(?<![\w.])(valid\d+) = ([^;\n]*);/g))
    (match[2] === 'true' ? assigned : other).add(match[1]!);
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
  depthAfter: readonly number[],
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
    const closing = matchingLine(depthAfter, i);
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
