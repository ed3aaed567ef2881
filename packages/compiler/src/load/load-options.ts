import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IdentityOptions } from '../ir/build/identity-options.js';
import type { Contract } from '../ir/contract.js';
import type { WireSetting } from '../ir/wire.js';

export interface LoadOptions {
  /** Follow `$ref`s to http(s) URLs. Off by default: a contract build should not depend on the network. */
  allowRemoteRefs?: boolean;
  /** Accept a document written from the consumer's side (only 3.x `receive` / 2.x `publish`). */
  acceptReceive?: boolean;
  /** Contract (package base) name; default: slug of `info.title`. */
  name?: string;
  /** Where documents state event identity their own way (docs/event-identity.md). */
  identity?: IdentityOptions;
  /** Wire format (docs/wire-formats.md); wins over the document's `x-hookwright-wire`. */
  wire?: WireSetting;
  /** Directory relative paths are resolved from and diagnostics are shown relative to; default `process.cwd()`. */
  cwd?: string;
}

export interface LoadTimings {
  /** Reading and syntax-checking every document of the source graph. */
  readMs: number;
  /**
   * `@asyncapi/parser` validation: from the end of reading until the parser finished (0 when it
   * did not run). It runs on a worker thread while the IR is built, so it overlaps `buildMs`.
   */
  parseMs: number;
  /** Building the contract IR (also done, and then discarded, when the parser rejects the document). */
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
  /**
   * Where the value at `pointer` of `file` is written, as diagnostics print it: `file` named as the
   * contract names it (`SourceLocation.file`, relative to the entry document's folder), the answer
   * relative to the working directory, at the deepest part of the pointer that exists. For later
   * stages that know a place in the contract but not the text. Undefined for a file the load did
   * not read.
   */
  locate?(file: string, pointer: string): { file: string; line: number; col: number } | undefined;
}

/**
 * A load whose IR is built while `@asyncapi/parser` may still be validating (see
 * `ContractLoader.start`). `contract` is provisional: the parser can still reject the document.
 */
export interface PendingLoad {
  /** The IR built from the source graph, when reading and building found no error. */
  contract?: Contract;
  /** Waits for the parser; resolves to exactly what `ContractLoader.load` returns. */
  settle(): Promise<LoadResult>;
}
