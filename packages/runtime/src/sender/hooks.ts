/**
 * What the sender tells its owner: hooks for each step of a delivery, and one structured log line per
 * attempt through a pluggable logger. A hook or logger that throws is reported to the logger and
 * otherwise ignored: observing deliveries never changes them.
 */
import type { AttemptRecord, DeliveryRecord } from '../queue/types.js';

/** The endpoint a hook is about (its secret is never passed to hooks or logs). */
export interface EndpointRef {
  id: string;
  url: string;
}

/** Passed to `attempt`, `delivered` and `failed`. */
export interface AttemptEvent {
  /** The delivery as it was claimed for this attempt (its `attempts` do not include this one). */
  delivery: DeliveryRecord;
  endpoint: EndpointRef;
  attempt: AttemptRecord;
  /** 1 for the first attempt since the delivery was created or replayed. */
  attemptNumber: number;
  /** When the next attempt is due; absent when none follows (delivered, failed for good, dead). */
  nextAttemptAt?: number;
}

/** Passed to `deadLettered`. */
export interface DeadLetterEvent {
  delivery: DeliveryRecord;
  endpoint: EndpointRef;
  reason: string;
  /** The attempt that ended it, when one was made. */
  attempt?: AttemptRecord;
}

/** Passed to `endpointDisabled`. */
export interface EndpointDisabledEvent {
  endpoint: EndpointRef;
  at: number;
  reason: string;
}

export interface SenderHooks {
  /** After every attempt, whatever its outcome. */
  attempt?(event: AttemptEvent): void | Promise<void>;
  /** A 2xx answer. */
  delivered?(event: AttemptEvent): void | Promise<void>;
  /** An attempt that did not deliver; `nextAttemptAt` is set when another attempt follows. */
  failed?(event: AttemptEvent): void | Promise<void>;
  /** A delivery went to the dead letters (last attempt failed, a non-retryable answer, 410, disabled endpoint). */
  deadLettered?(event: DeadLetterEvent): void | Promise<void>;
  /** An endpoint answered 410 Gone and is disabled from now on (for every worker sharing the queue). */
  endpointDisabled?(event: EndpointDisabledEvent): void | Promise<void>;
}

/** One structured log entry. Attempts log at `info` (delivered) or `warn`; internal trouble at `error`. */
export interface SenderLogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  time: number;
  [field: string]: unknown;
}

/** Receives every log entry; `false` turns logging off. */
export type SenderLogger = (entry: SenderLogEntry) => void;

/** The default logger: one JSON line per entry on the console. */
export const consoleLogger: SenderLogger = (entry) => {
  const line = JSON.stringify(entry);
  if (entry.level === 'info') console.info(line);
  else if (entry.level === 'warn') console.warn(line);
  else console.error(line);
};

/** The log entry of one attempt. */
export function attemptLogEntry(event: AttemptEvent, url: string, time: number): SenderLogEntry {
  const { delivery, endpoint, attempt, attemptNumber, nextAttemptAt } = event;
  const entry: SenderLogEntry = {
    level: attempt.outcome === 'delivered' ? 'info' : 'warn',
    msg: 'webhook attempt',
    time,
    messageId: delivery.messageId,
    eventId: delivery.eventId,
    endpointId: endpoint.id,
    url,
    attempt: attemptNumber,
    outcome: attempt.outcome,
    durationMs: attempt.durationMs,
  };
  if (attempt.status !== undefined) entry.status = attempt.status;
  if (attempt.error !== undefined) entry.error = attempt.error.code;
  if (attempt.location !== undefined) entry.location = attempt.location;
  if (nextAttemptAt !== undefined) entry.nextAttemptAt = new Date(nextAttemptAt).toISOString();
  return entry;
}

/** A URL without its query and credentials, which may hold customer tokens that logs must not keep. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
