/**
 * `node:http` adapter, also Express/Connect middleware (`app.post('/webhooks', receiver.node)`).
 * Duck-typed, so the Web entry imports nothing from `node:*`.
 */
import type { Pipeline, ReceiverResponse } from '../receiver/pipeline.js';
import {
  type BodyLimits,
  type BodyResult,
  ChunkCollector,
  READ_FAILED,
  TIMED_OUT,
  TOO_LARGE,
} from '../receiver/read-body.js';
import { systemClock } from '../sender/clock.js';
import { Deadline, Deadlines } from '../timers/deadlines.js';
import { type MaybeParsedRequest, parsedBody } from './express.js';

/** The parts of `http.IncomingMessage` the adapter uses. */
export interface NodeRequestLike extends MaybeParsedRequest {
  method?: string | undefined;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  // biome-ignore lint/suspicious/noExplicitAny: Node's own listener type; anything narrower rejects IncomingMessage.
  on(event: string, listener: (...args: any[]) => void): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  off(event: string, listener: (...args: any[]) => void): unknown;
  pause(): unknown;
}

/** The parts of `http.ServerResponse` the adapter uses. */
export interface NodeResponseLike {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/** `(req, res, next?) => void`; `next` is accepted for middleware stacks and never called. */
export type NodeHandler = (req: NodeRequestLike, res: NodeResponseLike, next?: unknown) => void;

/**
 * A Node handler over the pipeline. Callbacks rather than promises from the request to the answer:
 * with the synchronous Node verifier, the memory store and a handler that returns nothing, a request
 * is answered without a single promise.
 */
export function nodeHandler(pipeline: Pipeline): NodeHandler {
  return (req, res) => {
    const write = (answer: ReceiverResponse) => {
      try {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? undefined);
      } catch {
        // Something else already answered (a middleware after us, a timeout handler): nothing left to
        // say, and a throw here would surface as an unhandled rejection on the asynchronous path.
      }
    };
    const early = pipeline.beforeBody(req.method ?? 'GET', req.headers);
    if (early !== undefined) return write(early);
    const onBody = (read: BodyResult) => {
      const answer = pipeline.afterBody(req.headers, read);
      if ('then' in answer) answer.then(write);
      else write(answer);
    };
    const kept = parsedBody(req, pipeline.limits.maxBodyBytes);
    if (kept !== undefined) onBody(kept);
    else readNodeStream(req, pipeline.limits, onBody);
  };
}

/**
 * Reads a Node stream with events rather than an async iterator: cheaper per request, which the
 * benchmark measures. Stops listening and pauses the stream past the limit or the deadline.
 */
export function readNodeStream(
  req: NodeRequestLike,
  limits: BodyLimits,
  done: (read: BodyResult) => void,
): void {
  {
    const collector = new ChunkCollector(limits.maxBodyBytes);
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      bodyDeadlines.remove(deadline);
      // A body read to its end leaves the listeners in place: no more data or end can come, the
      // 'error' one (now a no-op) keeps a late socket error from being an unhandled 'error' event,
      // and removing three listeners per request showed in the receiver benchmark.
      if (!result.ok) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
      }
      done(result);
    };
    const onData = (chunk: Uint8Array) => {
      if (!collector.add(chunk)) finish(TOO_LARGE);
    };
    const onEnd = () => finish({ ok: true, bytes: collector.bytes() });
    const onError = () => finish(READ_FAILED);
    const deadline = new BodyDeadline(() => finish(TIMED_OUT));
    bodyDeadlines.add(deadline, limits.bodyTimeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  }
}

/**
 * Every Node request's body deadline, on one timer (`timers/deadlines.ts`): a `setTimeout` +
 * `clearTimeout` pair per request showed as about 3.5% of the receiver's CPU time in profiles of
 * scripts/bench/receiver.
 */
const bodyDeadlines = new Deadlines(systemClock);

class BodyDeadline extends Deadline {
  constructor(readonly expire: () => void) {
    super();
  }
}
