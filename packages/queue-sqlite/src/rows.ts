import type { AttemptRecord, DeliveryRecord } from '@hookwright/runtime/queue';

/** A `deliveries` row as better-sqlite3 returns it. */
export interface DeliveryRow {
  seq: number;
  id: string;
  message_id: string;
  endpoint_id: string;
  event_id: string;
  body: string;
  /** JSON object of the message's request headers, or null. */
  headers: string | null;
  created_at: number;
  state: 'pending' | 'dead';
  next_attempt_at: number;
  due: number;
  attempt_count: number;
  attempts: string;
  replays: number;
  lease_token: string | null;
  lease_expires_at: number | null;
  dead_at: number | null;
  dead_reason: string | null;
  dead_seq: number | null;
}

/** The record the `DeliveryQueue` interface hands out (a fresh object: callers may change it freely). */
export function toRecord(row: DeliveryRow): DeliveryRecord {
  const record: DeliveryRecord = {
    id: row.id,
    messageId: row.message_id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    body: row.body,
    createdAt: row.created_at,
    state: row.state,
    nextAttemptAt: row.next_attempt_at,
    attemptCount: row.attempt_count,
    attempts: JSON.parse(row.attempts) as AttemptRecord[],
    replays: row.replays,
  };
  if (row.headers !== null) record.headers = JSON.parse(row.headers) as Record<string, string>;
  if (row.lease_expires_at !== null) record.leaseExpiresAt = row.lease_expires_at;
  if (row.dead_at !== null) record.deadAt = row.dead_at;
  if (row.dead_reason !== null) record.deadReason = row.dead_reason;
  return record;
}
