import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { SourceTexts } from './asyncapi-validator.js';
import type { ValidationOutcome } from './parser-finding.js';
import type { ParserValidator } from './parser-validator.js';
import { lowerCallingThreadPriority } from './thread-priority.js';
import type { ValidateReply, ValidateRequest } from './validation-protocol.js';

interface Waiting {
  request: ValidateRequest;
  resolve(outcome: ValidationOutcome): void;
  reject(error: Error): void;
}

/**
 * Heap caps for the parser's thread. V8 lets a heap grow further between full collections the
 * higher its limit: under the default limit (a quarter of the machine's memory) the parser's old
 * generation reaches about 200 MB before a collection finds some 50 MB alive (the large benchmark
 * contract), while under a 1 GB cap it is collected sooner, and a smaller young generation keeps
 * less besides. A generate of that contract peaks at about 385 MB instead of 520, and spends a few
 * percent less CPU time (docs/loading.md).
 * A document whose validation needs more than the cap is validated again without it.
 */
export const PARSER_HEAP_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 16,
};

let starterYields = false;

/**
 * For a process that ends with its first contract (a one-shot `hookwright generate`): once the
 * parser's worker thread has started, the thread that started it runs at a lower scheduling
 * priority for the rest of the process (`lowerCallingThreadPriority`: Linux, nice +5).
 *
 * Why: the parser on its worker is a generate's critical path, and the two threads share two
 * cores with V8's compiler and GC threads; the main thread's build and emit end some 0.4 s before
 * the parser's verdict. Yielding to the worker turns that wait into time the worker runs: 0.94x
 * wall on the 200-event contract on a quiet machine (docs/loading.md). On a machine busy with
 * other processes the main thread yields to them too, and the run can be slower. Not for watch
 * mode, whose main thread works on every edit while the parser waits.
 */
export function yieldToParserThread(): void {
  starterYields = true;
}

/**
 * Runs parser validation on one worker thread, started on first use and reused for every later
 * request (the parser inside it is built once). The thread never keeps the process alive on its
 * own: it is referenced only while a request is in flight, so a CLI run ends as soon as its
 * work is done, without calling `close()`.
 *
 * @example
 * const validator = new WorkerValidator(new URL('./validation-worker.js', import.meta.url));
 * const { findings } = await validator.validate(entry, texts);
 * await validator.close();
 */
export class WorkerValidator implements ParserValidator {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  /**
   * `entry`: URL of the compiled `validation-worker.js`. `limits`: the worker's heap caps; when a
   * worker runs out of them, the requests it held go to a new worker without caps, and so do all
   * later ones.
   */
  constructor(
    private readonly entry: URL,
    private limits: ResourceLimits | undefined = PARSER_HEAP_LIMITS,
  ) {}

  /** The running worker's thread id; undefined before the first request and after `close()`. */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  warm(): void {
    this.started();
  }

  validate(entry: string, texts: SourceTexts): Promise<ValidationOutcome> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<ValidationOutcome>((resolve, reject) => {
      const request: ValidateRequest = { id, entry, texts };
      this.waiting.set(id, { request, resolve, reject });
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.stopped(worker, new Error('AsyncAPI validation was cancelled: the validator was closed'));
    await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, this.limits ? { resourceLimits: this.limits } : {});
    worker.on('message', (reply: ValidateReply) => this.answered(reply));
    worker.on('error', (error) => this.stopped(worker, error));
    worker.on('exit', (code) =>
      this.stopped(worker, new Error(`the AsyncAPI validation worker exited with code ${code}`)),
    );
    // After the listeners: adding a 'message' listener references the thread's port again.
    worker.unref();
    this.worker = worker;
    // After the worker's thread exists: a thread starts with the nice value of the one starting it.
    if (starterYields) lowerCallingThreadPriority();
    return worker;
  }

  private answered(reply: ValidateReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if (reply.ok) {
      waiting.resolve({ findings: reply.findings, finishedAt: reply.finishedAt });
      return;
    }
    const error = new Error(reply.message);
    if (reply.stack !== undefined) error.stack = reply.stack;
    waiting.reject(error);
  }

  /**
   * A dead or closed worker fails what it still owed, and the next request starts a new one; one
   * that ran out of its capped heap hands what it owed to a new worker without caps instead.
   */
  private stopped(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.limits && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.limits = undefined;
      const uncapped = this.started();
      if (this.waiting.size > 0) uncapped.ref();
      for (const { request } of this.waiting.values()) uncapped.postMessage(request);
      return;
    }
    const owed = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiting of owed) waiting.reject(error);
  }
}
