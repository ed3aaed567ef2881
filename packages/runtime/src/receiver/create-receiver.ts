import { fastifyPlugin } from '../adapters/fastify.js';
import { fetchHandler } from '../adapters/fetch.js';
import { nodeHandler } from '../adapters/node.js';
import { EventError, InvalidHeadersError, InvalidPayloadError } from '../events/errors.js';
import type { EventTable } from '../events/event-table.js';
import type { ParsedEnvelope } from '../events/parse-envelope.js';
import { WebhookVerificationError } from '../signing/core/errors.js';
import { readHeader, type WebhookHeaders } from '../signing/core/headers.js';
import type { SyncVerifier, VerifiedWebhook, Verifier, VerifierOptions } from '../signing/core/types.js';
import { ReceiverError, type ReceiverErrorCode } from './errors.js';
import { type IdempotencySettings, resolveIdempotency } from './idempotency/resolve.js';
import type { ClaimResult } from './idempotency/store.js';
import { checkMessageHeaders, viewHeaders } from './message-headers.js';
import {
  type Answer,
  errorResponse,
  NO_CONTENT,
  type Pipeline,
  RECEIVER_STATUS,
  type ReceiverResponse,
  UNKNOWN_REJECTED_STATUS,
} from './pipeline.js';
import { type BodyResult, readBody } from './read-body.js';
import { resolveReceiverOptions } from './resolve-options.js';
import type {
  ErrorHook,
  Handler,
  NoHeaders,
  ReceivedHeaders,
  Receiver,
  ReceiverOptions,
  ReceiverRequest,
} from './types.js';
import { bodyFormatOf, schemeOf } from './wire.js';

/**
 * Turns a verified body into an event: the Standard Webhooks envelope by default. The seam for bodies
 * that are the payload itself (GitHub, Stripe), where type and delivery id come from headers or fields.
 */
export type BodyFormat = (
  table: EventTable,
  body: Uint8Array,
  headers: WebhookHeaders,
  verified?: VerifiedWebhook,
) => ParsedEnvelope;

/** What an entry point injects: the signing back end (Node or Web Crypto) and the body format. */
export interface ReceiverDeps {
  createVerifier: (options: VerifierOptions) => Verifier | SyncVerifier;
  format?: BodyFormat;
}

// Generic text for `errorDetail: 'code'`, and for signature failures always: their messages carry
// hints meant for the receiver's log, not for whoever sent the request.
const GENERIC: Record<number, string> = {
  400: 'bad request',
  401: 'signature or timestamp not accepted',
  405: 'use POST',
  408: 'body took too long to arrive',
  413: 'body too large',
  415: 'content-type must be application/json',
  422: 'payload or headers do not match their schema',
  429: 'a delivery with this webhook-id is being processed; retry later',
  500: 'the receiver failed',
};

/**
 * The receiver, written once for every contract. Generated packages bind it to their event table;
 * the `node` and Web entries bind the signing back end.
 */
export function createReceiverWith<M extends object, H extends object = NoHeaders>(
  deps: ReceiverDeps,
  table: EventTable,
  options: ReceiverOptions,
): Receiver<M, H> {
  const settings = resolveReceiverOptions(options);
  const verifier = deps.createVerifier({
    secret: options.secret,
    scheme: schemeOf(table, options.scheme),
    toleranceSeconds: options.toleranceSeconds,
    now: options.now,
  });
  const verifySync = 'verifySync' in verifier ? verifier.verifySync : undefined;
  const format = deps.format ?? bodyFormatOf(table);
  const idempotency = resolveIdempotency(options.idempotency, settings.toleranceSeconds, options.now);
  const limits = { maxBodyBytes: settings.maxBodyBytes, bodyTimeoutMs: settings.bodyTimeoutMs };
  // Most contracts describe no message headers: their requests skip the lookup altogether.
  const checksHeaders = [...table.definitions.values()].some((def) => def.headers !== undefined);
  const byKey = new Map<string, Handler<never>[]>();
  const anyHandlers: Handler<never>[] = [];
  const errorHooks: ErrorHook[] = [];

  function fail(
    code: ReceiverErrorCode,
    message: string,
    extra: { cause?: unknown; issues?: ReceiverError['issues']; headers?: Record<string, string> } = {},
  ): ReceiverResponse {
    const status = code === 'UNKNOWN_EVENT' ? UNKNOWN_REJECTED_STATUS : RECEIVER_STATUS[code];
    const error = new ReceiverError(code, status, message, extra);
    for (const hook of errorHooks) {
      try {
        Promise.resolve(hook(error)).catch(() => {});
      } catch {
        // An observer must not change the answer.
      }
    }
    const publicMessage =
      settings.errorDetail === 'code' || code === 'NO_MATCHING_SIGNATURE'
        ? (GENERIC[status] ?? code)
        : message;
    return errorResponse(status, code, publicMessage, {
      issues: settings.errorDetail === 'code' ? undefined : extra.issues,
      headers: extra.headers,
    });
  }

  function bodyFailure(result: Exclude<BodyResult, { ok: true }>): ReceiverResponse {
    // The rest of the body was not read: ask the server to close the connection rather than drain it.
    const close = { connection: 'close' };
    switch (result.code) {
      case 'BODY_TOO_LARGE':
        return fail('BODY_TOO_LARGE', `body larger than ${limits.maxBodyBytes} bytes`, { headers: close });
      case 'BODY_TIMEOUT':
        return fail('BODY_TIMEOUT', `body not received within ${limits.bodyTimeoutMs} ms`, {
          headers: close,
        });
      case 'BODY_ALREADY_PARSED':
        return fail(
          'BODY_ALREADY_PARSED',
          'the request body was consumed by a body parser before the receiver saw it; mount the receiver before ' +
            "any body parser (app.post('/webhooks', receiver.node)), or keep the raw bytes with " +
            "express.raw({ type: 'application/json' })",
        );
      default:
        return fail('BODY_READ_FAILED', 'the request body could not be read');
    }
  }

  const unknownHandlers: readonly Handler<never>[] =
    typeof options.onUnknown === 'function' ? [options.onUnknown as Handler<never>] : [];
  // Handlers per event id, in the order they run: built on first use, dropped when one is registered.
  const routes = new Map<string, readonly Handler<never>[]>();
  function handlersFor(parsed: ParsedEnvelope): readonly Handler<never>[] {
    if (!parsed.known) return unknownHandlers;
    let list = routes.get(parsed.id);
    if (list === undefined) {
      list = [...(byKey.get(parsed.id) ?? []), ...(byKey.get(parsed.event.type) ?? []), ...anyHandlers];
      routes.set(parsed.id, list);
    }
    return list;
  }

  /** Runs handlers in order; stays synchronous until one returns a promise (most are one call). */
  function runFrom(
    list: readonly Handler<never>[],
    index: number,
    event: unknown,
  ): Promise<void> | undefined {
    for (let i = index; i < list.length; i++) {
      const result = (list[i] as Handler<unknown>)(event);
      if (result !== undefined && typeof result.then === 'function') {
        return result.then(() => runFrom(list, i + 1, event));
      }
    }
    return undefined;
  }

  // From here on each step answers synchronously when it can (Node's synchronous HMAC, the memory
  // store, a handler that returns nothing) and only goes through a promise when something is pending:
  // every promise and await per request showed in the receiver benchmark (scripts/bench/receiver).

  const storeFailed = (error: unknown) =>
    fail('STORE_FAILED', 'the idempotency store failed', { cause: error });

  function deliver(parsed: ParsedEnvelope, id: string, received: ReceivedHeaders): Answer {
    const { type, version, timestamp, data } = parsed.event;
    const event = { id, type, version, timestamp, data, headers: received };
    const store = id === '' ? undefined : idempotency;
    if (store === undefined) return runHandlers(parsed, event, undefined);
    let claim: ClaimResult | Promise<ClaimResult>;
    try {
      claim = store.store.claim(id, store.leaseMs);
    } catch (error) {
      return storeFailed(error);
    }
    if (typeof claim === 'string') return afterClaim(claim, parsed, event, store);
    return claim.then((result) => afterClaim(result, parsed, event, store), storeFailed);
  }

  function afterClaim(
    claim: ClaimResult,
    parsed: ParsedEnvelope,
    event: { id: string },
    store: IdempotencySettings,
  ): Answer {
    if (claim === 'processed') return NO_CONTENT;
    if (claim === 'in-progress') {
      return fail('IN_PROGRESS', `webhook-id ${event.id} is being processed; retry later`, {
        headers: { 'retry-after': String(store.retryAfterSeconds) },
      });
    }
    return runHandlers(parsed, event, store);
  }

  function runHandlers(
    parsed: ParsedEnvelope,
    event: { id: string },
    store: IdempotencySettings | undefined,
  ): Answer {
    const failed = (error: unknown) => handlerFailed(error, parsed.id, event.id, store);
    let pending: Promise<void> | undefined;
    try {
      pending = runFrom(handlersFor(parsed), 0, event);
    } catch (error) {
      return failed(error);
    }
    if (pending === undefined) return completed(event.id, store);
    return pending.then(() => completed(event.id, store), failed);
  }

  function completed(id: string, store: IdempotencySettings | undefined): Answer {
    if (store === undefined) return NO_CONTENT;
    try {
      const done = store.store.complete(id, store.ttlMs);
      if (done !== undefined) return done.then(() => NO_CONTENT, storeFailed);
    } catch (error) {
      return storeFailed(error);
    }
    return NO_CONTENT;
  }

  async function handlerFailed(
    error: unknown,
    eventId: string,
    id: string,
    store: IdempotencySettings | undefined,
  ): Promise<ReceiverResponse> {
    if (store !== undefined) {
      try {
        await store.store.release(id);
      } catch {
        // The lease lapses on its own; the sender's retry then runs the handler again.
      }
    }
    return fail('HANDLER_FAILED', `the handler for ${eventId} failed`, { cause: error });
  }

  /** Steps before the body: method and declared length. An answer, or undefined to read the body. */
  function beforeBody(method: string, headers: WebhookHeaders): ReceiverResponse | undefined {
    if (method !== 'POST') {
      return fail('METHOD_NOT_ALLOWED', `method ${method} not allowed; use POST`, {
        headers: { allow: 'POST' },
      });
    }
    const declared = readHeader(headers, 'content-length');
    if (declared !== undefined && Number(declared) > limits.maxBodyBytes) {
      return bodyFailure({ ok: false, code: 'BODY_TOO_LARGE' });
    }
    return undefined;
  }

  /** Steps after the body. Never throws or rejects: a bug or a broken input becomes a 500. */
  function afterBody(headers: WebhookHeaders, read: BodyResult): Answer {
    try {
      if (!read.ok) return bodyFailure(read);
      if (!isJson(readHeader(headers, 'content-type'))) {
        return fail('UNSUPPORTED_MEDIA_TYPE', 'content-type must be application/json');
      }
      const body = read.bytes;
      if (verifySync !== undefined) {
        let verified: VerifiedWebhook;
        try {
          verified = verifySync(body, headers);
        } catch (error) {
          return verificationFailed(error);
        }
        return afterVerify(verified, body, headers);
      }
      return verifier
        .verify(body, headers)
        .then((verified) => afterVerify(verified, body, headers), verificationFailed)
        .then(undefined, internalError);
    } catch (error) {
      return internalError(error);
    }
  }

  function verificationFailed(error: unknown): ReceiverResponse {
    if (error instanceof WebhookVerificationError && error.code in RECEIVER_STATUS) {
      return fail(error.code as ReceiverErrorCode, error.message, { cause: error });
    }
    throw error;
  }

  const internalError = (error: unknown) => fail('INTERNAL_ERROR', 'the receiver failed', { cause: error });

  function afterVerify(verified: VerifiedWebhook, body: Uint8Array, headers: WebhookHeaders): Answer {
    let parsed: ParsedEnvelope;
    try {
      parsed = format(table, body, headers, verified);
    } catch (error) {
      if (error instanceof InvalidPayloadError) {
        return fail('INVALID_PAYLOAD', error.message, { cause: error, issues: error.issues });
      }
      if (error instanceof EventError)
        return fail(error.code as ReceiverErrorCode, error.message, { cause: error });
      throw error;
    }
    if (!parsed.known) {
      if (options.onUnknown === 'reject') return fail('UNKNOWN_EVENT', `unknown event ${parsed.id}`);
      if (unknownHandlers.length === 0) return NO_CONTENT;
    }
    const schema = parsed.known && checksHeaders ? table.definitions.get(parsed.id)?.headers : undefined;
    let received: ReceivedHeaders;
    if (schema === undefined) received = viewHeaders(headers);
    else {
      try {
        received = checkMessageHeaders(parsed.id, schema, headers);
      } catch (error) {
        if (!(error instanceof InvalidHeadersError)) throw error;
        return fail('INVALID_HEADERS', error.message, { cause: error, issues: error.issues });
      }
    }
    return deliver(parsed, parsed.deliveryId ?? verified.id ?? '', received);
  }

  const pipeline: Pipeline = { limits, beforeBody, afterBody };

  async function handle(request: ReceiverRequest): Promise<ReceiverResponse> {
    try {
      const early = beforeBody(request.method, request.headers);
      if (early !== undefined) return early;
      let read = readBody(request.body, limits);
      if ('then' in read) read = await read;
      return await afterBody(request.headers, read);
    } catch (error) {
      return internalError(error);
    }
  }

  const receiver: Receiver<M, H> = {
    on(key, handler) {
      routes.clear();
      const list = byKey.get(key);
      if (list) list.push(handler as Handler<never>);
      else byKey.set(key, [handler as Handler<never>]);
      return receiver;
    },
    onAny(handler) {
      routes.clear();
      anyHandlers.push(handler as Handler<never>);
      return receiver;
    },
    onError(hook) {
      errorHooks.push(hook);
      return receiver;
    },
    handle,
    fetch: fetchHandler(handle),
    node: nodeHandler(pipeline),
    fastify: fastifyPlugin(pipeline),
  };
  return receiver;
}

/** `application/json`, any `+json` type, parameters allowed; case-insensitive. */
function isJson(contentType: string | undefined): boolean {
  if (contentType === 'application/json') return true;
  if (contentType === undefined) return false;
  const semi = contentType.indexOf(';');
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}
