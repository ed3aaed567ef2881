/**
 * Split generated TypeScript into its top-level declarations, keyed by name, each with its
 * leading JSDoc. Tests then assert on one declaration instead of on a whole file.
 */
import ts from 'typescript';

/**
 * Name -> source text (JSDoc included, other comments not) of every top-level interface, type alias,
 * function, class, enum and variable declaration in `source`, in file order.
 *
 * @example
 * declarationsOf('export type A = string;').get('A'); // 'export type A = string;'
 */
export function declarationsOf(source: string): Map<string, string> {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new Map<string, string>();
  for (const statement of file.statements) {
    for (const name of declaredNames(statement))
      out.set(name, source.slice(statement.getStart(file, true), statement.getEnd()));
  }
  return out;
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : [],
    );
  }
  if (
    (ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement)) &&
    statement.name
  ) {
    return [statement.name.text];
  }
  return [];
}
