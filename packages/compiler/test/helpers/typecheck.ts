/**
 * Type-check a set of in-memory files with the repository's TypeScript, without touching disk.
 * Generated code is checked with this before anyone ships it: "compiles under `tsc --strict`" as a test.
 *
 * Library files (`lib.es2023.d.ts`, ...) are parsed once per process and shared by every call,
 * so a check of a few small files costs tens of milliseconds after the first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface TypeDiagnostic {
  /** Path as given in `files`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  /** TypeScript error number, e.g. 2322. */
  code: number;
  message: string;
}

/** Strict settings a demanding consumer of generated code might use. */
export const STRICT_COMPILER_OPTIONS: Readonly<ts.CompilerOptions> = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts'],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};

const ROOT = '/virtual/';
const libDir = path.dirname(ts.getDefaultLibFilePath({}));
const libCache = new Map<string, ts.SourceFile>();

/**
 * Diagnostics (syntax, semantic, options) for `files` (relative path -> contents), sorted by
 * file and position; empty means the files compile. Imports between the files resolve like a
 * bundler would (`./types.js` finds `types.ts`); nothing outside `files` but the TypeScript
 * libraries is visible.
 *
 * @example
 * const diagnostics = typecheck({ 'types.ts': emitTypes(contract)['types.ts']! });
 * expect(formatTypeDiagnostics(diagnostics)).toBe('');
 */
export function typecheck(
  files: Readonly<Record<string, string>>,
  compilerOptions: Readonly<ts.CompilerOptions> = STRICT_COMPILER_OPTIONS,
): TypeDiagnostic[] {
  const virtual = new Map(Object.entries(files).map(([name, text]) => [ROOT + name, text]));
  const options = { ...compilerOptions };
  const host: ts.CompilerHost = {
    getSourceFile: (fileName, languageVersion) => {
      const text = virtual.get(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      return libFile(fileName, languageVersion);
    },
    getDefaultLibFileName: (o) => path.join(libDir, ts.getDefaultLibFileName(o)),
    getDefaultLibLocation: () => libDir,
    writeFile: () => {},
    getCurrentDirectory: () => ROOT,
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (fileName) => virtual.has(fileName) || isLibFile(fileName),
    readFile: (fileName) =>
      virtual.get(fileName) ?? (isLibFile(fileName) ? readFileSync(fileName, 'utf8') : undefined),
    directoryExists: (dir) => dir === libDir || `${dir}/`.startsWith(ROOT),
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map(toTypeDiagnostic)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

/** One `file:line:col TS<code> message` line per diagnostic; the empty string when there are none. */
export function formatTypeDiagnostics(diagnostics: readonly TypeDiagnostic[]): string {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.col} TS${d.code} ${d.message}`).join('\n');
}

function isLibFile(fileName: string): boolean {
  return path.dirname(fileName) === libDir && path.basename(fileName).startsWith('lib.');
}

function libFile(fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions) {
  if (!isLibFile(fileName)) return undefined;
  const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
  let file = libCache.get(key);
  if (!file) {
    file = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), languageVersion, false);
    libCache.set(key, file);
  }
  return file;
}

function toTypeDiagnostic(d: ts.Diagnostic): TypeDiagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return { file: '', line: 0, col: 0, code: d.code, message };
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const file = d.file.fileName.startsWith(ROOT) ? d.file.fileName.slice(ROOT.length) : d.file.fileName;
  return { file, line: line + 1, col: character + 1, code: d.code, message };
}
