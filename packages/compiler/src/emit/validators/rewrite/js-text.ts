/**
 * Just enough JavaScript reading to rewrite ajv's standalone output safely: which characters sit
 * inside string or regular-expression literals, where a bracket closes, and how an argument list or
 * object literal splits at its top-level commas. ajv's output is regular (no template literals, no
 * comments once `sourceURL`s are gone), which is what keeps this small; anything it does not
 * recognise makes a rewrite step give up rather than guess.
 */

/** What each character of the text is, as far as the rewrite steps care. */
const CODE = 0;
const LITERAL = 1;
const OPENER = 2;
const CLOSER = 3;

/** Characters after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Uint8Array(128);
for (const c of '(,=:[!&|?{};+-*%<>~^') BEFORE_REGEX[c.charCodeAt(0)] = 1;

export class JsText {
  /** CODE, LITERAL (string, regex or comment, delimiters included), OPENER or CLOSER, per character. */
  private readonly kinds: Uint8Array;

  constructor(readonly text: string) {
    this.kinds = characterKinds(text);
  }

  isCode(index: number): boolean {
    return this.kinds[index] !== LITERAL;
  }

  /** The first occurrence of `needle` at or after `from` that starts in code, or -1. */
  find(needle: string, from = 0): number {
    let at = this.text.indexOf(needle, from);
    while (at !== -1 && !this.isCode(at)) at = this.text.indexOf(needle, at + 1);
    return at;
  }

  /** Every match of a global `pattern` that starts in code. */
  *matches(pattern: RegExp, from = 0, to = this.text.length): Generator<RegExpExecArray> {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    re.lastIndex = from;
    for (let m = re.exec(this.text); m !== null && m.index < to; m = re.exec(this.text)) {
      if (this.isCode(m.index)) yield m;
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  /** Index of the bracket closing the one at `open`. Throws if the text is unbalanced. */
  closeOf(open: number): number {
    const kinds = this.kinds;
    let depth = 0;
    for (let i = open; i < kinds.length; i++) {
      const kind = kinds[i];
      if (kind === OPENER) depth++;
      else if (kind === CLOSER && --depth === 0) {
        if (PAIRS[this.text[open]!] !== this.text[i])
          throw new Error(`"${this.text[i]}" at ${i} closes "${this.text[open]}" at ${open}`);
        return i;
      }
    }
    throw new Error(`no bracket closes the one at ${open}`);
  }

  /** The top-level parts of `text.slice(start, end)` separated by `separator` (a single character), trimmed. */
  split(start: number, end: number, separator = ','): string[] {
    return this.splitRanges(start, end, separator).map(([from, to]) => this.text.slice(from, to));
  }

  /** `split`, as `[start, end)` ranges of the trimmed parts. */
  splitRanges(start: number, end: number, separator: string): [number, number][] {
    const kinds = this.kinds;
    const code = separator.charCodeAt(0);
    const parts: [number, number][] = [];
    let depth = 0;
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end) {
        const kind = kinds[i];
        if (kind === OPENER) depth++;
        else if (kind === CLOSER) depth--;
        if (kind !== CODE || depth !== 0 || this.text.charCodeAt(i) !== code) continue;
      } else if (parts.length === 0 && this.text.slice(from, end).trim() === '') {
        break;
      }
      parts.push(this.trimmed(from, i));
      from = i + 1;
    }
    return parts;
  }

  /** An object literal's entries from its `{` at `open` to its `}` at `close`, with value ranges, or undefined. */
  entries(open: number, close: number): ObjectEntry[] | undefined {
    if (this.text[open] !== '{' || this.text[close] !== '}') return undefined;
    const entries: ObjectEntry[] = [];
    for (const [from, to] of this.splitRanges(open + 1, close, ',')) {
      if (from === to) continue;
      const part = this.text.slice(from, to);
      const key = /^[A-Za-z_$][\w$]*/.exec(part)?.[0];
      if (key === undefined) return undefined;
      const rest = part.slice(key.length).trimStart();
      if (rest === '') {
        entries.push({ key, value: key, start: from, end: from + key.length });
        continue;
      }
      if (!rest.startsWith(':')) return undefined;
      const [start, end] = this.trimmed(to - rest.length + 1, to);
      entries.push({ key, value: this.text.slice(start, end), start, end });
    }
    return entries;
  }

  private trimmed(start: number, end: number): [number, number] {
    while (start < end && isSpace(this.text.charCodeAt(start))) start++;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    return [start, end];
  }

  /**
   * For each line of `text.slice(start, end)`, how many more `{` than `}` it has in code: depths
   * follow by adding them up, and stay right when lines are dropped or merged.
   */
  braceBalances(start = 0, end = this.text.length): number[] {
    const balances: number[] = [];
    let balance = 0;
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === NEWLINE) {
        balances.push(balance);
        balance = 0;
      } else if (c === OPEN_BRACE && this.kinds[i] === OPENER) balance++;
      else if (c === CLOSE_BRACE && this.kinds[i] === CLOSER) balance--;
    }
    balances.push(balance);
    return balances;
  }
}

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const NEWLINE = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** One `key: value` (or shorthand `key`) of an object literal; `start`/`end` delimit the value. */
export interface ObjectEntry {
  key: string;
  value: string;
  start: number;
  end: number;
}

/** Splits a standalone expression at its top-level `separator`s (see `JsText.split`). */
export function splitExpression(expression: string, separator: string): string[] {
  return new JsText(expression).split(0, expression.length, separator);
}

/** A standalone object literal's entries as `[key, value]`, or undefined if it is not a plain one. */
export function objectEntries(literal: string): [key: string, value: string][] | undefined {
  const trimmed = literal.trim();
  return new JsText(trimmed).entries(0, trimmed.length - 1)?.map(({ key, value }) => [key, value]);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function characterKinds(text: string): Uint8Array {
  const kinds = new Uint8Array(text.length);
  // The last character of code before a possible `/`: tells a regex from a division.
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    let end: number;
    if (c === SLASH && next === STAR) end = commentEnd(text, i, '*/');
    else if (c === SLASH && next === SLASH) end = commentEnd(text, i, '\n') - 1;
    else {
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) end = stringEnd(text, i);
      else if (c === SLASH && (previous === 0 || BEFORE_REGEX[previous] === 1)) end = regexEnd(text, i);
      else {
        if (c === 40 || c === 91 || c === OPEN_BRACE) kinds[i] = OPENER;
        else if (c === 41 || c === 93 || c === CLOSE_BRACE) kinds[i] = CLOSER;
        if (c !== 32 && c !== 9 && c !== NEWLINE) previous = c;
        continue;
      }
      previous = DOUBLE_QUOTE;
    }
    kinds.fill(LITERAL, i, end + 1);
    i = end;
  }
  return kinds;
}

const SLASH = 47;
const STAR = 42;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** Index of the last character of a comment ending with `close` (the end of the text for a line comment). */
function commentEnd(text: string, open: number, close: string): number {
  const at = text.indexOf(close, open + 2);
  if (at !== -1) return at + close.length - 1;
  if (close === '\n') return text.length;
  throw new Error(`unterminated comment at ${open}`);
}

function stringEnd(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i;
    else if (c === NEWLINE) break;
  }
  throw new Error(`unterminated string literal at ${open}`);
}

function regexEnd(text: string, open: number): number {
  let inClass = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === OPEN_BRACKET) inClass = true;
    else if (c === CLOSE_BRACKET) inClass = false;
    else if (c === SLASH && !inClass) {
      let flags = i + 1;
      while (flags < text.length && /[a-z]/.test(text[flags]!)) flags++;
      return flags - 1;
    } else if (c === NEWLINE) break;
  }
  throw new Error(`unterminated regular expression at ${open}`);
}

const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
