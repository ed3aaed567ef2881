import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import type { EmittedFiles } from '../emit/files.js';
import type { PackageSettings } from '../emit/packages/package-settings.js';
import type { Contract } from '../ir/contract.js';
import { ContractLoader, type LoadOptions, type LoadResult } from '../load/index.js';
import { emitContract } from './emit-contract.js';

export interface GenerateOptions extends LoadOptions {
  /** Names, scope and version of the generated packages. */
  packages?: PackageSettings;
}

export interface GenerateTimings {
  /** Reading files and running @asyncapi/parser. */
  parseMs: number;
  /** Everything else of loading: source-graph walk, IR build. */
  buildMs: number;
  /** IR -> files, including validation of examples. */
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
 * A long-lived generator: one AsyncAPI parser for the process, and the last result kept so a
 * re-run on unchanged input (watch mode, editor integrations) costs almost nothing.
 *
 * @example
 * const generator = createGenerator();
 * const result = await generator.generate('asyncapi.yaml');
 * if (result.files) await writeOutput('generated', result.files);
 * else for (const d of result.diagnostics) console.error(formatDiagnostic(d));
 */
export function createGenerator(): Generator {
  return new Generator();
}

export class Generator {
  private readonly loader = new ContractLoader();
  private last: { key: string; files: EmittedFiles; diagnostics: Diagnostic[] } | undefined;
  private inputs: string[] = [];

  /** Load and build the contract IR only (what `hookwright inspect` prints). */
  async load(entry: string, options: GenerateOptions = {}): Promise<LoadResult> {
    const loaded = await this.loader.load(entry, options);
    this.inputs = loaded.files;
    return { ...loaded, diagnostics: normalizeDiagnostics(loaded.diagnostics) };
  }

  /** Files read by the last `load` or `generate`. */
  lastInputs(): string[] {
    return this.inputs;
  }

  async generate(entry: string, options: GenerateOptions = {}): Promise<GenerateResult> {
    const started = performance.now();
    const loaded = await this.load(entry, options);
    const parseMs = loaded.timings.readMs + loaded.timings.parseMs;
    const base = { inputs: loaded.files };
    if (!loaded.contract || hasErrors(loaded.diagnostics)) {
      const totalMs = performance.now() - started;
      return {
        ...base,
        diagnostics: normalizeDiagnostics(loaded.diagnostics),
        timings: { parseMs, buildMs: loaded.timings.buildMs, emitMs: 0, totalMs },
      };
    }
    const emitStarted = performance.now();
    const key = JSON.stringify([loaded.contract, options.packages ?? {}]);
    if (this.last?.key !== key) this.last = { key, ...emitContract(loaded.contract, options.packages) };
    const diagnostics = normalizeDiagnostics([...loaded.diagnostics, ...this.last.diagnostics]);
    const emitMs = performance.now() - emitStarted;
    const timings = {
      parseMs,
      buildMs: loaded.timings.buildMs,
      emitMs,
      totalMs: performance.now() - started,
    };
    if (hasErrors(diagnostics)) return { ...base, contract: loaded.contract, diagnostics, timings };
    return { ...base, contract: loaded.contract, files: this.last.files, diagnostics, timings };
  }
}
