/**
 * identifiers.ts answers without TypeScript; these tests hold it to TypeScript's own answers, both
 * the repository's `typescript` (what a user compiles generated code with) and the copy bundled
 * with ts-morph (what the compiler prints with).
 */
import fc from 'fast-check';
import { ts as bundledTs } from 'ts-morph';
import typescript from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  isIdentifierText,
  isKeyword,
  isUsableTypeName,
  toTypeName,
} from '../../src/emit/types/identifiers.js';

/** The part of TypeScript's API these tests ask, which its two copies share. */
interface Scanning {
  version: string;
  SyntaxKind: { FirstKeyword: number; LastKeyword: number };
  isIdentifierStart(code: number, target: number): boolean;
  isIdentifierPart(code: number, target: number): boolean;
  tokenToString(kind: number): string | undefined;
  createScanner(
    target: number,
    skipTrivia: boolean,
    variant?: undefined,
    text?: string,
  ): { scan(): number; getTokenEnd(): number };
}

const ES2022 = typescript.ScriptTarget.ES2022;
const compilers: Array<{ name: string; ts: Scanning }> = [
  { name: `typescript ${typescript.version}`, ts: typescript },
  { name: `ts-morph's typescript ${bundledTs.version}`, ts: bundledTs },
];
const LAST_CODE_POINT = 0x10ffff;

/** Code points (hex) where `ours` and `theirs` disagree, at most `limit` of them. */
function disagreements(
  ours: (code: number) => boolean,
  theirs: (code: number) => boolean,
  limit = 20,
): string[] {
  const found: string[] = [];
  for (let code = 0; code <= LAST_CODE_POINT && found.length < limit; code++) {
    if (ours(code) !== theirs(code)) found.push(`U+${code.toString(16).toUpperCase()}`);
  }
  return found;
}

/** TypeScript's keyword texts, from its own token range. */
function keywordsOf(ts: Scanning): string[] {
  const texts: string[] = [];
  for (let kind = ts.SyntaxKind.FirstKeyword; kind <= ts.SyntaxKind.LastKeyword; kind++) {
    texts.push(ts.tokenToString(kind)!);
  }
  return texts;
}

/** The scanner's answer: `name` is exactly one keyword token (what identifiers.ts used to ask). */
function scansAsKeyword(ts: Scanning, name: string): boolean {
  const scanner = ts.createScanner(ES2022, false, undefined, name);
  const kind = scanner.scan();
  return (
    kind >= ts.SyntaxKind.FirstKeyword &&
    kind <= ts.SyntaxKind.LastKeyword &&
    scanner.getTokenEnd() === name.length
  );
}

/** `name` is one identifier by TypeScript's character tables (its internal `isIdentifierText`). */
function isIdentifierTextByTs(ts: Scanning, name: string): boolean {
  const codes = [...name].map((ch) => ch.codePointAt(0)!);
  return (
    codes.length > 0 &&
    ts.isIdentifierStart(codes[0]!, ES2022) &&
    codes.slice(1).every((code) => ts.isIdentifierPart(code, ES2022))
  );
}

/** `toTypeName` spelled with TypeScript's character tables and scanner: the oracle. */
function toTypeNameByTs(ts: Scanning, name: string): string {
  let id = '';
  for (const ch of name) id += ts.isIdentifierPart(ch.codePointAt(0)!, ES2022) ? ch : '_';
  if (!ts.isIdentifierStart(id.codePointAt(0) ?? 0, ES2022)) id = `_${id}`;
  return scansAsKeyword(ts, id) ? `${id}_` : id;
}

/** Names that start or continue with characters from every class the tables tell apart. */
const tricky = [
  '',
  'a',
  '$',
  '_',
  '1a',
  'a1',
  'a-b',
  'a b',
  'ünïcode',
  'Ωmega',
  'ℕat',
  '℘x', // U+2118: Other_ID_Start
  'x·y', // U+00B7: Other_ID_Continue, continues but cannot start
  '·x',
  'a\u200Cb', // ZWNJ continues an identifier
  '\u200Cb',
  '𝒜lpha', // astral letter (a surrogate pair)
  '𐒀', // astral letter
  'x😀',
  '\uD800', // lone surrogate
  'a\uDC00',
  'x\u0301', // combining mark continues
  '\u0301x',
  '٣x', // Arabic-Indic digit
  'x٣',
  'Ᲊx', // U+1C89: a letter only since Unicode 16.0, which TypeScript does not know yet
  'xᲉ',
  'class',
  'type',
  'Type',
  'default',
  'of',
  'defer',
  'string_',
];

describe('identifier characters, compared with TypeScript at every code point', () => {
  for (const { name, ts } of compilers) {
    it(`may start an identifier: as ${name}`, () => {
      const ours = (code: number) => isIdentifierText(String.fromCodePoint(code));
      expect(disagreements(ours, (code) => ts.isIdentifierStart(code, ES2022))).toEqual([]);
    });

    it(`may continue an identifier: as ${name}`, () => {
      const ours = (code: number) => isIdentifierText(`a${String.fromCodePoint(code)}`);
      expect(disagreements(ours, (code) => ts.isIdentifierPart(code, ES2022))).toEqual([]);
    });
  }
});

describe('keywords', () => {
  for (const { name, ts } of compilers) {
    it(`are the keyword tokens of ${name}`, () => {
      const theirs = keywordsOf(ts);
      expect(theirs.length).toBeGreaterThan(80);
      expect(theirs.filter((text) => !isKeyword(text))).toEqual([]);
      // a text that is not one of its keywords (or an upper-case or extended one) is none of ours
      const near = theirs.flatMap((text) => [text.toUpperCase(), `${text}_`, `_${text}`, text.slice(1)]);
      expect(near.filter((text) => isKeyword(text) !== scansAsKeyword(ts, text))).toEqual([]);
    });
  }

  it('are no keywords with escapes or trivia around them', () => {
    for (const text of ['', ' if', 'if ', 'if;', 'Infer', 'constructor2'])
      expect(isKeyword(text)).toBe(false);
  });
});

describe('names', () => {
  it.each(tricky)('%j: identifier text, usable type name and type name as TypeScript says', (name) => {
    expect(isIdentifierText(name)).toBe(isIdentifierTextByTs(typescript, name));
    expect(isUsableTypeName(name)).toBe(
      isIdentifierTextByTs(typescript, name) && !scansAsKeyword(typescript, name),
    );
    expect(toTypeName(name)).toBe(toTypeNameByTs(typescript, name));
  });

  it('any string: the same answers as TypeScript, and its type name is usable', () => {
    const names = fc.oneof(
      fc.string({ unit: 'grapheme-composite' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...keywordsOf(typescript), ...tricky),
    );
    fc.assert(
      fc.property(names, (name) => {
        expect(isIdentifierText(name)).toBe(isIdentifierTextByTs(typescript, name));
        const typeName = toTypeName(name);
        expect(typeName).toBe(toTypeNameByTs(typescript, name));
        expect(isUsableTypeName(typeName)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('made usable: the examples the naming relies on', () => {
    expect(toTypeName('2fa-Setting')).toBe('_2fa_Setting');
    expect(toTypeName('string')).toBe('string_');
    expect(toTypeName('order.created')).toBe('order_created');
    expect(toTypeName('')).toBe('_');
    expect(toTypeName('Ünïcode')).toBe('Ünïcode');
  });
});
