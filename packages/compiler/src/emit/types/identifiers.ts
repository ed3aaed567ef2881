/**
 * Which strings TypeScript accepts as identifiers, by TypeScript's own rules for ES2015+ targets
 * but without loading TypeScript: `generate` asks this for every property name, and the first
 * question used to load the compiler, a few tenths of a second (issue 15).
 *
 * TypeScript's scanner lets ASCII letters, `$` and `_` start an identifier, those and ASCII digits
 * continue one, and beyond ASCII uses its tables of Unicode ID_Start and ID_Continue (which hold
 * Other_ID_Start, Other_ID_Continue, ZWNJ and ZWJ too). Its tables are of Unicode 15.1 (TypeScript
 * 5.9 and 6.0); the property escapes below are of the Unicode of the running Node's ICU (17.0 in
 * Node 20.20). A name TypeScript does not read as one identifier would break the emitted code,
 * so the identifier characters that Unicode 17.0 has and TypeScript lacks (all new in 16.0 and
 * 17.0: the code points where identifiers.test.ts's sweep of every code point disagreed) are
 * taken out again. So we answer as TypeScript does on any Node whose Unicode is 15.1 to 17.0
 * (identifier properties are never withdrawn from a character). On an older Unicode we are
 * stricter than TypeScript, which is safe: such a name is quoted, or gets `_` for the character.
 * On a Unicode newer than 17.0 its new identifier characters would pass; the sweep fails on such
 * a Node, and these lists then grow (or TypeScript's tables have caught up).
 */

/** ID_Start characters of Unicode 16.0 and 17.0, which TypeScript's 15.1 tables lack. */
const idStartAfter15_1 =
  String.raw`\u{88F}\u{C5C}\u{CDC}\u{1C89}-\u{1C8A}\u{A7CB}-\u{A7CF}\u{A7D2}\u{A7D4}\u{A7DA}-\u{A7DC}` +
  String.raw`\u{A7F1}\u{105C0}-\u{105F3}\u{10940}-\u{10959}\u{10D4A}-\u{10D65}\u{10D6F}-\u{10D85}` +
  String.raw`\u{10EC2}-\u{10EC7}\u{11380}-\u{11389}\u{1138B}\u{1138E}\u{11390}-\u{113B5}\u{113B7}` +
  String.raw`\u{113D1}\u{113D3}\u{11BC0}-\u{11BE0}\u{11DB0}-\u{11DDB}\u{13460}-\u{143FA}` +
  String.raw`\u{16100}-\u{1611D}\u{16D40}-\u{16D6C}\u{16EA0}-\u{16EB8}\u{16EBB}-\u{16ED3}` +
  String.raw`\u{16FF2}-\u{16FF6}\u{187F8}-\u{187FF}\u{18CFF}\u{18D09}-\u{18D1E}\u{18D80}-\u{18DF2}` +
  String.raw`\u{1E5D0}-\u{1E5ED}\u{1E5F0}\u{1E6C0}-\u{1E6DE}\u{1E6E0}-\u{1E6E2}\u{1E6E4}-\u{1E6E5}` +
  String.raw`\u{1E6E7}-\u{1E6ED}\u{1E6F0}-\u{1E6F4}\u{1E6FE}-\u{1E6FF}\u{2B73A}-\u{2B73F}` +
  String.raw`\u{2CEA2}-\u{2CEAD}\u{323B0}-\u{33479}`;
/** ID_Continue characters of Unicode 16.0 and 17.0 that are not ID_Start, also unknown to TypeScript. */
const idContinueOnlyAfter15_1 =
  String.raw`\u{897}\u{1ACF}-\u{1ADD}\u{1AE0}-\u{1AEB}\u{10D40}-\u{10D49}\u{10D69}-\u{10D6D}` +
  String.raw`\u{10EFA}-\u{10EFC}\u{113B8}-\u{113C0}\u{113C2}\u{113C5}\u{113C7}-\u{113CA}` +
  String.raw`\u{113CC}-\u{113D0}\u{113D2}\u{113E1}-\u{113E2}\u{116D0}-\u{116E3}\u{11B60}-\u{11B67}` +
  String.raw`\u{11BF0}-\u{11BF9}\u{11DE0}-\u{11DE9}\u{11F5A}\u{1611E}-\u{16139}\u{16D70}-\u{16D79}` +
  String.raw`\u{1CCF0}-\u{1CCF9}\u{1E5EE}-\u{1E5EF}\u{1E5F1}-\u{1E5FA}\u{1E6E3}\u{1E6E6}` +
  String.raw`\u{1E6EE}-\u{1E6EF}\u{1E6F5}`;

/**
 * A non-ASCII character that may start an identifier, matched where `lastIndex` points (`y`). The
 * `v` flag subtracts the sets once, when the expression is compiled.
 */
const unicodeStart = new RegExp(`[\\p{ID_Start}--[${idStartAfter15_1}]]`, 'vy');
/** A non-ASCII character that may continue an identifier (ZWNJ and ZWJ included, as in ES2015). */
const unicodePart = new RegExp(
  `[[\\p{ID_Continue}\\u200C\\u200D]--[${idStartAfter15_1}${idContinueOnlyAfter15_1}]]`,
  'vy',
);

/** Every TypeScript keyword text, reserved or contextual (`SyntaxKind.FirstKeyword..LastKeyword`). */
const keywords: ReadonlySet<string> = new Set(
  [
    // reserved words
    'break case catch class const continue debugger default delete do else enum export',
    'extends false finally for function if import in instanceof new null return super switch',
    'this throw true try typeof var void while with',
    // reserved in strict mode
    'implements interface let package private protected public static yield',
    // contextual
    'abstract accessor as asserts assert any async await boolean constructor declare get',
    'infer intrinsic is keyof module namespace never out readonly require number object',
    'satisfies set string symbol type undefined unique unknown using from global bigint',
    'override of defer',
  ]
    .join(' ')
    .split(' '),
);

/** An ASCII letter, `$` or `_`. */
function isAsciiStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95;
}

/** The code point `code`, at `index` of `text`, may start an identifier. */
function isStartAt(text: string, index: number, code: number): boolean {
  if (code < 128) return isAsciiStart(code);
  unicodeStart.lastIndex = index;
  return unicodeStart.test(text);
}

/** The code point `code`, at `index` of `text`, may continue an identifier. */
function isPartAt(text: string, index: number, code: number): boolean {
  if (code < 128) return isAsciiStart(code) || (code >= 48 && code <= 57);
  unicodePart.lastIndex = index;
  return unicodePart.test(text);
}

/** UTF-16 units of the code point `code`. */
function widthOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/**
 * `name` scans as one identifier (keywords included: `default` is a fine property name).
 * Walks indexes rather than `for...of`, which would make a string of every character.
 */
export function isIdentifierText(name: string): boolean {
  if (name === '') return false;
  for (let index = 0; index < name.length; ) {
    const code = name.codePointAt(index)!;
    if (!(index === 0 ? isStartAt(name, 0, code) : isPartAt(name, index, code))) return false;
    index += widthOf(code);
  }
  return true;
}

/**
 * A reserved or contextual keyword (`string`, `type`, `class`, `of`, ...), which cannot name a type.
 * Plain text only: `\u0069f` is no keyword here (TypeScript's scanner reads it as `if`), which
 * no caller meets, as it is no identifier text either.
 */
export function isKeyword(name: string): boolean {
  return keywords.has(name);
}

/** A name a declaration can take: an identifier that is not a keyword. */
export function isUsableTypeName(name: string): boolean {
  return isIdentifierText(name) && !isKeyword(name);
}

/** `name` made usable: invalid characters -> `_`, `_` before a leading digit, `_` after a keyword. */
export function toTypeName(name: string): string {
  let id = '';
  let kept = 0; // where the run of characters kept as they are began
  for (let index = 0; index < name.length; ) {
    const code = name.codePointAt(index)!;
    const width = widthOf(code);
    if (!isPartAt(name, index, code)) {
      id += `${name.slice(kept, index)}_`;
      kept = index + width;
    }
    index += width;
  }
  id += name.slice(kept);
  if (!isStartAt(id, 0, id.codePointAt(0) ?? 0)) id = `_${id}`;
  return isKeyword(id) ? `${id}_` : id;
}
