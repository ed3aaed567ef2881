import type { AttemptRecord, DeliveryRecord } from '@hookwright/runtime/queue';

/** What a BullMQ job of this queue carries: the delivery's fields that BullMQ does not keep itself. */
export interface JobData {
  messageId: string;
  endpointId: string;
  eventId: string;
  body: string;
  /** The message's own request headers; absent when it has none (and in jobs written before they existed). */
  headers?: Record<string, string>;
  createdAt: number;
  nextAttemptAt: number;
  attemptCount: number;
  attempts: AttemptRecord[];
  replays: number;
  deadAt?: number;
  deadReason?: string;
  /** Position in the dead letters (dead-lettering order), from a shared counter. */
  deadSeq?: number;
}

/** The interface's record from a job's data, its BullMQ state and its live lease, if any. */
export function toRecord(id: string, data: JobData, dead: boolean, leaseExpiresAt?: number): DeliveryRecord {
  const record: DeliveryRecord = {
    id,
    messageId: data.messageId,
    endpointId: data.endpointId,
    eventId: data.eventId,
    body: data.body,
    createdAt: data.createdAt,
    state: dead ? 'dead' : 'pending',
    nextAttemptAt: data.nextAttemptAt,
    attemptCount: data.attemptCount,
    attempts: data.attempts.map((attempt) => ({ ...attempt })),
    replays: data.replays,
  };
  if (data.headers !== undefined) record.headers = { ...data.headers };
  if (leaseExpiresAt !== undefined && !dead) record.leaseExpiresAt = leaseExpiresAt;
  if (dead && data.deadAt !== undefined) record.deadAt = data.deadAt;
  if (dead && data.deadReason !== undefined) record.deadReason = data.deadReason;
  return record;
}
