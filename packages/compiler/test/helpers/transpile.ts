/**
 * What TypeScript compiles a generated `src/` module to, file by file: the `dist/` JavaScript and
 * isolated declarations. The compiler writes these itself (src/emit/packages/compiled-module.ts,
 * events-source.ts) rather than running TypeScript in every generate; tests hold its texts to
 * TypeScript's with the options the packages were built with when TypeScript did it.
 *
 * ts-morph's bundled TypeScript, the copy the compiler used, whose printer the golden files pin.
 */
import { ts } from 'ts-morph';

const DIST_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

export function transpiled(fileName: string, text: string): { js: string; declaration: string } {
  const js = ts.transpileModule(text, { compilerOptions: DIST_OPTIONS, fileName }).outputText;
  const declaration = ts.transpileDeclaration(text, { compilerOptions: DIST_OPTIONS, fileName });
  const problem = declaration.diagnostics?.[0];
  if (problem) {
    throw new Error(
      `cannot emit declarations for ${fileName}: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}`,
    );
  }
  return { js, declaration: declaration.outputText };
}
