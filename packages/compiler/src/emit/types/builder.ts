/**
 * The one place that builds TypeScript syntax for `types.ts`. Everything goes through `ts.factory`,
 * so names and literals are escaped by the TypeScript printer, never by string concatenation.
 * Union and intersection builders simplify as they go (flatten, drop duplicates, absorb
 * `unknown`/`never`), which keeps the transforms simple and the output readable.
 */
import type { ts as TS } from 'ts-morph';
import { ts } from '../typescript.js';
import { isIdentifierText } from './identifiers.js';

export type TypeNode = TS.TypeNode;
export type Statement = TS.Statement;

export const unknownType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
export const neverType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword);
export const stringType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
export const numberType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
export const booleanType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
export const undefinedType = (): TypeNode => ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword);
export const nullType = (): TypeNode => ts.factory.createLiteralTypeNode(ts.factory.createNull());

/** Literal type of a JSON scalar; strings are single-quoted and escaped by the printer. */
export function literalType(value: string | number | boolean | null): TypeNode {
  if (value === null) return nullType();
  if (typeof value === 'boolean')
    return ts.factory.createLiteralTypeNode(value ? ts.factory.createTrue() : ts.factory.createFalse());
  if (typeof value === 'string') return ts.factory.createLiteralTypeNode(stringLiteral(value));
  const abs = ts.factory.createNumericLiteral(String(Math.abs(value)));
  return ts.factory.createLiteralTypeNode(
    value < 0 || Object.is(value, -0)
      ? ts.factory.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, abs)
      : abs,
  );
}

/** Single-quoted unless the text has a `'` and no `"`; the printer escapes whatever needs it. */
function stringLiteral(text: string): TS.StringLiteral {
  return ts.factory.createStringLiteral(text, !text.includes("'") || text.includes('"'));
}

/** Reference to a type declared in the same module (`name` must already be a safe identifier). */
export function typeRef(name: string): TypeNode {
  return ts.factory.createTypeReferenceNode(ts.factory.createIdentifier(name));
}

export function arrayType(element: TypeNode): TypeNode {
  return ts.factory.createArrayTypeNode(element);
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
  const labelled = rest !== undefined || elements.some((e) => e.optional);
  const question = () => ts.factory.createToken(ts.SyntaxKind.QuestionToken);
  const nodes: TypeNode[] = elements.map((e, i) => {
    if (!labelled) return e.type;
    return ts.factory.createNamedTupleMember(
      undefined,
      ts.factory.createIdentifier(`item${i}`),
      e.optional ? question() : undefined,
      e.type,
    );
  });
  if (rest) {
    const dots = ts.factory.createToken(ts.SyntaxKind.DotDotDotToken);
    nodes.push(
      ts.factory.createNamedTupleMember(
        dots,
        ts.factory.createIdentifier('rest'),
        undefined,
        ts.factory.createArrayTypeNode(rest),
      ),
    );
  }
  return ts.setEmitFlags(ts.factory.createTupleTypeNode(nodes), ts.EmitFlags.SingleLine);
}

/** A key for members that are certainly equal (keywords, literals, references); undefined otherwise. */
function identityKey(node: TypeNode): string | undefined {
  if (ts.isLiteralTypeNode(node)) {
    const lit = node.literal;
    if (ts.isStringLiteral(lit)) return `s:${lit.text}`;
    if (ts.isNumericLiteral(lit)) return `n:${lit.text}`;
    if (ts.isPrefixUnaryExpression(lit) && ts.isNumericLiteral(lit.operand)) return `n:-${lit.operand.text}`;
    return `k:${lit.kind}`;
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
    return `r:${node.typeName.text}`;
  }
  if (node.kind >= ts.SyntaxKind.FirstKeyword && node.kind <= ts.SyntaxKind.LastKeyword)
    return `k:${node.kind}`;
  return undefined;
}

/** `A | B`: nested unions flattened, duplicates and `never` dropped, `unknown` absorbs everything. */
export function unionType(members: readonly TypeNode[]): TypeNode {
  const flat = flatten(members, ts.isUnionTypeNode, ts.SyntaxKind.UnknownKeyword, ts.SyntaxKind.NeverKeyword);
  if (flat === 'absorbed') return unknownType();
  if (flat.length === 0) return neverType();
  return flat.length === 1 ? flat[0]! : ts.factory.createUnionTypeNode(flat);
}

/** `A & B`: nested intersections flattened, duplicates and `unknown` dropped, `never` absorbs everything. */
export function intersectionType(members: readonly TypeNode[]): TypeNode {
  const flat = flatten(
    members,
    ts.isIntersectionTypeNode,
    ts.SyntaxKind.NeverKeyword,
    ts.SyntaxKind.UnknownKeyword,
  );
  if (flat === 'absorbed') return neverType();
  if (flat.length === 0) return unknownType();
  return flat.length === 1 ? flat[0]! : ts.factory.createIntersectionTypeNode(flat);
}

/** Members of a union or intersection, with nested ones of the same kind spliced in. */
function flatten(
  members: readonly TypeNode[],
  isSame: (node: TypeNode) => node is TS.UnionTypeNode | TS.IntersectionTypeNode,
  absorbing: TS.SyntaxKind,
  neutral: TS.SyntaxKind,
): TypeNode[] | 'absorbed' {
  const out: TypeNode[] = [];
  const seen: string[] = []; // unions here are short: a linear scan beats hashing
  const add = (m: TypeNode): boolean => {
    if (m.kind === absorbing) return false;
    if (m.kind === neutral) return true;
    const key = identityKey(m);
    if (key !== undefined) {
      if (seen.includes(key)) return true;
      seen.push(key);
    }
    out.push(m);
    return true;
  };
  for (const m of members) {
    if (isSame(m)) {
      for (const inner of m.types) if (!add(inner)) return 'absorbed';
    } else if (!add(m)) return 'absorbed';
  }
  return out;
}

export function isUnknown(node: TypeNode): boolean {
  return node.kind === ts.SyntaxKind.UnknownKeyword;
}

/** A member of an object type: a named property or a `[key: string]` index signature. */
export type Member =
  | { kind: 'property'; name: string; type: TypeNode; optional: boolean; doc?: readonly string[] }
  | { kind: 'index'; type: TypeNode; doc?: readonly string[] };

/** Property name as written on the wire: a bare identifier when it is one, else a quoted string. */
function propertyName(name: string): TS.PropertyName {
  return isIdentifierText(name) ? ts.factory.createIdentifier(name) : stringLiteral(name);
}

function memberNode(member: Member): TS.TypeElement {
  const node =
    member.kind === 'property'
      ? ts.factory.createPropertySignature(
          undefined,
          propertyName(member.name),
          member.optional ? ts.factory.createToken(ts.SyntaxKind.QuestionToken) : undefined,
          member.type,
        )
      : ts.factory.createIndexSignature(
          undefined,
          [ts.factory.createParameterDeclaration(undefined, undefined, 'key', undefined, stringType())],
          member.type,
        );
  return withDoc(node, member.doc);
}

/** The type of an object with exactly these members (kept in the given order). */
export function objectType(
  members: readonly Member[],
  layout: 'multi-line' | 'single-line' = 'multi-line',
): TypeNode {
  const node = ts.factory.createTypeLiteralNode(members.map(memberNode));
  return layout === 'single-line' ? ts.setEmitFlags(node, ts.EmitFlags.SingleLine) : node;
}

const exportModifier = () => [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];

export function interfaceDeclaration(
  name: string,
  members: readonly Member[],
  doc?: readonly string[],
): Statement {
  const node = ts.factory.createInterfaceDeclaration(
    exportModifier(),
    name,
    undefined,
    undefined,
    members.map(memberNode),
  );
  return withDoc(node, doc);
}

export function typeAliasDeclaration(name: string, type: TypeNode, doc?: readonly string[]): Statement {
  return withDoc(ts.factory.createTypeAliasDeclaration(exportModifier(), name, undefined, type), doc);
}

/** `export interface` when `type` is a plain object type (better editor display, declaration merging), else `export type`. */
export function typeDeclaration(name: string, type: TypeNode, doc?: readonly string[]): Statement {
  if (!ts.isTypeLiteralNode(type)) return typeAliasDeclaration(name, type, doc);
  const node = ts.factory.createInterfaceDeclaration(
    exportModifier(),
    name,
    undefined,
    undefined,
    type.members,
  );
  return withDoc(node, doc);
}

/** `keyof T` (used for `EventId`). */
export function keyofType(type: TypeNode): TypeNode {
  return ts.factory.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, type);
}

/**
 * Attach a JSDoc block. `lines` must already be sanitised (see `jsdoc.ts`): the printer copies
 * comment text verbatim, so this is the one place author text enters the output unescaped.
 */
function withDoc<T extends TS.Node>(node: T, lines: readonly string[] | undefined): T {
  if (!lines || lines.length === 0) return node;
  const body = lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `*\n${body}\n `, true);
}

/** Made on the first print, not at import: see `typescript.ts`. */
let printing: { printer: TS.Printer; emptyFile: TS.SourceFile } | undefined;

/**
 * Print statements as one module: `header`, then each statement separated by a blank line,
 * indented with two spaces (the printer's four, halved), LF line endings, trailing newline.
 */
export function printModule(header: string, statements: readonly Statement[]): string {
  printing ??= {
    printer: ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false }),
    emptyFile: ts.createSourceFile('types.ts', '', ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS),
  };
  const { printer, emptyFile } = printing;
  const body = statements.map((s) => printer.printNode(ts.EmitHint.Unspecified, s, emptyFile)).join('\n\n');
  return `${header}\n${halveIndentation(body)}\n`;
}

const halves = Array.from({ length: 32 }, (_, i) => ' '.repeat(i));

/** Four-space indentation (all the printer offers) to two; text after the indentation is untouched. */
function halveIndentation(text: string): string {
  return text.replace(/^(?: {4})+/gm, (indent) => halves[indent.length / 2] ?? ' '.repeat(indent.length / 2));
}
