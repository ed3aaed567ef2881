/**
 * Block-style YAML for plain JSON data. The synthetic contract is data we build ourselves, so a
 * tiny printer is enough and keeps the scripts package free of a YAML dependency: strings that
 * could be read as anything but themselves are written as JSON strings, which YAML accepts as
 * double-quoted scalars.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// No `,[]{}` (flow indicators), `:` or `#`, so plain strings are safe inside `[...]` too.
const PLAIN_STRING = /^[A-Za-z_][A-Za-z0-9_ ./-]*$/;
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
// Words YAML 1.1 or 1.2 readers turn into booleans or null.
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

function isPlain(text: string, pattern: RegExp): boolean {
  return pattern.test(text) && !text.endsWith(' ') && !RESERVED.has(text.toLowerCase());
}

function scalar(value: null | boolean | number | string): string {
  if (typeof value === 'string') return isPlain(value, PLAIN_STRING) ? value : JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`cannot write ${value}`);
  return String(value);
}

function key(name: string): string {
  return isPlain(name, PLAIN_KEY) ? name : JSON.stringify(name);
}

function isScalar(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

/** Scalars, empty collections and arrays of scalars fit on one line (`[a, "null"]`). */
function fitsInline(value: Json): boolean {
  if (isScalar(value)) return true;
  return Array.isArray(value) ? value.every(isScalar) : Object.keys(value).length === 0;
}

function inline(value: Json): string {
  if (Array.isArray(value))
    return `[${value.map((item) => scalar(item as null | boolean | number | string)).join(', ')}]`;
  if (value !== null && typeof value === 'object') return '{}';
  return scalar(value);
}

/** Lines for `value`, each prefixed with `indent`. */
function lines(value: Json, indent: string): string[] {
  if (fitsInline(value)) return [indent + inline(value)];
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const itemLines = lines(item, `${indent}  `);
      out.push(`${indent}- ${itemLines[0]!.slice(indent.length + 2)}`);
      for (let i = 1; i < itemLines.length; i++) out.push(itemLines[i]!);
    }
    return out;
  }
  for (const [name, child] of Object.entries(value as Record<string, Json>)) {
    if (fitsInline(child)) out.push(`${indent}${key(name)}: ${inline(child)}`);
    else {
      out.push(`${indent}${key(name)}:`);
      // A loop, not push(...lines): spreading a section of the large contract overflows the stack.
      for (const line of lines(child, `${indent}  `)) out.push(line);
    }
  }
  return out;
}

/**
 * @example
 * toYaml({ a: [{ b: 'x y' }], c: ['#/ref', null] });
 * // 'a:\n  - b: x y\nc: ["#/ref", null]\n'
 */
export function toYaml(value: Json): string {
  return `${lines(value, '').join('\n')}\n`;
}
