import { AsyncApiValidator, type SourceTexts } from './asyncapi-validator.js';
import { epochNow, type ValidationOutcome } from './parser-finding.js';
import { parserThreadWorthIt, parserWorkerEntry } from './parser-thread.js';
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

/**
 * A worker thread where one is worth it (`parserThreadWorthIt`), else the calling thread.
 *
 * @example
 * const validator = createParserValidator();
 * const { findings } = await validator.validate('/abs/asyncapi.yaml', new Map([['/abs/asyncapi.yaml', text]]));
 * await validator.close();
 */
export function createParserValidator(): ParserValidator {
  return parserThreadWorthIt() ? new WorkerValidator(parserWorkerEntry) : new InProcessValidator();
}
