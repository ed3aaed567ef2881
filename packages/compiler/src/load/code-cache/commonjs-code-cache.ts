import { createHash } from 'node:crypto';
import Module from 'node:module';
import { dirname } from 'node:path';
import * as vm from 'node:vm';
import { type CachedModule, readCodeCacheFile, writeCodeCacheFile } from './code-cache-file.js';

/** A module as Node's CommonJS loader hands it to `_compile`. */
interface LoadingModule {
  exports: unknown;
  require(id: string): unknown;
}

type Compile = (this: LoadingModule, content: string, filename: string, format?: string) => unknown;
type ModuleWrapper = (
  this: unknown,
  exports: unknown,
  require: NodeJS.Require,
  module: LoadingModule,
  filename: string,
  dirname: string,
) => unknown;

/** The parts of Node's CommonJS loader that the hook uses beyond its typed API. */
interface CommonJsLoader {
  prototype: { _compile: Compile };
  wrap(source: string): string;
  _resolveFilename(
    request: string,
    parent: LoadingModule,
    isMain: boolean,
    options?: { paths?: string[] },
  ): string;
  _resolveLookupPaths(request: string, parent: LoadingModule): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeModule>;
}

const loader = Module as unknown as CommonJsLoader;

/** How the modules loaded since `install()` were compiled. */
export interface CodeCacheStats {
  /** Compiled from the cache file's data. */
  fromCache: number;
  /** Not in the cache file, or their source changed since it was written. */
  fromSource: number;
  /** In the cache file, but V8 refused the data (another V8 build or other V8 flags). */
  rejected: number;
}

/**
 * A V8 code cache for the CommonJS modules this thread loads: `@asyncapi/parser` and its
 * dependencies (Spectral, ajv, lodash and some 700 files more) on the parser's worker thread, where
 * compiling them is part of the critical path of a `generate` (docs/loading.md). Node 20 has no
 * compile cache of its own (`module.enableCompileCache` came with Node 22), so `install()` takes
 * over the loader's compile step: each module's wrapper is compiled by a `vm.Script` given the
 * module's cached data, when the cache file has data for the same path and source text, and is run
 * with a `require` bound to the module as Node's own would be. `save()`, called once the parser
 * has run, writes every module's data again when some of it was missing or refused: taken after
 * the run, the data holds the functions V8 compiled lazily while the parser ran, not only the
 * modules' top levels.
 *
 * Every failure falls back to Node's own loading: a cache file that cannot be read or parsed
 * counts as empty, data V8 refuses is ignored (and rewritten by the next `save()`), a module that
 * does not compile as a script (an ES module, a syntax error) goes to Node's compile step, which
 * loads it or reports the error as it always does, and `save()` never throws.
 *
 * @example
 * const cache = new CommonJsCodeCache('/project/node_modules/.cache/hookwright/parser.v8cache');
 * cache.install();
 * const { Parser } = createRequire(import.meta.url)('@asyncapi/parser');
 * // ... parse a document ...
 * cache.save();
 */
export class CommonJsCodeCache {
  private stored: Map<string, CachedModule>;
  private readonly loaded = new Map<string, { hash: string; script: vm.Script }>();
  private unsaved = false;
  private uninstallHook: (() => void) | undefined;
  private readonly counts: CodeCacheStats = { fromCache: 0, fromSource: 0, rejected: 0 };

  constructor(private readonly file: string) {
    this.stored = readCodeCacheFile(file);
  }

  get stats(): Readonly<CodeCacheStats> {
    return { ...this.counts };
  }

  /**
   * Routes this thread's CommonJS compiles through the cache until `uninstall()`. Does nothing on
   * a Node without `vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER` (before 20.12): without it, a
   * cached module's `import()` would fail.
   */
  install(): void {
    if (this.uninstallHook || vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined) return;
    const original = loader.prototype._compile;
    const cache = this;
    loader.prototype._compile = function compileWithCodeCache(content, filename, format) {
      const wrapper = format === 'module' ? undefined : cache.compile(content, filename);
      if (!wrapper) return original.call(this, content, filename, format);
      return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
    };
    this.uninstallHook = () => {
      loader.prototype._compile = original;
    };
  }

  uninstall(): void {
    this.uninstallHook?.();
    this.uninstallHook = undefined;
  }

  /**
   * Writes the cache file when a module loaded since the last save was compiled from source or had
   * its data refused; returns whether it wrote. Modules in the file that this thread did not load
   * keep their data (a later document may need them).
   */
  save(): boolean {
    if (!this.unsaved) return false;
    this.unsaved = false;
    try {
      const modules = new Map(this.stored);
      for (const [file, { hash, script }] of this.loaded)
        modules.set(file, { hash, data: script.createCachedData() });
      writeCodeCacheFile(this.file, modules);
      this.stored = modules;
      return true;
    } catch {
      return false;
    }
  }

  /** The module's wrapper function, compiled with its cached data when there is some; undefined on failure. */
  private compile(content: string, filename: string): ModuleWrapper | undefined {
    try {
      const hash = sourceHash(content);
      const stored = this.stored.get(filename);
      const cachedData = stored?.hash === hash ? stored.data : undefined;
      const script = new vm.Script(loader.wrap(content), {
        filename,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
      if (!cachedData) this.counts.fromSource++;
      else if (script.cachedDataRejected) this.counts.rejected++;
      else this.counts.fromCache++;
      if (!cachedData || script.cachedDataRejected) this.unsaved = true;
      this.loaded.set(filename, { hash, script });
      return script.runInThisContext({ displayErrors: true }) as ModuleWrapper;
    } catch {
      return undefined;
    }
  }
}

/** The module's own `require`, as Node's loader builds it for a module it compiles. */
function requireFor(module: LoadingModule): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) =>
    loader._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions;
  require.cache = loader._cache;
  return require;
}

/** Identifies a module's source text: cached code is only valid for the text it was compiled from. */
function sourceHash(content: string): string {
  return createHash('sha1').update(content).digest('base64url');
}
