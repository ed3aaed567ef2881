/**
 * The one place that builds and prints the TypeScript syntax of `types.ts`: a small type-node model
 * and its printer. Names and literals are escaped here, never by the transforms. Union and
 * intersection builders simplify as they go (flatten, drop duplicates, absorb `unknown`/`never`),
 * which keeps the transforms simple and the output readable.
 *
 * Not TypeScript's `ts.factory` and printer, which this replaces: loading and running TypeScript
 * cold cost every `generate` about half a second of CPU beside the parser (issue 15). The output
 * is what TypeScript's printer writes for the same nodes (parentheses, escapes, comment layout),
 * halved to two-space indentation; test/emit-types/printer-parity.test.ts holds it to that.
 */
import { isIdentifierText } from './identifiers.js';

type Keyword = 'unknown' | 'never' | 'string' | 'number' | 'boolean' | 'undefined' | 'null';

export type TypeNode =
  | { readonly kind: 'keyword'; readonly keyword: Keyword }
  /** `text` as printed; `key` tells equal literals apart from unequal ones (`1` vs `'1'`). */
  | { readonly kind: 'literal'; readonly text: string; readonly key: string }
  | { readonly kind: 'reference'; readonly name: string }
  | { readonly kind: 'array'; readonly element: TypeNode }
  | { readonly kind: 'tuple'; readonly elements: readonly TupleElement[]; readonly rest?: TypeNode }
  | { readonly kind: 'union' | 'intersection'; readonly types: readonly TypeNode[] }
  | { readonly kind: 'object'; readonly members: readonly Member[]; readonly singleLine: boolean }
  | { readonly kind: 'keyof'; readonly type: TypeNode };

/** A member of an object type: a named property or a `[key: string]` index signature. */
export type Member =
  | { kind: 'property'; name: string; type: TypeNode; optional: boolean; doc?: readonly string[] }
  | { kind: 'index'; type: TypeNode; doc?: readonly string[] };

/** A top-level declaration of the module, always exported. */
export type Statement =
  | {
      readonly kind: 'interface';
      readonly name: string;
      readonly members: readonly Member[];
      readonly doc?: readonly string[];
    }
  | {
      readonly kind: 'alias';
      readonly name: string;
      readonly type: TypeNode;
      readonly doc?: readonly string[];
    };

const keywordNodes = new Map<Keyword, TypeNode>(
  (['unknown', 'never', 'string', 'number', 'boolean', 'undefined', 'null'] as const).map((keyword) => [
    keyword,
    { kind: 'keyword', keyword },
  ]),
);
const keyword = (name: Keyword): TypeNode => keywordNodes.get(name)!;

export const unknownType = (): TypeNode => keyword('unknown');
export const neverType = (): TypeNode => keyword('never');
export const stringType = (): TypeNode => keyword('string');
export const numberType = (): TypeNode => keyword('number');
export const booleanType = (): TypeNode => keyword('boolean');
export const undefinedType = (): TypeNode => keyword('undefined');
export const nullType = (): TypeNode => keyword('null');

/** Literal type of a JSON scalar; strings are single-quoted unless they hold a `'` and no `"`. */
export function literalType(value: string | number | boolean | null): TypeNode {
  if (value === null) return nullType();
  if (typeof value === 'boolean') return { kind: 'literal', text: String(value), key: `k:${value}` };
  if (typeof value === 'string') return { kind: 'literal', text: stringLiteral(value), key: `s:${value}` };
  const abs = String(Math.abs(value));
  const text = value < 0 || Object.is(value, -0) ? `-${abs}` : abs;
  return { kind: 'literal', text, key: `n:${text}` };
}

/** Reference to a type declared in the same module (`name` must already be a safe identifier). */
export function typeRef(name: string): TypeNode {
  return { kind: 'reference', name };
}

export function arrayType(element: TypeNode): TypeNode {
  return { kind: 'array', element };
}

export interface TupleElement {
  type: TypeNode;
  optional: boolean;
}

/**
 * `[A, B]`, or with labels `[item0: A, item1?: B, ...rest: R[]]` as soon as an element is
 * optional or there is a rest (`rest` undefined means a closed tuple). The labels are not
 * decoration: TypeScript resolves a recursive alias eagerly through unlabelled `A?` and `...R[]`
 * elements (`type T = [[T]?] | null` is TS2456 "circularly references itself") but defers it
 * through labelled ones.
 */
export function tupleType(elements: readonly TupleElement[], rest?: TypeNode): TypeNode {
  return rest === undefined ? { kind: 'tuple', elements } : { kind: 'tuple', elements, rest };
}

/** A key for members that are certainly equal (keywords, literals, references); undefined otherwise. */
function identityKey(node: TypeNode): string | undefined {
  switch (node.kind) {
    case 'literal':
      return node.key;
    case 'reference':
      return `r:${node.name}`;
    case 'keyword':
      return `k:${node.keyword}`;
    default:
      return undefined;
  }
}

/** `A | B`: nested unions flattened, duplicates and `never` dropped, `unknown` absorbs everything. */
export function unionType(members: readonly TypeNode[]): TypeNode {
  const flat = flatten(members, 'union', 'unknown', 'never');
  if (flat === 'absorbed') return unknownType();
  if (flat.length === 0) return neverType();
  return flat.length === 1 ? flat[0]! : { kind: 'union', types: flat };
}

/** `A & B`: nested intersections flattened, duplicates and `unknown` dropped, `never` absorbs everything. */
export function intersectionType(members: readonly TypeNode[]): TypeNode {
  const flat = flatten(members, 'intersection', 'never', 'unknown');
  if (flat === 'absorbed') return neverType();
  if (flat.length === 0) return unknownType();
  return flat.length === 1 ? flat[0]! : { kind: 'intersection', types: flat };
}

/** Members of a union or intersection, with nested ones of the same kind spliced in. */
function flatten(
  members: readonly TypeNode[],
  kind: 'union' | 'intersection',
  absorbing: Keyword,
  neutral: Keyword,
): TypeNode[] | 'absorbed' {
  const out: TypeNode[] = [];
  const seen: string[] = []; // unions here are short: a linear scan beats hashing
  const add = (m: TypeNode): boolean => {
    if (m.kind === 'keyword') {
      if (m.keyword === absorbing) return false;
      if (m.keyword === neutral) return true;
    }
    const key = identityKey(m);
    if (key !== undefined) {
      if (seen.includes(key)) return true;
      seen.push(key);
    }
    out.push(m);
    return true;
  };
  for (const m of members) {
    if (m.kind === kind) {
      for (const inner of m.types) if (!add(inner)) return 'absorbed';
    } else if (!add(m)) return 'absorbed';
  }
  return out;
}

export function isUnknown(node: TypeNode): boolean {
  return node.kind === 'keyword' && node.keyword === 'unknown';
}

/**
 * The type of an object with exactly these members (kept in the given order). A single-line
 * object (`{ a: 1; b: 'x'; }`, for JSON values) has no member docs: a comment ends its line.
 */
export function objectType(
  members: readonly Member[],
  layout: 'multi-line' | 'single-line' = 'multi-line',
): TypeNode {
  const singleLine = layout === 'single-line';
  if (singleLine && members.some((m) => m.doc !== undefined && m.doc.length > 0)) {
    throw new Error('a single-line object type cannot document its members');
  }
  return { kind: 'object', members, singleLine };
}

export function interfaceDeclaration(
  name: string,
  members: readonly Member[],
  doc?: readonly string[],
): Statement {
  return { kind: 'interface', name, members, ...(doc && { doc }) };
}

export function typeAliasDeclaration(name: string, type: TypeNode, doc?: readonly string[]): Statement {
  return { kind: 'alias', name, type, ...(doc && { doc }) };
}

/** `export interface` when `type` is a plain object type (better editor display, declaration merging), else `export type`. */
export function typeDeclaration(name: string, type: TypeNode, doc?: readonly string[]): Statement {
  return type.kind === 'object'
    ? interfaceDeclaration(name, type.members, doc)
    : typeAliasDeclaration(name, type, doc);
}

/** `keyof T` (used for `EventId`). */
export function keyofType(type: TypeNode): TypeNode {
  return { kind: 'keyof', type };
}

/**
 * Print statements as one module: `header`, then each statement separated by a blank line,
 * indented with two spaces, LF line endings, trailing newline.
 */
export function printModule(header: string, statements: readonly Statement[]): string {
  return `${header}\n${statements.map(printStatement).join('\n\n')}\n`;
}

function printStatement(statement: Statement): string {
  const doc = printDoc(statement.doc, '');
  if (statement.kind === 'alias')
    return `${doc}export type ${statement.name} = ${printType(statement.type, '')};`;
  // An empty interface keeps its line break (`{\n}`), unlike an empty object type (`{}`).
  return `${doc}export interface ${statement.name} {\n${printMembers(statement.members, '  ')}}`;
}

/**
 * A JSDoc block, then a line break to `indent`. `lines` must already be sanitised (see
 * `jsdoc.ts`): comment text is copied verbatim, so this is the one place author text enters the
 * output unescaped.
 */
function printDoc(lines: readonly string[] | undefined, indent: string): string {
  if (!lines || lines.length === 0) return '';
  // Trailing blanks dropped, as TypeScript's printer drops them (`@format ` -> `@format`).
  const body = lines.map((line) => `${indent} ${`* ${line}`.trimEnd()}\n`).join('');
  return `/**\n${body}${indent} */\n${indent}`;
}

/** Each member on its own line at `indent`, `;`-terminated, the last followed by a line break. */
function printMembers(members: readonly Member[], indent: string): string {
  let text = '';
  for (const member of members)
    text += `${indent}${printDoc(member.doc, indent)}${printMember(member, indent)};\n`;
  return text;
}

function printMember(member: Member, indent: string): string {
  const type = printType(member.type, indent);
  if (member.kind === 'index') return `[key: string]: ${type}`;
  return `${propertyName(member.name)}${member.optional ? '?' : ''}: ${type}`;
}

/** Property name as written on the wire: a bare identifier when it is one, else a quoted string. */
function propertyName(name: string): string {
  return isIdentifierText(name) ? name : stringLiteral(name);
}

/** `node` as it reads at a line indented by `indent` (where a multi-line object closes). */
function printType(node: TypeNode, indent: string): string {
  switch (node.kind) {
    case 'keyword':
      return node.keyword;
    case 'literal':
      return node.text;
    case 'reference':
      return node.name;
    case 'array':
      return `${printOperand(node.element, indent)}[]`;
    case 'tuple':
      return printTuple(node.elements, node.rest, indent);
    case 'union':
    case 'intersection':
      // Either inside the other goes in parentheses: needed for a union in an intersection, and
      // TypeScript's choice for an intersection in a union (`(A & B) | null`), kept for readability.
      return node.types.map((t) => printConstituent(t, indent)).join(node.kind === 'union' ? ' | ' : ' & ');
    case 'object':
      if (node.members.length === 0) return '{}';
      if (node.singleLine) return `{ ${node.members.map((m) => `${printMember(m, indent)};`).join(' ')} }`;
      return `{\n${printMembers(node.members, `${indent}  `)}${indent}}`;
    case 'keyof':
      return `keyof ${printConstituent(node.type, indent)}`;
  }
}

/** A member of a union or intersection, or the operand of `keyof`: unions and intersections in parentheses. */
function printConstituent(node: TypeNode, indent: string): string {
  const text = printType(node, indent);
  return node.kind === 'union' || node.kind === 'intersection' ? `(${text})` : text;
}

/** The element of an array type: `keyof` also goes in parentheses (`(keyof T)[]`). */
function printOperand(node: TypeNode, indent: string): string {
  return node.kind === 'keyof' ? `(${printType(node, indent)})` : printConstituent(node, indent);
}

function printTuple(elements: readonly TupleElement[], rest: TypeNode | undefined, indent: string): string {
  const labelled = rest !== undefined || elements.some((e) => e.optional);
  const parts = elements.map((e, i) => {
    const type = printType(e.type, indent);
    return labelled ? `item${i}${e.optional ? '?' : ''}: ${type}` : type;
  });
  if (rest !== undefined) parts.push(`...rest: ${printOperand(rest, indent)}[]`);
  return `[${parts.join(', ')}]`;
}

/**
 * A string literal as TypeScript's printer writes it: single-quoted unless the text has a `'`
 * and no `"`; backslash, the quote, control characters and line terminators escaped, and every
 * UTF-16 unit outside ASCII written `\uXXXX` (the printer's default, which keeps generated files
 * ASCII).
 */
function stringLiteral(text: string): string {
  const quote = !text.includes("'") || text.includes('"') ? "'" : '"';
  const escaped = text.replace(quote === "'" ? escapedInSingle : escapedInDouble, (c, offset: number) =>
    escapeUnit(c, text.charCodeAt(offset + 1)),
  );
  return `${quote}${escaped}${quote}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets escaped
const escapedInSingle = /[\\'\u0000-\u001f\u0080-\uffff]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets escaped
const escapedInDouble = /[\\"\u0000-\u001f\u0080-\uffff]/g;

const namedEscapes: Record<string, string> = {
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\b': '\\b',
  '\r': '\\r',
  '\n': '\\n',
  '\\': '\\\\',
  '"': '\\"',
  "'": "\\'",
};

function escapeUnit(c: string, next: number): string {
  const named = namedEscapes[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  // `\0` before a digit would read as an octal escape.
  if (code === 0) return next >= 0x30 && next <= 0x39 ? '\\x00' : '\\0';
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
