import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Set to `off` (or `0`, `false`) to load the parser's modules without a code cache. */
export const CODE_CACHE_ENV = 'HOOKWRIGHT_CODE_CACHE';
/** A folder for the cache files, instead of `node_modules/.cache/hookwright` or the temp folder. */
export const CACHE_DIR_ENV = 'HOOKWRIGHT_CACHE_DIR';

/**
 * Where the code cache of `name` lives, or undefined when it is turned off or no folder is usable.
 * The file name holds what V8's cached code depends on besides the sources (the Node and V8
 * versions and the CPU architecture), so a Node upgrade starts a new file instead of having every
 * module's data rejected.
 *
 * The folder: `HOOKWRIGHT_CACHE_DIR`; else `node_modules/.cache/hookwright` in the nearest folder
 * above `cwd` that has a `node_modules` (where build tools keep their caches); else a folder of
 * this user's in the temp folder. Cached code is code that will run, so a folder in the shared temp
 * folder is used only if this user owns it and nobody else may write to it.
 */
export function codeCacheFile(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): string | undefined {
  const setting = env[CODE_CACHE_ENV]?.trim().toLowerCase();
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined;
  const dir = cacheDir(env, cwd);
  if (!dir) return undefined;
  const key = [process.version, `v8-${process.versions.v8}`, process.arch].join('-').replace(/[^\w.-]/g, '_');
  return join(dir, `${name}-${key}.v8cache`);
}

function cacheDir(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  try {
    const chosen = env[CACHE_DIR_ENV];
    if (chosen) {
      mkdirSync(chosen, { recursive: true });
      return chosen;
    }
    const nodeModules = nearestNodeModules(cwd);
    if (nodeModules) {
      const dir = join(nodeModules, '.cache', 'hookwright');
      mkdirSync(dir, { recursive: true });
      return dir;
    }
    return privateTempDir();
  } catch {
    return undefined;
  }
}

function nearestNodeModules(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function privateTempDir(): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `hookwright-cache-${uid ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (uid === undefined) return dir; // Windows: the temp folder is the user's own
  const stats = lstatSync(dir);
  const private_ = stats.isDirectory() && stats.uid === uid && (stats.mode & 0o022) === 0;
  return private_ ? dir : undefined;
}
