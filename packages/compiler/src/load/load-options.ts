import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Contract } from '../ir/contract.js';

export interface LoadOptions {
  /** Follow `$ref`s to http(s) URLs. Off by default: a contract build should not depend on the network. */
  allowRemoteRefs?: boolean;
  /** Accept a document written from the consumer's side (only 3.x `receive` / 2.x `publish`). */
  acceptReceive?: boolean;
  /** Contract (package base) name; default: slug of `info.title`. */
  name?: string;
  /** Directory relative paths are resolved from and diagnostics are shown relative to; default `process.cwd()`. */
  cwd?: string;
}

export interface LoadTimings {
  /** Reading and syntax-checking every document of the source graph. */
  readMs: number;
  /** `@asyncapi/parser` validation. */
  parseMs: number;
  /** Building the contract IR. */
  buildMs: number;
}

export interface LoadResult {
  /** Undefined when any error diagnostic exists. Shared with later loads of unchanged input: treat as read-only. */
  contract?: Contract;
  /** Sorted and de-duplicated (see `normalizeDiagnostics`). */
  diagnostics: Diagnostic[];
  /**
   * Absolute paths of every local file the load read, sorted: what watch mode watches. Referenced
   * files that were missing are not listed (they cannot be watched), but the loader still checks
   * them before reusing a result, so one that appears is picked up by the next load.
   */
  files: string[];
  timings: LoadTimings;
}
