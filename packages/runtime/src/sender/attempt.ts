/**
 * One attempt of one delivery: sign the body afresh (new timestamp, same `webhook-id`), POST it with
 * the message's stored headers, and read the answer into an attempt record and an outcome.
 */
import type { AttemptRecord, DeliveryRecord } from '../queue/types.js';
import { classifyStatus } from './classify.js';
import type { SenderClock } from './clock.js';
import type { PreparedEndpoint } from './endpoints.js';
import { parseRetryAfter } from './schedule.js';
import { PERMANENT_FAILURES, type Transport } from './transport.js';

export interface AttemptSettings {
  transport: Transport;
  clock: SenderClock;
  timeoutMs: number;
  retryStatuses: ReadonlySet<number>;
}

/** Makes the attempt; never throws (a signing failure is an attempt that failed for good). */
export async function attemptDelivery(
  delivery: DeliveryRecord,
  endpoint: PreparedEndpoint,
  settings: AttemptSettings,
): Promise<AttemptRecord> {
  const { clock } = settings;
  const at = clock.now();
  let signature: Readonly<Record<string, string>>;
  try {
    // The sender's clock, not the signer's: a fresh timestamp per attempt, and fake clocks in tests.
    const signed = endpoint.sign({
      id: delivery.messageId,
      body: delivery.body,
      timestamp: Math.floor(at / 1000),
    });
    // The Node signer answers synchronously: no extra turn of the microtask queue for it.
    signature = signed instanceof Promise ? await signed : signed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { at, durationMs: 0, outcome: 'failed', error: { code: 'SIGNING_FAILED', message } };
  }
  const result = await settings.transport.send({
    url: endpoint.parsedUrl,
    // The message's own headers (payload mode: the event and delivery headers) name the event, so they
    // win over an endpoint's extra headers; the signature wins over both. Without message headers the
    // endpoint's object itself goes, the same on every attempt.
    headers: delivery.headers === undefined ? endpoint.headers : { ...endpoint.headers, ...delivery.headers },
    signature,
    body: delivery.body,
    timeoutMs: settings.timeoutMs,
  });
  const durationMs = Math.max(0, clock.now() - at);
  if (result.kind === 'error') {
    const outcome = PERMANENT_FAILURES.has(result.code) ? 'failed' : 'retry';
    return { at, durationMs, outcome, error: { code: result.code, message: result.message } };
  }
  const record: AttemptRecord = {
    at,
    durationMs,
    outcome: classifyStatus(result.status, settings.retryStatuses),
    status: result.status,
  };
  if (result.body !== '') record.responseBody = result.body;
  if (result.location !== undefined && result.status >= 300 && result.status < 400)
    record.location = result.location;
  const retryAfterMs = parseRetryAfter(result.retryAfter, clock.now());
  if (retryAfterMs !== undefined) record.retryAfterMs = retryAfterMs;
  return record;
}
