import type { ts as TS } from 'ts-morph';
import { type EmittedFiles, GENERATED_HEADER } from '../files.js';
import { ts } from '../typescript.js';

/** Made on first use, not at import: see `typescript.ts`. */
let compilerOptions: TS.CompilerOptions | undefined;

function distOptions(): TS.CompilerOptions {
  compilerOptions ??= {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    verbatimModuleSyntax: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
  };
  return compilerOptions;
}

/**
 * Builds a generated package's `dist/` from its `src/` map, file by file: `.ts` -> `.js` + `.d.ts`
 * (isolated declarations, so no type-check program is needed and the result is deterministic);
 * hand-written `.js` + `.d.ts` pairs (the compiled validators) are copied as they are.
 * The golden tests type-check the result, which catches anything this per-file emit lets through.
 */
export function buildDist(src: EmittedFiles): EmittedFiles {
  const dist: EmittedFiles = {};
  for (const [path, text] of Object.entries(src)) {
    if (path.endsWith('.d.ts') || path.endsWith('.js')) {
      dist[path] = text;
    } else if (path.endsWith('.ts')) {
      const base = path.slice(0, -'.ts'.length);
      const { js, declaration } = transpiled(path, text);
      dist[`${base}.js`] = js;
      dist[`${base}.d.ts`] = declaration;
    }
  }
  return dist;
}

/**
 * The last few files transpiled, by path and text: a watch process transpiles the same package
 * sources (`index.ts` hardly depends on the contract) after every edit.
 */
const recent = new Map<string, { js: string; declaration: string }>();
const RECENT_FILES = 8;

function transpiled(path: string, text: string): { js: string; declaration: string } {
  const key = `${path}\n${text}`;
  const known = recent.get(key);
  if (known) return known;
  const compilerOptions = distOptions();
  const js = ts.transpileModule(text, { compilerOptions, fileName: path }).outputText;
  const declaration = ts.transpileDeclaration(text, { compilerOptions, fileName: path });
  const problem = declaration.diagnostics?.[0];
  if (problem) {
    // Generated sources are ours; a declaration error here is a compiler bug, not user input.
    throw new Error(
      `cannot emit declarations for ${path}: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}`,
    );
  }
  if (recent.size >= RECENT_FILES) recent.delete(recent.keys().next().value!);
  const result = { js, declaration: declaration.outputText };
  recent.set(key, result);
  return result;
}

/**
 * `types.ts` declares only types (the types emitter emits nothing else), so its declaration file
 * is its own text and its JavaScript is an empty module: no need to run the compiler over the
 * largest file of the package.
 */
export function typesOnlyDist(base: string, source: string): EmittedFiles {
  return { [`${base}.js`]: `${GENERATED_HEADER}export {};\n`, [`${base}.d.ts`]: source };
}
