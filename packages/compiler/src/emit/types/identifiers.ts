/** Which strings TypeScript accepts as identifiers, using the compiler's own character tables. */
import type { ts as TS } from 'ts-morph';
import { ts } from '../typescript.js';

/** `ts.ScriptTarget.ES2022`, spelled out so that importing this module does not load TypeScript. */
const target = 9 satisfies TS.ScriptTarget.ES2022;
/** Made on first use, not at import: see `typescript.ts`. */
let scanner: TS.Scanner | undefined;

/** `name` scans as one identifier (keywords included: `default` is a fine property name). */
export function isIdentifierText(name: string): boolean {
  let first = true;
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    if (!(first ? ts.isIdentifierStart(code, target) : ts.isIdentifierPart(code, target))) return false;
    first = false;
  }
  return !first;
}

/** A reserved or contextual keyword (`string`, `type`, `class`, `of`, ...), which cannot name a type. */
export function isKeyword(name: string): boolean {
  scanner ??= ts.createScanner(target, false);
  scanner.setText(name);
  const kind = scanner.scan();
  return (
    kind >= ts.SyntaxKind.FirstKeyword &&
    kind <= ts.SyntaxKind.LastKeyword &&
    scanner.getTokenEnd() === name.length
  );
}

/** A name a declaration can take: an identifier that is not a keyword. */
export function isUsableTypeName(name: string): boolean {
  return isIdentifierText(name) && !isKeyword(name);
}

/** `name` made usable: invalid characters -> `_`, `_` before a leading digit, `_` after a keyword. */
export function toTypeName(name: string): string {
  let id = '';
  for (const ch of name) id += ts.isIdentifierPart(ch.codePointAt(0)!, target) ? ch : '_';
  if (!ts.isIdentifierStart(id.codePointAt(0) ?? 0, target)) id = `_${id}`;
  return isKeyword(id) ? `${id}_` : id;
}
