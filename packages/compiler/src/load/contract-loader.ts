import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import { buildContract } from '../ir/build/build-contract.js';
import type { Contract } from '../ir/contract.js';
import { AsyncApiValidator } from './asyncapi-validator.js';
import type { LoadOptions, LoadResult } from './load-options.js';
import { mapParserDiagnostics } from './parser-diagnostics.js';
import { createPathDisplay } from './paths.js';
import { readSourceGraph } from './read-source-graph.js';

interface LastLoad {
  key: string;
  localTexts: Map<string, string | null>;
  result: LoadResult;
}

/**
 * Loads AsyncAPI documents into the contract IR. Keep one instance for the life of a process:
 * it owns the (slow to create) parser, and it remembers the last load so that loading again
 * while every file it read is byte-identical returns that result without parsing (watch mode).
 * Loads that fetched remote documents (`allowRemoteRefs`) are never reused.
 *
 * @example
 * const loader = new ContractLoader();
 * const { contract, diagnostics } = await loader.load('asyncapi.yaml');
 * for (const d of diagnostics) console.error(formatDiagnostic(d));
 * if (contract) console.log(formatEventTable(contract));
 */
export class ContractLoader {
  private readonly validator = new AsyncApiValidator();
  private last: LastLoad | undefined;

  async load(entry: string, options: LoadOptions = {}): Promise<LoadResult> {
    const started = performance.now();
    const cwd = options.cwd ?? process.cwd();
    const entryId = resolve(cwd, entry);
    const key = JSON.stringify([
      entryId,
      cwd,
      !!options.allowRemoteRefs,
      !!options.acceptReceive,
      options.name ?? null,
    ]);
    const last = this.last;
    if (last?.key === key && (await unchanged(last.localTexts))) {
      return { ...last.result, timings: { readMs: performance.now() - started, parseMs: 0, buildMs: 0 } };
    }
    const { result, read } = await this.loadFresh(entryId, cwd, options, started);
    // Remote documents are not watched: a load that read one is redone every time.
    this.last = read.readRemote ? undefined : { key, localTexts: read.localTexts, result };
    return result;
  }

  /** Read the source graph, then (if it is sound) validate with the parser, then (if valid) build. */
  private async loadFresh(entryId: string, cwd: string, options: LoadOptions, started: number) {
    const paths = createPathDisplay(entryId, cwd);
    const read = await readSourceGraph(entryId, { allowRemoteRefs: !!options.allowRemoteRefs, paths });
    const readDone = performance.now();
    const diagnostics: Diagnostic[] = [...read.diagnostics];
    let parseDone = readDone;
    let contract: Contract | undefined;
    if (!hasErrors(diagnostics)) {
      const texts = new Map([...read.graph.files].map(([id, file]) => [id, file.text]));
      diagnostics.push(...mapParserDiagnostics(await this.validator.validate(entryId, texts), read.graph));
      parseDone = performance.now();
      if (!hasErrors(diagnostics)) {
        const built = buildSafely(
          () => buildContract(read.graph, options),
          entryId,
          paths.forDiagnostic(entryId),
        );
        diagnostics.push(...built.diagnostics);
        contract = built.contract;
      }
    }
    const normalized = normalizeDiagnostics(diagnostics);
    const result: LoadResult = {
      ...(contract && !hasErrors(normalized) ? { contract } : {}),
      diagnostics: normalized,
      files: [...read.localTexts]
        .filter(([, text]) => text !== null)
        .map(([path]) => path)
        .sort(),
      timings: {
        readMs: readDone - started,
        parseMs: parseDone - readDone,
        buildMs: performance.now() - parseDone,
      },
    };
    return { result, read };
  }
}

let shared: ContractLoader | undefined;

/**
 * Loads one AsyncAPI document with a loader shared by the whole process.
 *
 * @example
 * const { contract, diagnostics } = await loadContract('asyncapi.yaml', { acceptReceive: true });
 */
export function loadContract(entry: string, options?: LoadOptions): Promise<LoadResult> {
  shared ??= new ContractLoader();
  return shared.load(entry, options);
}

/** True when every file reads back exactly as before (and missing files are still missing). */
async function unchanged(texts: ReadonlyMap<string, string | null>): Promise<boolean> {
  const checks = [...texts].map(async ([path, text]) => {
    const now = await readFile(path, 'utf8').catch(() => null);
    return now === text;
  });
  return (await Promise.all(checks)).every(Boolean);
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
