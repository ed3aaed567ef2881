import { Worker } from 'node:worker_threads';
import type { SourceTexts } from './asyncapi-validator.js';
import type { ValidationOutcome } from './parser-finding.js';
import type { ParserValidator } from './parser-validator.js';
import type { ValidateReply, ValidateRequest } from './validation-protocol.js';

interface Waiting {
  resolve(outcome: ValidationOutcome): void;
  reject(error: Error): void;
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

  /** `entry`: URL of the compiled `validation-worker.js`. */
  constructor(private readonly entry: URL) {}

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
      this.waiting.set(id, { resolve, reject });
      if (this.waiting.size === 1) worker.ref();
      const request: ValidateRequest = { id, entry, texts };
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
    const worker = new Worker(this.entry);
    worker.on('message', (reply: ValidateReply) => this.answered(reply));
    worker.on('error', (error) => this.stopped(worker, error));
    worker.on('exit', (code) =>
      this.stopped(worker, new Error(`the AsyncAPI validation worker exited with code ${code}`)),
    );
    // After the listeners: adding a 'message' listener references the thread's port again.
    worker.unref();
    this.worker = worker;
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

  /** A dead or closed worker fails what it still owed; the next request starts a new one. */
  private stopped(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const owed = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiting of owed) waiting.reject(error);
  }
}
