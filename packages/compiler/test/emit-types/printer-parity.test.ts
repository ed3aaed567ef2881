/**
 * The types printer (src/emit/types/builder.ts) against TypeScript's own printer: each random
 * declaration is rebuilt with `ts.factory` (whose node constructors add the parentheses
 * TypeScript wants) and printed by TypeScript, with four-space indentation halved; both texts
 * must be equal byte for byte. TypeScript is ts-morph's copy, the one the golden files were
 * first printed with.
 */
import fc from 'fast-check';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import {
  arrayType,
  booleanType,
  interfaceDeclaration,
  intersectionType,
  keyofType,
  literalType,
  type Member,
  neverType,
  nullType,
  numberType,
  objectType,
  printModule,
  type Statement,
  stringType,
  type TupleElement,
  type TypeNode,
  tupleType,
  typeAliasDeclaration,
  typeDeclaration,
  typeRef,
  undefinedType,
  unionType,
  unknownType,
} from '../../src/emit/types/builder.js';
import { isIdentifierText } from '../../src/emit/types/identifiers.js';

const f = ts.factory;

const keywordKinds = {
  unknown: ts.SyntaxKind.UnknownKeyword,
  never: ts.SyntaxKind.NeverKeyword,
  string: ts.SyntaxKind.StringKeyword,
  number: ts.SyntaxKind.NumberKeyword,
  boolean: ts.SyntaxKind.BooleanKeyword,
  undefined: ts.SyntaxKind.UndefinedKeyword,
} as const;

/** The literal a `literal` node stands for, read back from the JSON value the test built it from. */
const literals = new WeakMap<TypeNode, string | number | boolean>();

function stringNode(text: string): ts.StringLiteral {
  return f.createStringLiteral(text, !text.includes("'") || text.includes('"'));
}

function toTs(node: TypeNode): ts.TypeNode {
  switch (node.kind) {
    case 'keyword':
      return node.keyword === 'null'
        ? f.createLiteralTypeNode(f.createNull())
        : f.createKeywordTypeNode(keywordKinds[node.keyword]);
    case 'literal': {
      const value = literals.get(node);
      if (value === undefined) throw new Error(`literal ${node.text} was not built by this test`);
      if (typeof value === 'boolean')
        return f.createLiteralTypeNode(value ? f.createTrue() : f.createFalse());
      if (typeof value === 'string') return f.createLiteralTypeNode(stringNode(value));
      const abs = f.createNumericLiteral(String(Math.abs(value)));
      const negative = value < 0 || Object.is(value, -0);
      return f.createLiteralTypeNode(
        negative ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, abs) : abs,
      );
    }
    case 'reference':
      return f.createTypeReferenceNode(node.name);
    case 'array':
      return f.createArrayTypeNode(toTs(node.element));
    case 'tuple':
      return tupleToTs(node.elements, node.rest);
    case 'union':
      return f.createUnionTypeNode(node.types.map(toTs));
    case 'intersection':
      return f.createIntersectionTypeNode(node.types.map(toTs));
    case 'object': {
      const literal = f.createTypeLiteralNode(node.members.map(memberToTs));
      return node.singleLine ? ts.setEmitFlags(literal, ts.EmitFlags.SingleLine) : literal;
    }
    case 'keyof':
      return f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, toTs(node.type));
  }
}

function tupleToTs(elements: readonly TupleElement[], rest: TypeNode | undefined): ts.TypeNode {
  const labelled = rest !== undefined || elements.some((e) => e.optional);
  const nodes: ts.TypeNode[] = elements.map((e, i) =>
    labelled
      ? f.createNamedTupleMember(
          undefined,
          f.createIdentifier(`item${i}`),
          e.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
          toTs(e.type),
        )
      : toTs(e.type),
  );
  if (rest) {
    const dots = f.createToken(ts.SyntaxKind.DotDotDotToken);
    nodes.push(
      f.createNamedTupleMember(
        dots,
        f.createIdentifier('rest'),
        undefined,
        f.createArrayTypeNode(toTs(rest)),
      ),
    );
  }
  return ts.setEmitFlags(f.createTupleTypeNode(nodes), ts.EmitFlags.SingleLine);
}

function memberToTs(member: Member): ts.TypeElement {
  const node =
    member.kind === 'property'
      ? f.createPropertySignature(
          undefined,
          isIdentifierText(member.name) ? f.createIdentifier(member.name) : stringNode(member.name),
          member.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
          toTs(member.type),
        )
      : f.createIndexSignature(
          undefined,
          [f.createParameterDeclaration(undefined, undefined, 'key', undefined, toTs(stringType()))],
          toTs(member.type),
        );
  return withDoc(node, member.doc);
}

function withDoc<T extends ts.Node>(node: T, lines: readonly string[] | undefined): T {
  if (!lines || lines.length === 0) return node;
  const body = lines.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `*\n${body}\n `, true);
}

function statementToTs(statement: Statement): ts.Statement {
  const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];
  const node =
    statement.kind === 'alias'
      ? f.createTypeAliasDeclaration(exported, statement.name, undefined, toTs(statement.type))
      : f.createInterfaceDeclaration(
          exported,
          statement.name,
          undefined,
          undefined,
          statement.members.map(memberToTs),
        );
  return withDoc(node, statement.doc);
}

/** What the types emitter printed with before it had its own printer. */
function printedByTypeScript(header: string, statements: readonly Statement[]): string {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const file = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const body = statements
    .map((s) => printer.printNode(ts.EmitHint.Unspecified, statementToTs(s), file))
    .join('\n\n')
    .replace(/^(?: {4})+/gm, (indent) => ' '.repeat(indent.length / 2));
  return `${header}\n${body}\n`;
}

// Author text as it reaches names and literals: quotes, backslashes, control characters, `\0`
// before a digit, line terminators, non-ASCII and lone surrogates.
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(
    "it's",
    'say "hi"',
    `both ' and "`,
    '\0',
    '\u00007',
    '\t\v\f\b\r\n',
    '\u2028\u0085\u007f',
    'café',
    'a-b',
  ),
);
const identifier = fc.constantFrom('Order', 'EventMap', 'A_1', '$x', 'default');
// Doc lines as jsdoc.ts leaves them: one line each, trailing blanks trimmed except by accident of
// what follows `@format` (a tag with an empty value), no comment terminator.
const docLine = fc.oneof(
  fc.constantFrom('', 'A description.', '@format ', '  indented', '\\@internal', 'café ✓'),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]/g, ' ')),
);
const doc = fc.option(fc.array(docLine, { minLength: 1, maxLength: 3 }), { nil: undefined });

const literal = fc
  .oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean())
  .map((value) => {
    const node = literalType(value);
    literals.set(node, value);
    return node;
  });

const { type } = fc.letrec<{ type: TypeNode; member: Member }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      unknownType(),
      neverType(),
      stringType(),
      numberType(),
      booleanType(),
      undefinedType(),
      nullType(),
    ),
    literal,
    identifier.map(typeRef),
    tie('type').map(arrayType),
    fc
      .tuple(
        fc.array(fc.record({ type: tie('type'), optional: fc.boolean() }), { maxLength: 3 }),
        fc.option(tie('type'), { nil: undefined }),
      )
      .map(([elements, rest]) => tupleType(elements, rest)),
    fc.array(tie('type'), { maxLength: 4 }).map(unionType),
    fc.array(tie('type'), { maxLength: 4 }).map(intersectionType),
    fc.array(tie('member'), { maxLength: 3 }).map((members) => objectType(members)),
    fc
      .array(
        fc.record({
          kind: fc.constant('property' as const),
          name: text,
          type: tie('type'),
          optional: fc.boolean(),
        }),
        {
          maxLength: 3,
        },
      )
      .map((members) => objectType(members, 'single-line')),
    identifier.map((name) => keyofType(typeRef(name))),
    tie('type').map(keyofType),
  ),
  member: fc.oneof(
    fc
      .record({ name: fc.oneof(text, identifier), type: tie('type'), optional: fc.boolean(), doc })
      .map(
        ({ doc: lines, ...rest }): Member => ({ kind: 'property', ...rest, ...(lines && { doc: lines }) }),
      ),
    fc
      .record({ type: tie('type'), doc })
      .map(({ type: t, doc: lines }): Member => ({ kind: 'index', type: t, ...(lines && { doc: lines }) })),
  ),
}));

const member = fc
  .record({ name: fc.oneof(text, identifier), type, optional: fc.boolean(), doc })
  .map(({ doc: lines, ...rest }): Member => ({ kind: 'property', ...rest, ...(lines && { doc: lines }) }));

const statement: fc.Arbitrary<Statement> = fc.oneof(
  fc.tuple(identifier, type, doc).map(([name, t, lines]) => typeDeclaration(name, t, lines)),
  fc.tuple(identifier, type, doc).map(([name, t, lines]) => typeAliasDeclaration(name, t, lines)),
  fc
    .tuple(identifier, fc.array(member, { maxLength: 3 }), doc)
    .map(([name, ms, lines]) => interfaceDeclaration(name, ms, lines)),
);

describe('the types printer prints what TypeScript prints', () => {
  it('for random declarations: parentheses, escapes, layout and comments', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), (statements) => {
        expect(printModule('// header\n', statements)).toBe(printedByTypeScript('// header\n', statements));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('for the shapes the golden files rarely show', () => {
    const statements = [
      interfaceDeclaration('Empty', []),
      typeAliasDeclaration('EmptyObject', objectType([])),
      typeAliasDeclaration('EmptyTuple', tupleType([])),
      typeAliasDeclaration('Nul', literalType('\u00001')),
      typeAliasDeclaration('Keys', arrayType(keyofType(typeRef('EventMap')))),
      typeAliasDeclaration('Mixed', unionType([intersectionType([typeRef('A'), typeRef('B')]), nullType()])),
    ];
    for (const node of statements) {
      if (node.kind === 'alias' && node.name === 'Nul') literals.set(node.type, '\u00001');
    }
    expect(printModule('', statements)).toBe(printedByTypeScript('', statements));
  });

  it('refuses a documented member in a single-line object', () => {
    expect(() => objectType([{ kind: 'index', type: stringType(), doc: ['no'] }], 'single-line')).toThrow(
      /single-line object type cannot document/,
    );
  });
});
