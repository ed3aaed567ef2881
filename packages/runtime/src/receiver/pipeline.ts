/**
 * The receiver pipeline of DESIGN.md ("Receiver pipeline and status codes") as data: the steps in the
 * order they run and the answer each failure gets. `create-receiver.ts` runs the steps; the README
 * table and the tests read this list, so the three cannot drift apart.
 */
import type { WebhookHeaders } from '../signing/core/headers.js';
import type { ReceiverErrorCode } from './errors.js';
import type { BodyLimits, BodyResult } from './read-body.js';

/** One row of the status table. */
export interface PipelineStep {
  /** What the step checks. */
  step: string;
  /** The codes its failures carry, each with its HTTP status. */
  outcomes: Readonly<Partial<Record<ReceiverErrorCode | 'DUPLICATE' | 'DELIVERED', number>>>;
}

/** Every step, in order. */
export const PIPELINE_STEPS: readonly PipelineStep[] = [
  { step: 'method is POST', outcomes: { METHOD_NOT_ALLOWED: 405 } },
  {
    step: 'body read within maxBodyBytes and bodyTimeoutMs',
    outcomes: { BODY_TOO_LARGE: 413, BODY_TIMEOUT: 408, BODY_READ_FAILED: 400, BODY_ALREADY_PARSED: 500 },
  },
  { step: 'content-type is JSON', outcomes: { UNSUPPORTED_MEDIA_TYPE: 415 } },
  {
    step: 'required headers present and well-formed',
    outcomes: { MISSING_HEADER: 400, INVALID_TIMESTAMP: 400 },
  },
  { step: 'timestamp within tolerance', outcomes: { TIMESTAMP_TOO_OLD: 401, TIMESTAMP_TOO_NEW: 401 } },
  { step: 'a signature matches a configured secret', outcomes: { NO_MATCHING_SIGNATURE: 401 } },
  { step: 'JSON parses; envelope well-formed', outcomes: { INVALID_JSON: 400, INVALID_ENVELOPE: 400 } },
  { step: 'event type/version known', outcomes: { UNKNOWN_EVENT: 204 } },
  { step: 'payload valid', outcomes: { INVALID_PAYLOAD: 422 } },
  // The message's own headers (its AsyncAPI `headers` schema): 422 like the payload, since the request
  // is authentic and well-formed but breaks the contract; the 400 row above is about signing headers.
  {
    step: 'message headers valid (events whose message describes headers)',
    outcomes: { INVALID_HEADERS: 422 },
  },
  {
    step: 'webhook-id not already processed',
    outcomes: { DUPLICATE: 204, IN_PROGRESS: 429, STORE_FAILED: 500 },
  },
  { step: 'handlers resolve', outcomes: { HANDLER_FAILED: 500, INTERNAL_ERROR: 500 } },
  { step: 'success', outcomes: { DELIVERED: 204 } },
];

/** Status per code, flattened from {@link PIPELINE_STEPS}. */
export const RECEIVER_STATUS: Readonly<Record<ReceiverErrorCode | 'DUPLICATE' | 'DELIVERED', number>> =
  Object.assign({}, ...PIPELINE_STEPS.map((step) => step.outcomes));

/** Answer of `onUnknown: 'reject'`: the sender counts it failed and does not retry. */
export const UNKNOWN_REJECTED_STATUS = 400;

/** What every adapter turns into its framework's response. */
export interface ReceiverResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** JSON text, or null for an empty body. */
  body: string | null;
}

const EMPTY: Record<string, string> = {};
const JSON_HEADERS = { 'content-type': 'application/json' };

/** The 204 every success and every acknowledged duplicate gets; shared, never mutated. */
export const NO_CONTENT: ReceiverResponse = Object.freeze({ status: 204, headers: EMPTY, body: null });

/** An error answer: `{"error":{"code","message"}}`, plus `issues` for 422 (payload or message headers). */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra?: { issues?: readonly unknown[]; headers?: Record<string, string> },
): ReceiverResponse {
  const error = extra?.issues ? { code, message, issues: extra.issues } : { code, message };
  return {
    status,
    headers: extra?.headers ? { ...JSON_HEADERS, ...extra.headers } : { ...JSON_HEADERS },
    body: JSON.stringify({ error }),
  };
}

/** An answer now, or once something asynchronous (a store, a handler, Web Crypto) settles. */
export type Answer = ReceiverResponse | Promise<ReceiverResponse>;

/**
 * The pipeline split at the body, for adapters that read bodies themselves (Node streams): steps
 * before it, the limits to read it with, and steps after it. `afterBody` never throws or rejects.
 */
export interface Pipeline {
  limits: BodyLimits;
  beforeBody(method: string, headers: WebhookHeaders): ReceiverResponse | undefined;
  afterBody(headers: WebhookHeaders, read: BodyResult): Answer;
}
