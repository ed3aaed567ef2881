import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AsyncApiValidator, type SourceTexts } from './asyncapi-validator.js';
import { epochNow, type ValidationOutcome } from './parser-finding.js';
import { WorkerValidator } from './worker-validator.js';

/**
 * Where `@asyncapi/parser` validation runs. The loader asks for it as soon as the source graph is
 * read and builds the IR while it runs, so a validator that works off the calling thread turns
 * "parser + our work" into "the slower of the two".
 */
export interface ParserValidator {
  /** A hint that `validate` will follow shortly: start whatever is slow to start. */
  warm(): void;
  validate(entry: string, texts: SourceTexts): Promise<ValidationOutcome>;
  /** Frees threads; a later `validate` starts again from scratch. */
  close(): Promise<void>;
}

/**
 * Validation in the calling thread: it only runs while that thread waits, so the IR is built (and
 * emitted) first and the parser's verdict comes last.
 */
export class InProcessValidator implements ParserValidator {
  private readonly validator = new AsyncApiValidator();

  warm(): void {
    // Creating the parser here would block the thread that is about to read the documents.
  }

  async validate(entry: string, texts: SourceTexts): Promise<ValidationOutcome> {
    const findings = await this.validator.validate(entry, texts);
    return { findings, finishedAt: epochNow() };
  }

  async close(): Promise<void> {}
}

/** The compiled worker entry, next to this module in `dist/`. */
const workerEntry = new URL('./validation-worker.js', import.meta.url);

/**
 * A worker thread when the compiled worker entry exists beside this module (the built package)
 * and the machine has a second CPU, else the calling thread: run from TypeScript sources (vitest)
 * there is no `.js` entry that a worker thread could load, and on one CPU a second thread only
 * adds work (its own module loading and JIT warm-up) without running anything in parallel.
 *
 * @example
 * const validator = createParserValidator();
 * const { findings } = await validator.validate('/abs/asyncapi.yaml', new Map([['/abs/asyncapi.yaml', text]]));
 * await validator.close();
 */
export function createParserValidator(): ParserValidator {
  const worthIt =
    workerEntry.protocol === 'file:' && existsSync(fileURLToPath(workerEntry)) && availableParallelism() > 1;
  return worthIt ? new WorkerValidator(workerEntry) : new InProcessValidator();
}
