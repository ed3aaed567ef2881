import { execFile } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { EmittedFiles } from '../../src/emit/files.js';

const run = promisify(execFile);
const repo = new URL('../../../../', import.meta.url).pathname;
export const runtimeDir = join(repo, 'packages/runtime');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/**
 * A throwaway app that has the generated packages installed the way npm would install them
 * (copied into node_modules, next to @hookwright/runtime), so imports resolve as for a real user.
 */
export async function createConsumerProject(dir: string, files: EmittedFiles): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith('.')) continue;
    const target = join(dir, 'node_modules', path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await mkdir(join(dir, 'node_modules/@hookwright'), { recursive: true });
  await symlink(runtimeDir, join(dir, 'node_modules/@hookwright/runtime'), 'dir');
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
}

/**
 * `tsc --strict` over `file` with the given resolution, declaration files included (no
 * skipLibCheck: the generated `.d.ts` files are what is under test). No ambient `@types`: the
 * packages must type-check for Workers users too. Resolves to tsc's output ('' when clean).
 */
export async function typecheck(
  dir: string,
  file: string,
  resolution: 'node16' | 'bundler',
): Promise<string> {
  const config = `tsconfig.${resolution}.json`;
  const compilerOptions = {
    noEmit: true,
    strict: true,
    target: 'es2022',
    lib: ['es2023', 'dom'],
    module: resolution === 'node16' ? 'node16' : 'esnext',
    moduleResolution: resolution,
    types: [],
    skipLibCheck: false,
  };
  await writeFile(join(dir, config), JSON.stringify({ compilerOptions, files: [file] }));
  try {
    await run(bin('tsc'), ['-p', config], { cwd: dir });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/** Runs a script of the consumer project with run-time code generation forbidden, as on Workers. */
export async function runWithoutEval(dir: string, file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--disallow-code-generation-from-strings', file], {
    cwd: dir,
  });
  return stdout;
}

export async function runTool(
  dir: string,
  tool: string,
  args: string[],
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(bin(tool), args, { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
