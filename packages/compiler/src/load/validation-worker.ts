/**
 * Worker-thread entry: runs `@asyncapi/parser` validation for the main thread, which builds and
 * emits the contract meanwhile (see `WorkerValidator`). Plain data in and out: texts the main
 * thread has already read, findings with their ranges. One request at a time, in order.
 */
import { parentPort } from 'node:worker_threads';
import { AsyncApiValidator } from './asyncapi-validator.js';
import { epochNow } from './parser-finding.js';
import type { ValidateReply, ValidateRequest } from './validation-protocol.js';

const port = parentPort;
if (!port) throw new Error('validation-worker.js runs as a worker thread: start it with new Worker(url)');

const validator = new AsyncApiValidator();
// The main thread is still reading and parsing the documents: build the parser in the meantime.
validator.warm();

port.on('message', async ({ id, entry, texts }: ValidateRequest) => {
  let reply: ValidateReply;
  try {
    const findings = await validator.validate(entry, texts);
    reply = { id, ok: true, findings, finishedAt: epochNow() };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    reply = { id, ok: false, message, ...(stack === undefined ? {} : { stack }) };
  }
  port.postMessage(reply);
});
