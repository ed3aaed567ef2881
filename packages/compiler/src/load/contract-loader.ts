import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { LoadOptions, LoadResult, PendingLoad } from './load-options.js';
import { createParserValidator, type ParserValidator } from './parser-validator.js';
import { createPathDisplay } from './paths.js';
import { readSourceGraph } from './read-source-graph.js';
import { settledLoad, unreadableLoad, validateAndBuild } from './validated-load.js';

interface LastLoad {
  key: string;
  localTexts: Map<string, string | null>;
  result: LoadResult;
}

export interface StartOptions {
  /**
   * Start the parser when `settle()` is first called rather than at once: the work done with the
   * IR meanwhile then does not share the CPU with it (watch mode's output before the verdict).
   */
  validateOnSettle?: boolean;
}

export interface ContractLoaderOptions {
  /** Where `@asyncapi/parser` validation runs; default: a worker thread (in-thread when run from sources or on one CPU). */
  validator?: ParserValidator;
}

/**
 * Loads AsyncAPI documents into the contract IR. Keep one instance for the life of a process:
 * it owns the (slow to create) parser, on a worker thread of its own, and it remembers the last
 * load so that loading again while every file it read is byte-identical returns that result
 * without parsing (watch mode). Loads that fetched remote documents (`allowRemoteRefs`) are
 * never reused. The worker thread never keeps a process alive; `close()` stops it.
 *
 * @example
 * const loader = new ContractLoader();
 * const { contract, diagnostics } = await loader.load('asyncapi.yaml');
 * for (const d of diagnostics) console.error(formatDiagnostic(d));
 * if (contract) console.log(formatEventTable(contract));
 * await loader.close();
 */
export class ContractLoader {
  private readonly validator: ParserValidator;
  private last: LastLoad | undefined;

  constructor(options: ContractLoaderOptions = {}) {
    this.validator = options.validator ?? createParserValidator();
  }

  async load(entry: string, options: LoadOptions = {}): Promise<LoadResult> {
    return (await this.start(entry, options)).settle();
  }

  /**
   * Reads the documents, starts the parser's validation and builds the IR meanwhile; resolves once
   * the IR is built, usually before the parser has finished (it runs on a worker thread). Work done
   * with `contract` before `settle()` resolves is speculative: `settle()` returns that same
   * contract when the parser accepts the document, and none when it does not. With
   * `validateOnSettle` the parser starts only when `settle()` is called.
   *
   * @example
   * const pending = await loader.start('asyncapi.yaml');
   * const draft = pending.contract && emitSomething(pending.contract); // overlaps validation
   * const result = await pending.settle();
   * if (result.contract) use(draft);
   */
  async start(entry: string, options: LoadOptions = {}, start: StartOptions = {}): Promise<PendingLoad> {
    const started = performance.now();
    const cwd = options.cwd ?? process.cwd();
    const entryId = resolve(cwd, entry);
    const key = JSON.stringify([
      entryId,
      cwd,
      !!options.allowRemoteRefs,
      !!options.acceptReceive,
      options.name ?? null,
      options.identity ?? null,
      options.wire ?? null,
    ]);
    const last = this.last;
    if (last?.key === key && (await unchanged(last.localTexts))) {
      const result = {
        ...last.result,
        timings: { readMs: performance.now() - started, parseMs: 0, buildMs: 0 },
      };
      return settledLoad(result);
    }
    this.validator.warm();
    const paths = createPathDisplay(entryId, cwd);
    const read = await readSourceGraph(entryId, { allowRemoteRefs: !!options.allowRemoteRefs, paths });
    const readDone = performance.now();
    const pending = hasErrors(read.diagnostics)
      ? settledLoad(unreadableLoad(read, readDone, started))
      : validateAndBuild(read, options, this.validator, readDone, started, start.validateOnSettle);
    return {
      ...(pending.contract ? { contract: pending.contract } : {}),
      settle: async () => {
        const result = await pending.settle();
        // Remote documents are not watched: a load that read one is redone every time.
        this.last = read.readRemote ? undefined : { key, localTexts: read.localTexts, result };
        return result;
      },
    };
  }

  /** Stops the validation worker thread; the loader stays usable and starts a new one when needed. */
  close(): Promise<void> {
    return this.validator.close();
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
