import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import type { EmittedFiles } from '../emit/files.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import type { UnknownKeywordPolicy } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';
import {
  ContractLoader,
  type ContractLoaderOptions,
  type LoadOptions,
  type LoadResult,
} from '../load/index.js';
import { type EmitAttempt, emitOrCatch } from './emit-attempt.js';

export interface GenerateOptions extends LoadOptions {
  /** Names, scope and version of the generated packages. */
  packages?: PackageSettings;
  /** Schema keywords the dialect does not define: `warn` (default), `ignore` or `error`. */
  unknownKeywords?: UnknownKeywordPolicy;
}

/**
 * Wall-clock phases of one `generate`, each measured on its own. The parser validates on a worker
 * thread while the IR is built and emitted, so `parseMs` overlaps `buildMs + emitMs` and the three
 * can add up to more than `totalMs`.
 */
export interface GenerateTimings {
  /** From the start until @asyncapi/parser finished validating (reading files included). */
  parseMs: number;
  /** Building the contract IR from the source graph. */
  buildMs: number;
  /**
   * IR -> files, including validation of examples; 0 when the IR could not be built. Also spent
   * (and its output dropped) when the parser then rejects the document.
   */
  emitMs: number;
  totalMs: number;
}

export interface GenerateResult {
  /** Present when there is no error diagnostic. */
  contract?: Contract;
  /** Present when there is no error diagnostic. */
  files?: EmittedFiles;
  diagnostics: Diagnostic[];
  /** Absolute paths of every file the contract was read from (what watch mode watches). */
  inputs: string[];
  timings: GenerateTimings;
}

export type GeneratorOptions = ContractLoaderOptions;

/**
 * A long-lived generator: one AsyncAPI parser for the process (on a worker thread that never keeps
 * the process alive), and the last result kept so a re-run on unchanged input (watch mode, editor
 * integrations) costs almost nothing.
 *
 * @example
 * const generator = createGenerator();
 * const result = await generator.generate('asyncapi.yaml');
 * if (result.files) await writeOutput('generated', result.files);
 * else for (const d of result.diagnostics) console.error(formatDiagnostic(d));
 * await generator.close(); // optional: stops the parser's worker thread
 */
export function createGenerator(options?: GeneratorOptions): Generator {
  return new Generator(options);
}

export class Generator {
  private readonly loader: ContractLoader;
  private last: { key: string; files: EmittedFiles; diagnostics: Diagnostic[] } | undefined;
  private inputs: string[] = [];

  constructor(options: GeneratorOptions = {}) {
    this.loader = new ContractLoader(options);
  }

  /** Load and build the contract IR only (what `hookwright inspect` prints). */
  async load(entry: string, options: GenerateOptions = {}): Promise<LoadResult> {
    const loaded = await this.loader.load(entry, options);
    this.inputs = loaded.files;
    return { ...loaded, diagnostics: normalizeDiagnostics(loaded.diagnostics) };
  }

  /**
   * `load`, plus `work` run on the IR as soon as it is built, while the parser still validates (as
   * `generate` does with the emitters; `hookwright docs` uses it). The speculative result is kept
   * only when the parser accepts that very contract; otherwise `work` runs again on the settled
   * contract, or not at all when there is an error. A throw from speculative work surfaces only
   * when the parser finds nothing wrong.
   *
   * @example
   * const { loaded, output } = await generator.loadWith('asyncapi.yaml', {}, (c) => emitDocs(c));
   */
  async loadWith<T>(
    entry: string,
    options: GenerateOptions,
    work: (contract: Contract) => T,
  ): Promise<{ loaded: LoadResult; output?: T }> {
    const pending = await this.loader.start(entry, options);
    let draft: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    if (pending.contract) {
      try {
        draft = { ok: true, value: work(pending.contract) };
      } catch (error) {
        draft = { ok: false, error };
      }
    }
    const settled = await pending.settle();
    this.inputs = settled.files;
    const loaded = { ...settled, diagnostics: normalizeDiagnostics(settled.diagnostics) };
    if (!loaded.contract || hasErrors(loaded.diagnostics)) return { loaded };
    if (loaded.contract !== pending.contract || !draft) return { loaded, output: work(loaded.contract) };
    if (!draft.ok) throw draft.error;
    return { loaded, output: draft.value };
  }

  /** Files read by the last `load` or `generate`. */
  lastInputs(): string[] {
    return this.inputs;
  }

  /**
   * Loads and emits. Emitting starts as soon as the IR is built, while the parser still validates;
   * when the parser rejects the document, that work (and anything it threw) is dropped and the
   * result holds the diagnostics alone, exactly as if nothing had been emitted.
   */
  async generate(entry: string, options: GenerateOptions = {}): Promise<GenerateResult> {
    const started = performance.now();
    const pending = await this.loader.start(entry, options);
    const emitStarted = performance.now();
    const draft = pending.contract ? this.emit(pending.contract, options) : undefined;
    const emitMs = draft ? performance.now() - emitStarted : 0;
    const loaded = await pending.settle();
    this.inputs = loaded.files;
    const timings = () => ({
      parseMs: loaded.timings.readMs + loaded.timings.parseMs,
      buildMs: loaded.timings.buildMs,
      emitMs,
      totalMs: performance.now() - started,
    });
    const base = { inputs: loaded.files };
    if (!loaded.contract || hasErrors(loaded.diagnostics)) {
      return { ...base, diagnostics: normalizeDiagnostics(loaded.diagnostics), timings: timings() };
    }
    // The parser accepted the document, so the draft was emitted from this very contract.
    const emitted =
      loaded.contract === pending.contract && draft ? draft : this.emit(loaded.contract, options);
    if (!emitted.ok) throw emitted.error;
    const diagnostics = normalizeDiagnostics([...loaded.diagnostics, ...emitted.diagnostics]);
    if (hasErrors(diagnostics))
      return { ...base, contract: loaded.contract, diagnostics, timings: timings() };
    return { ...base, contract: loaded.contract, files: emitted.files, diagnostics, timings: timings() };
  }

  /** Stops the parser's worker thread; the generator stays usable and starts a new one when needed. */
  close(): Promise<void> {
    return this.loader.close();
  }

  /** Emits, reusing the last output when the contract and settings are unchanged. */
  private emit(contract: Contract, options: GenerateOptions): EmitAttempt {
    const { packages, unknownKeywords } = options;
    const key = JSON.stringify([contract, packages ?? {}, unknownKeywords ?? 'warn']);
    if (this.last?.key === key)
      return { ok: true, files: this.last.files, diagnostics: this.last.diagnostics };
    const attempt = emitOrCatch(contract, packages, unknownKeywords === undefined ? {} : { unknownKeywords });
    if (attempt.ok) this.last = { key, files: attempt.files, diagnostics: attempt.diagnostics };
    return attempt;
  }
}
