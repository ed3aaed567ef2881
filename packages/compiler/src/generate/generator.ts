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
  type StartOptions,
} from '../load/index.js';
import { ContractEmitter } from './contract-emitter.js';
import { diagnosticAtPointer } from './diagnostic-at-pointer.js';

export interface GenerateOptions extends LoadOptions {
  /** Names, scope and version of the generated packages. */
  packages?: PackageSettings;
  /** Schema keywords the dialect does not define: `warn` (default), `ignore` or `error`. */
  unknownKeywords?: UnknownKeywordPolicy;
}

/**
 * Wall-clock phases of one `generate`, each measured on its own. The parser validates on a worker
 * thread while the IR is built and emitted (unless told to wait for `settle()`), so `parseMs`
 * overlaps `buildMs + emitMs` and the three can add up to more than `totalMs`.
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

/**
 * A `generate` whose output may exist before the parser's verdict (see `Generator.start`).
 */
export interface GenerateRun {
  /**
   * The output, emitted from the IR while the parser still validates the document; absent when
   * reading, building or emitting found an error. Final only if `settle()` returns it too.
   */
  draft?: { contract: Contract; files: EmittedFiles };
  /** Waits for the parser's verdict; resolves to exactly what `generate` returns. */
  settle(): Promise<GenerateResult>;
}

export type GeneratorOptions = ContractLoaderOptions;

/**
 * A long-lived generator: one AsyncAPI parser for the process (on a worker thread that never keeps
 * the process alive), and the last output kept so that a re-run on unchanged input costs almost
 * nothing and one after an edit recompiles validators only when the edit touched them.
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
  private readonly emitter = new ContractEmitter();
  private inputs: string[] = [];

  constructor(options: GeneratorOptions = {}) {
    this.loader = new ContractLoader(options);
  }

  /** Load and build the contract IR only (what `hookwright inspect` prints). */
  async load(entry: string, options: GenerateOptions = {}): Promise<LoadResult> {
    const loaded = await this.loader.load(entry, options);
    this.inputs = loaded.files;
    return loaded;
  }

  /**
   * `load`, plus `work` run on the IR as soon as it is built, while the parser still validates (as
   * `generate` does with the emitters; `hookwright docs` uses it). `output` is there only when the
   * parser accepts the document; a throw from `work` surfaces only then, too.
   *
   * @example
   * const { loaded, output } = await generator.loadWith('asyncapi.yaml', {}, (c) => emitDocs(c));
   */
  async loadWith<T>(
    entry: string,
    options: GenerateOptions,
    work: (contract: Contract) => T,
  ): Promise<{ loaded: LoadResult; output?: T }> {
    return (await this.speculate(entry, options, {}, work)).settle();
  }

  /** Files read by the last `load` or `generate`. */
  lastInputs(): string[] {
    return this.inputs;
  }

  /** Loads and emits; the output is there when nothing (parser, IR builder, emitters) found an error. */
  async generate(entry: string, options: GenerateOptions = {}): Promise<GenerateResult> {
    return (await this.start(entry, options)).settle();
  }

  /**
   * `generate` in two steps: resolves as soon as the output is emitted, while the parser still
   * validates (watch mode writes it then), and `settle()` gives the verdict. When the parser
   * rejects the document, the result holds its diagnostics alone, exactly as if nothing had been
   * emitted. `start.validateOnSettle`: the parser starts only when `settle()` is called, so that
   * on a busy machine it does not slow down the output (see docs/loading.md, watch mode).
   */
  async start(entry: string, options: GenerateOptions = {}, start: StartOptions = {}): Promise<GenerateRun> {
    const started = performance.now();
    let emitMs = 0;
    const run = await this.speculate(entry, options, start, (contract) => {
      const emitStarted = performance.now();
      try {
        return this.emitter.emit(contract, options);
      } finally {
        emitMs = performance.now() - emitStarted;
      }
    });
    const { draft } = run;
    const settle = async (): Promise<GenerateResult> => {
      const { loaded, output } = await run.settle();
      const timings = {
        parseMs: loaded.timings.readMs + loaded.timings.parseMs,
        buildMs: loaded.timings.buildMs,
        emitMs,
        totalMs: performance.now() - started,
      };
      const base = { inputs: loaded.files, timings };
      if (!loaded.contract || !output) return { ...base, diagnostics: loaded.diagnostics };
      const diagnostics = normalizeDiagnostics([
        ...loaded.diagnostics,
        ...output.diagnostics.map((d) => diagnosticAtPointer(d, loaded)),
      ]);
      const files = hasErrors(diagnostics) ? {} : { files: output.files };
      return { ...base, contract: loaded.contract, ...files, diagnostics };
    };
    if (!draft || hasErrors(draft.output.diagnostics)) return { settle };
    return { draft: { contract: draft.contract, files: draft.output.files }, settle };
  }

  /** Stops the parser's worker thread; the generator stays usable and starts a new one when needed. */
  close(): Promise<void> {
    return this.loader.close();
  }

  /**
   * Loads, running `work` on the IR as soon as it is built, while the parser validates. What `work`
   * returned (or threw) is kept until the verdict: dropped when the parser rejects the document
   * (it may have met input the parser would have refused), else returned (or thrown: a real bug).
   */
  private async speculate<T>(
    entry: string,
    options: GenerateOptions,
    start: StartOptions,
    work: (contract: Contract) => T,
  ): Promise<{
    draft?: { contract: Contract; output: T };
    settle(): Promise<{ loaded: LoadResult; output?: T }>;
  }> {
    const pending = await this.loader.start(entry, options, start);
    const { contract } = pending;
    let attempt: { ok: true; output: T } | { ok: false; error: unknown } | undefined;
    if (contract) {
      try {
        attempt = { ok: true, output: work(contract) };
      } catch (error) {
        attempt = { ok: false, error };
      }
    }
    const settle = async () => {
      const loaded = await pending.settle();
      this.inputs = loaded.files;
      // A settled contract is the provisional one, accepted by the parser.
      if (!loaded.contract || !attempt) return { loaded };
      if (!attempt.ok) throw attempt.error;
      return { loaded, output: attempt.output };
    };
    return contract && attempt?.ok ? { draft: { contract, output: attempt.output }, settle } : { settle };
  }
}
