import { existsSync } from 'node:fs';
import {
  type AttemptRecord,
  type ClaimedDelivery,
  type ClaimOptions,
  type Clock,
  checkNewMessage,
  copyAttempt,
  copyHeaders,
  type DeadLetterSelector,
  type DeliveryPage,
  type DeliveryQueue,
  type DeliveryRecord,
  deliveryIdOf,
  type EndpointDisabled,
  type EnqueueResult,
  InvalidQueueInputError,
  idempotencyWindowOf,
  type Lease,
  LeaseLostError,
  type ListOptions,
  type NewMessage,
  QueueClosedError,
  type QueueStats,
  queueClockOf,
  selectorMatcher,
} from '@hookwright/runtime/queue';
import Database from 'better-sqlite3';
import { SqliteQueueFileError } from './errors.js';
import { GroupCommit } from './group-commit.js';
import { type DeliveryRow, toRecord } from './rows.js';
import { prepareDatabase } from './schema.js';

export interface SqliteQueueOptions {
  /** The database file (created with its tables if missing, unless `mustExist`). */
  file: string;
  /** The clock; must be the sender's (default `Date.now`). */
  now?: Clock;
  /** How long an idempotency key is remembered, in milliseconds (default 24 hours). */
  idempotencyWindowMs?: number;
  /** Refuse to create the file: throws `SqliteQueueFileError` (`QUEUE_FILE_MISSING`) instead. */
  mustExist?: boolean;
  /** How long to wait for another process's transaction on the same file (default 5000 ms). */
  busyTimeoutMs?: number;
}

/**
 * A durable `DeliveryQueue` in one SQLite file (WAL): the queue to reach for first when webhooks must
 * survive a crash on one machine. `enqueue` (so `sender.send`) resolves only once the message is
 * committed to disk, yet concurrent sends share one commit (group commit), so durability costs one
 * fsync per burst, not per message. A process killed at any moment loses nothing it acknowledged: a
 * sender started on the same file resumes pending deliveries where their schedule stood, and a lease
 * held by the dead process expires so another claim takes the delivery.
 *
 * Several processes may open one file (SQLite locks it); for many machines use `@hookwright/queue-bullmq`.
 *
 * @example
 * import { createSender } from '@hookwright/runtime/sender';
 * import { createSqliteQueue } from '@hookwright/queue-sqlite';
 *
 * const sender = createSender({ endpoints, queue: createSqliteQueue({ file: 'webhooks.db' }) });
 */
export function createSqliteQueue(options: SqliteQueueOptions): DeliveryQueue {
  const { file, mustExist = false, busyTimeoutMs = 5000 } = options ?? ({} as SqliteQueueOptions);
  if (typeof file !== 'string' || file === '')
    throw new InvalidQueueInputError(
      'file',
      `file must be a path such as 'webhooks.db', got ${String(file)}`,
    );
  const now = queueClockOf(options?.now);
  const windowMs = idempotencyWindowOf(options?.idempotencyWindowMs);
  if (mustExist && !existsSync(file))
    throw new SqliteQueueFileError('QUEUE_FILE_MISSING', file, `no queue file at ${file}`);

  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: mustExist, timeout: busyTimeoutMs });
    prepareDatabase(db, busyTimeoutMs);
  } catch (error) {
    throw new SqliteQueueFileError(
      'QUEUE_FILE_UNREADABLE',
      file,
      `cannot open ${file} as a delivery queue: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const commits = new GroupCommit(db);
  const sql = statements(db);
  const tokenPrefix = `${crypto.randomUUID().slice(0, 8)}.`;
  let tokens = 0;
  let closed = false;

  const open = () => {
    if (closed) throw new QueueClosedError();
  };

  /** The row a current lease holds; a lease another claim has replaced (or a settled one) is lost. */
  const held = (lease: Lease): DeliveryRow => {
    const row = sql.get.get(lease?.deliveryId) as DeliveryRow | undefined;
    if (row?.state !== 'pending' || row.lease_token === null || row.lease_token !== lease.token)
      throw new LeaseLostError(String(lease?.deliveryId));
    return row;
  };

  const deadMatching = (selector: DeadLetterSelector): string[] => {
    const matches = selectorMatcher(selector);
    if ('all' in selector) return (sql.deadIds.all() as { id: string }[]).map((row) => row.id);
    const ids = new Set<string>();
    for (const id of selector.ids) {
      for (const row of sql.deadByIdOrMessage.all(id, id) as { id: string; message_id: string }[])
        if (matches({ id: row.id, messageId: row.message_id })) ids.add(row.id);
    }
    return [...ids];
  };

  /** Writes go through the group commit; the check for `closed` happens before queueing. */
  const write = <T>(run: () => T): Promise<T> => {
    open();
    return commits.submit(run);
  };

  return {
    durable: true,

    async enqueue(message: NewMessage): Promise<EnqueueResult> {
      open();
      checkNewMessage(message);
      const headers = copyHeaders(message.headers);
      const headersColumn = headers === undefined ? null : JSON.stringify(headers);
      return write(() => {
        const at = now();
        const { idempotencyKey } = message;
        if (idempotencyKey !== undefined) {
          sql.forgetKeys.run(at);
          const first = sql.getKey.get(idempotencyKey) as { message_id: string } | undefined;
          if (first) return { messageId: first.message_id, duplicate: true };
        }
        for (const endpointId of message.endpointIds) {
          const id = deliveryIdOf(message.messageId, endpointId);
          if (sql.exists.get(id))
            throw new InvalidQueueInputError(
              'messageId',
              `delivery "${id}" is already queued: use a new message id per send`,
            );
          sql.insert.run(
            id,
            message.messageId,
            endpointId,
            message.eventId,
            message.body,
            headersColumn,
            message.createdAt,
            message.firstAttemptAt,
            message.firstAttemptAt,
          );
        }
        if (idempotencyKey !== undefined) sql.putKey.run(idempotencyKey, message.messageId, at + windowMs);
        return { messageId: message.messageId, duplicate: false };
      });
    },

    async claim({ limit, leaseMs }: ClaimOptions): Promise<ClaimedDelivery[]> {
      open();
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      if (!(leaseMs > 0)) throw new InvalidQueueInputError('leaseMs', `leaseMs must be > 0, got ${leaseMs}`);
      return write(() => {
        const at = now();
        const expiresAt = at + leaseMs;
        const rows = sql.due.all(at, Math.floor(limit)) as DeliveryRow[];
        return rows.map((row) => {
          const token = `${tokenPrefix}${++tokens}`;
          sql.lease.run(token, expiresAt, expiresAt, row.id);
          const delivery = toRecord({ ...row, lease_token: token, lease_expires_at: expiresAt });
          return { delivery, lease: { deliveryId: row.id, token, expiresAt } };
        });
      });
    },

    async ack(lease: Lease): Promise<void> {
      await write(() => {
        sql.delete.run(held(lease).id);
      });
    },

    async nack(lease: Lease, attempt: AttemptRecord, nextAttemptAt: number): Promise<void> {
      if (!Number.isFinite(nextAttemptAt))
        throw new InvalidQueueInputError(
          'nextAttemptAt',
          `nextAttemptAt must be milliseconds since the epoch, got ${nextAttemptAt}`,
        );
      await write(() => {
        const row = held(lease);
        const attempts = appendAttempt(row.attempts, attempt);
        sql.nack.run(attempts, nextAttemptAt, nextAttemptAt, row.id);
      });
    },

    async deadLetter(lease: Lease, attempt: AttemptRecord | undefined, reason: string): Promise<void> {
      await write(() => {
        const row = held(lease);
        const attempts = attempt ? appendAttempt(row.attempts, attempt) : row.attempts;
        sql.kill.run(attempts, attempt ? 1 : 0, now(), String(reason), row.id);
      });
    },

    async release(lease: Lease): Promise<void> {
      await write(() => {
        sql.release.run(held(lease).id);
      });
    },

    async replay(selector: DeadLetterSelector): Promise<number> {
      selectorMatcher(selector);
      return write(() => {
        const at = now();
        const ids = deadMatching(selector);
        for (const id of ids) sql.replay.run(at, at, id);
        return ids.length;
      });
    },

    async purge(selector: DeadLetterSelector): Promise<number> {
      selectorMatcher(selector);
      return write(() => {
        const ids = deadMatching(selector);
        for (const id of ids) sql.delete.run(id);
        return ids.length;
      });
    },

    async get(deliveryId: string): Promise<DeliveryRecord | undefined> {
      open();
      const row = sql.get.get(deliveryId) as DeliveryRow | undefined;
      return row && toRecord(row);
    },

    async list({ state, limit = 100, cursor, endpointId }: ListOptions): Promise<DeliveryPage> {
      open();
      if (state !== 'pending' && state !== 'dead')
        throw new InvalidQueueInputError('state', `state must be 'pending' or 'dead', got ${String(state)}`);
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      // Cursor: the sort key of the last item returned, so a page never repeats or skips an item that stayed put.
      const [a, b] = cursor === undefined ? [null, null] : (JSON.parse(cursor) as [number, number]);
      const rows = (state === 'dead' ? sql.listDead : sql.listPending).all({
        a,
        b,
        endpoint: endpointId ?? null,
        limit: Math.floor(limit) + 1,
      }) as DeliveryRow[];
      const page = rows.slice(0, limit);
      const result: DeliveryPage = { items: page.map(toRecord) };
      const last = page[page.length - 1];
      if (rows.length > limit && last)
        result.next = JSON.stringify(
          state === 'dead' ? [last.dead_seq, 0] : [last.next_attempt_at, last.seq],
        );
      return result;
    },

    async nextDueAt(): Promise<number | undefined> {
      open();
      const row = sql.nextDue.get() as { due: number | null };
      return row.due ?? undefined;
    },

    async stats(): Promise<QueueStats> {
      open();
      return sql.stats.get({ now: now() }) as QueueStats;
    },

    async disableEndpoint(endpointId: string, info: EndpointDisabled): Promise<void> {
      await write(() => {
        sql.disable.run(endpointId, info.at, String(info.reason));
      });
    },

    async enableEndpoint(endpointId: string): Promise<void> {
      await write(() => {
        sql.enable.run(endpointId);
      });
    },

    async disabledEndpoints(): Promise<Record<string, EndpointDisabled>> {
      open();
      const rows = sql.disabled.all() as { endpoint_id: string; at: number; reason: string }[];
      return Object.fromEntries(rows.map((row) => [row.endpoint_id, { at: row.at, reason: row.reason }]));
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await commits.drain();
      db.close();
    },
  };
}

function appendAttempt(stored: string, attempt: AttemptRecord): string {
  const attempts = JSON.parse(stored) as AttemptRecord[];
  attempts.push(copyAttempt(attempt));
  return JSON.stringify(attempts);
}

/** Every statement, prepared once per handle. */
function statements(db: Database.Database) {
  return {
    get: db.prepare('SELECT * FROM deliveries WHERE id = ?'),
    exists: db.prepare('SELECT 1 FROM deliveries WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO deliveries (id, message_id, endpoint_id, event_id, body, headers, created_at, state, next_attempt_at, due)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    ),
    forgetKeys: db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?'),
    getKey: db.prepare('SELECT message_id FROM idempotency_keys WHERE key = ?'),
    putKey: db.prepare('INSERT INTO idempotency_keys (key, message_id, expires_at) VALUES (?, ?, ?)'),
    due: db.prepare(
      `SELECT * FROM deliveries WHERE state = 'pending' AND due <= ? ORDER BY due, seq LIMIT ?`,
    ),
    lease: db.prepare('UPDATE deliveries SET lease_token = ?, lease_expires_at = ?, due = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM deliveries WHERE id = ?'),
    nack: db.prepare(
      `UPDATE deliveries SET attempts = ?, attempt_count = attempt_count + 1, next_attempt_at = ?, due = ?,
       lease_token = NULL, lease_expires_at = NULL WHERE id = ?`,
    ),
    kill: db.prepare(
      `UPDATE deliveries SET attempts = ?, attempt_count = attempt_count + ?, state = 'dead', dead_at = ?,
       dead_reason = ?, lease_token = NULL, lease_expires_at = NULL,
       dead_seq = (SELECT coalesce(max(dead_seq), 0) + 1 FROM deliveries) WHERE id = ?`,
    ),
    release: db.prepare(
      'UPDATE deliveries SET lease_token = NULL, lease_expires_at = NULL, due = next_attempt_at WHERE id = ?',
    ),
    replay: db.prepare(
      `UPDATE deliveries SET state = 'pending', attempt_count = 0, replays = replays + 1, dead_at = NULL,
       dead_reason = NULL, dead_seq = NULL, next_attempt_at = ?, due = ? WHERE id = ?`,
    ),
    deadIds: db.prepare(`SELECT id FROM deliveries WHERE state = 'dead' ORDER BY dead_seq`),
    deadByIdOrMessage: db.prepare(
      `SELECT id, message_id FROM deliveries WHERE state = 'dead' AND (id = ? OR message_id = ?) ORDER BY dead_seq`,
    ),
    listPending: db.prepare(
      `SELECT * FROM deliveries WHERE state = 'pending'
       AND (:endpoint IS NULL OR endpoint_id = :endpoint)
       AND (:a IS NULL OR next_attempt_at > :a OR (next_attempt_at = :a AND seq > :b))
       ORDER BY next_attempt_at, seq LIMIT :limit`,
    ),
    listDead: db.prepare(
      `SELECT * FROM deliveries WHERE state = 'dead'
       AND (:endpoint IS NULL OR endpoint_id = :endpoint)
       AND (:a IS NULL OR dead_seq > :a)
       ORDER BY dead_seq LIMIT :limit`,
    ),
    nextDue: db.prepare(`SELECT min(due) AS due FROM deliveries WHERE state = 'pending'`),
    stats: db.prepare(
      `SELECT coalesce(sum(state = 'pending'), 0) AS pending,
              coalesce(sum(state = 'pending' AND lease_expires_at > :now), 0) AS leased,
              coalesce(sum(state = 'dead'), 0) AS dead
       FROM deliveries`,
    ),
    disable: db.prepare(
      `INSERT INTO disabled_endpoints (endpoint_id, at, reason) VALUES (?, ?, ?)
       ON CONFLICT (endpoint_id) DO UPDATE SET at = excluded.at, reason = excluded.reason`,
    ),
    enable: db.prepare('DELETE FROM disabled_endpoints WHERE endpoint_id = ?'),
    disabled: db.prepare('SELECT endpoint_id, at, reason FROM disabled_endpoints ORDER BY endpoint_id'),
  };
}
