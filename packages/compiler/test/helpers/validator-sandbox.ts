/**
 * Runs generated validators for real: writes emitted files into a temporary folder next to a
 * `node_modules/@hookwright/runtime` whose `./validation` export is the runtime's validation
 * source, transpiled to plain ESM on the spot (so the test never depends on a stale `dist`).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { EmittedFiles } from '../../src/emit/files.js';

const RUNTIME_VALIDATION_SRC = fileURLToPath(new URL('../../../runtime/src/validation/', import.meta.url));

export interface ValidatorSandbox {
  dir: string;
  /** `import()` of a file in the sandbox, e.g. `validators.js`. */
  load<T = Record<string, unknown>>(file: string): Promise<T>;
  cleanup(): Promise<void>;
}

export async function createValidatorSandbox(files: EmittedFiles): Promise<ValidatorSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'hookwright-validators-'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await installRuntimeValidation(join(dir, 'node_modules', '@hookwright', 'runtime'));
  return {
    dir,
    load: (file) => import(pathToFileURL(join(dir, file)).href),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A minimal `@hookwright/runtime` package exposing only `./validation`, built from source. */
async function installRuntimeValidation(packageDir: string): Promise<void> {
  const outDir = join(packageDir, 'validation');
  await mkdir(outDir, { recursive: true });
  const manifest = {
    name: '@hookwright/runtime',
    type: 'module',
    exports: { './validation': './validation/index.js' },
  };
  await writeFile(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const name of await readdir(RUNTIME_VALIDATION_SRC)) {
    if (!name.endsWith('.ts')) continue;
    const source = await readFile(join(RUNTIME_VALIDATION_SRC, name), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: name,
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        verbatimModuleSyntax: true,
      },
    });
    await writeFile(join(outDir, name.replace(/\.ts$/, '.js')), outputText);
  }
}
