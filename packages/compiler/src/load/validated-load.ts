import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import { buildContract } from '../ir/build/build-contract.js';
import type { Contract } from '../ir/contract.js';
import type { LoadOptions, LoadResult, LoadTimings, PendingLoad } from './load-options.js';
import { mapParserDiagnostics } from './parser-diagnostics.js';
import type { ParserValidator } from './parser-validator.js';
import type { ReadGraphResult } from './read-source-graph.js';
import type { SourceFile } from './source-file.js';
import type { SourceGraph } from './source-graph.js';

/** A load that is already over: nothing runs in the background. */
export function settledLoad(result: LoadResult): PendingLoad {
  return { ...(result.contract ? { contract: result.contract } : {}), settle: async () => result };
}

/** The source graph is broken (missing file, YAML syntax, bad `$ref`): the parser does not run. */
export function unreadableLoad(read: ReadGraphResult, readDone: number, started: number): LoadResult {
  return loadResult(read, read.diagnostics, undefined, {
    readMs: readDone - started,
    parseMs: 0,
    buildMs: performance.now() - readDone,
  });
}

/**
 * Starts the parser's validation of a sound source graph and builds the IR from the same graph
 * meanwhile (the IR never reads the parser's output, only its verdict). The returned `contract`
 * is provisional: `settle()` waits for the parser, and when it reports an error only its
 * diagnostics count and the contract is dropped, exactly as if the build had never run.
 * `validateOnSettle`: start the parser only when `settle()` is first called instead.
 */
export function validateAndBuild(
  read: ReadGraphResult,
  options: LoadOptions,
  validator: ParserValidator,
  readDone: number,
  started: number,
  validateOnSettle = false,
): PendingLoad {
  const { graph } = read;
  let validation: ReturnType<ParserValidator['validate']> | undefined;
  const validate = () => {
    if (!validation) {
      const texts = new Map([...graph.files].map(([id, file]) => [id, file.text]));
      validation = validator.validate(graph.entry, texts);
      // Handled in `settle`; until then the build keeps the thread busy and must not see it as unhandled.
      validation.catch(() => undefined);
    }
    return validation;
  };
  if (!validateOnSettle) validate();
  const built = build(read, options);
  const settle = async (): Promise<LoadResult> => {
    const { findings, finishedAt } = await validate();
    const diagnostics: Diagnostic[] = [...read.diagnostics, ...mapParserDiagnostics(findings, graph)];
    // `finishedAt` is wall-clock time from whichever thread validated; as this thread's clock:
    const parseMs = finishedAt - performance.timeOrigin - readDone;
    const timings = { readMs: readDone - started, parseMs, buildMs: built.buildMs };
    if (hasErrors(diagnostics)) return loadResult(read, diagnostics, undefined, timings);
    return loadResult(read, [...diagnostics, ...built.diagnostics], built.contract, timings);
  };
  let settled: Promise<LoadResult> | undefined;
  return {
    ...(built.contract ? { contract: built.contract } : {}),
    settle: () => {
      settled ??= settle();
      return settled;
    },
  };
}

interface Built {
  /** Present when the build reported no error. */
  contract?: Contract;
  diagnostics: Diagnostic[];
  buildMs: number;
}

function build(read: ReadGraphResult, options: LoadOptions): Built {
  const { graph } = read;
  const started = performance.now();
  const built = buildSafely(
    () => buildContract(graph, options),
    graph.entry,
    graph.paths.forDiagnostic(graph.entry),
  );
  const contract = built.contract && !hasErrors(built.diagnostics) ? built.contract : undefined;
  return {
    ...(contract ? { contract } : {}),
    diagnostics: built.diagnostics,
    buildMs: performance.now() - started,
  };
}

function loadResult(
  read: ReadGraphResult,
  diagnostics: readonly Diagnostic[],
  contract: Contract | undefined,
  timings: LoadTimings,
): LoadResult {
  const normalized = normalizeDiagnostics(diagnostics);
  return {
    ...(contract && !hasErrors(normalized) ? { contract } : {}),
    diagnostics: normalized,
    files: [...read.localTexts]
      .filter(([, text]) => text !== null)
      .map(([path]) => path)
      .sort(),
    timings,
    locate: locator(read.graph),
  };
}

/** `LoadResult.locate` over the graph's files, found by the name the contract gives them. */
function locator(graph: SourceGraph): NonNullable<LoadResult['locate']> {
  let byContractName: Map<string, { printed: string; source: SourceFile }> | undefined;
  return (file, pointer) => {
    byContractName ??= new Map(
      [...graph.files].map(([id, source]) => [
        graph.paths.forContract(id),
        { printed: graph.paths.forDiagnostic(id), source },
      ]),
    );
    const found = byContractName.get(file);
    return found && { file: found.printed, ...found.source.locate(pointer) };
  };
}

/** A bug in the IR builder becomes a diagnostic instead of taking a watch process down. */
function buildSafely(
  build: () => ReturnType<typeof buildContract>,
  entryId: string,
  file: string,
): ReturnType<typeof buildContract> {
  try {
    return build();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `internal error while building the contract IR from ${entryId}: expected none, found "${detail}"; please report this with the document`;
    return { diagnostics: [{ severity: 'error', code: 'internal-error', message, file, line: 1, col: 1 }] };
  }
}
