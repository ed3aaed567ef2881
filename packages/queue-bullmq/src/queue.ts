import {
  type AttemptRecord,
  type ClaimedDelivery,
  type ClaimOptions,
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
  selectorMatcher,
} from '@hookwright/runtime/queue';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { type JobData, toRecord } from './record.js';

export interface BullMQQueueOptions {
  /** Where Redis listens (every sender process and `hookwright deliveries --redis` use the same). */
  connection: { host: string; port: number; password?: string; username?: string; db?: number };
  /** The BullMQ queue name; every process sharing deliveries uses the same name (default `hookwright-deliveries`). */
  name?: string;
  /** BullMQ's key prefix (default `bull`). */
  prefix?: string;
  /** How long an idempotency key is remembered, in milliseconds (default 24 hours). */
  idempotencyWindowMs?: number;
}

/**
 * Takes a delivery's lease when its lock is gone (expired) while the job is still active, in one
 * step: checked apart, a job another worker acknowledged in between (lock and job both gone) would
 * be claimed again and delivered twice. KEYS: lock, active list; ARGV: job id, token, expiry (ms).
 * Answers 1 when the lock now holds the token (taken, or already held with it), else 0.
 */
/** Ids of active jobs whose lock is gone (expired leases), in one round trip. KEYS: active list; ARGV: key prefix. */
const EXPIRED_ACTIVE = `
local expired = {}
for _, id in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if redis.call('EXISTS', ARGV[1] .. id .. ':lock') == 0 then table.insert(expired, id) end
end
return expired
`;

const TAKE_EXPIRED_LEASE = `
local current = redis.call('GET', KEYS[1])
if current then
  if current == ARGV[2] then return 1 end
  return 0
end
if not redis.call('LPOS', KEYS[2], ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PXAT', ARGV[3])
return 1
`;
const PENDING_STATES = ['wait', 'delayed', 'active', 'prioritized'] as const;

/**
 * A `DeliveryQueue` on BullMQ: many sender processes on many machines share one queue in Redis. Each
 * delivery is one BullMQ job (its id is the delivery id): waiting or delayed until its next attempt,
 * active while a worker holds its lease (BullMQ's job lock, whose token is the lease token), failed
 * once dead-lettered. Retries are `moveToDelayed`, replays `retry`, acknowledged jobs are removed.
 * Endpoint state (disabled endpoints) and idempotency keys live in Redis too, so every process sees
 * them. Time is Redis's and the processes' wall clock (BullMQ keeps delays in real time), so this
 * queue takes no `now` option: the sender must run on the real clock.
 *
 * No loss: a job is in Redis once `enqueue` resolves; it survives a Redis restart only if Redis
 * persists every write before answering (`appendonly yes` + `appendfsync always`; see the README).
 *
 * @example
 * import { createBullMQQueue } from '@hookwright/queue-bullmq';
 * const queue = createBullMQQueue({ connection: { host: '127.0.0.1', port: 6379 }, name: 'webhooks' });
 * const sender = createSender({ endpoints, queue });
 */
export function createBullMQQueue(options: BullMQQueueOptions): DeliveryQueue {
  const {
    connection,
    name = 'hookwright-deliveries',
    prefix = 'bull',
  } = options ?? ({} as BullMQQueueOptions);
  if (!connection || typeof connection.host !== 'string' || !Number.isInteger(connection.port))
    throw new InvalidQueueInputError(
      'connection',
      `connection must name Redis, e.g. { host: '127.0.0.1', port: 6379 }, got ${JSON.stringify(connection)}`,
    );
  const windowMs = idempotencyWindowOf(options?.idempotencyWindowMs);

  const redisOptions = { ...connection, maxRetriesPerRequest: null };
  const queue = new Queue<JobData>(name, { connection: redisOptions, prefix });
  const redis = new Redis({ ...connection, lazyConnect: false, maxRetriesPerRequest: 20 });
  // Connection trouble (e.g. Redis restarting) surfaces as rejected calls, which the sender retries;
  // the clients' 'error' events only repeat it, and an unheard 'error' event would end the process.
  const ignore = () => undefined;
  queue.on('error', ignore);
  redis.on('error', ignore);
  const workers = new Map<number, Worker<JobData>>();
  const key = (suffix: string) => `${prefix}:${name}:hookwright:${suffix}`;
  const lockKey = (id: string) => `${queue.toKey(id)}:lock`;
  const tokenPrefix = `${crypto.randomUUID().slice(0, 8)}.`;
  let tokens = 0;
  let closed = false;

  const takeLease = async (id: string, token: string, expiresAt: number): Promise<boolean> =>
    (await redis.eval(TAKE_EXPIRED_LEASE, 2, lockKey(id), queue.toKey('active'), id, token, expiresAt)) === 1;

  const open = () => {
    if (closed) throw new QueueClosedError();
  };

  /** BullMQ locks a job for its worker's `lockDuration`: one manual worker per lease length. */
  const workerFor = (leaseMs: number) => {
    let worker = workers.get(leaseMs);
    if (!worker) {
      worker = new Worker<JobData>(name, null, {
        connection: redisOptions,
        prefix,
        autorun: false,
        lockDuration: leaseMs,
        skipLockRenewal: true,
        skipStalledCheck: true,
      });
      worker.on('error', ignore);
      workers.set(leaseMs, worker);
    }
    return worker;
  };

  /**
   * The job a lease holds. A lock that expired with nobody else claiming is taken back (atomically), so a
   * late settle still counts; a lock holding another token means another claim owns the delivery.
   */
  const held = async (lease: Lease): Promise<Job<JobData>> => {
    open();
    const job = lease && (await queue.getJob(String(lease.deliveryId)));
    // The settle that follows needs the lock for a moment; a minute is ample and ends with the job.
    if (!job || !(await takeLease(job.id as string, lease.token, Date.now() + 60_000)))
      throw new LeaseLostError(String(lease?.deliveryId));
    return job;
  };

  /** The lease expiry, exactly as handed out: claims set the lock's absolute expiry (PEXPIREAT, Redis >= 7). */
  const liveLease = async (id: string): Promise<number | undefined> => {
    const at = (await redis.call('PEXPIRETIME', lockKey(id))) as number;
    return at > 0 ? at : undefined;
  };

  const recordOf = async (job: Job<JobData>): Promise<DeliveryRecord> => {
    const state = await job.getState();
    const id = job.id as string;
    return toRecord(id, job.data, state === 'failed', state === 'active' ? await liveLease(id) : undefined);
  };

  const deadMatching = async (selector: DeadLetterSelector): Promise<Job<JobData>[]> => {
    const matches = selectorMatcher(selector);
    const failed = await queue.getFailed(0, -1);
    return failed
      .filter((job) => matches({ id: job.id as string, messageId: job.data.messageId }))
      .sort((a, b) => (a.data.deadSeq ?? 0) - (b.data.deadSeq ?? 0));
  };

  const pendingJobs = async (): Promise<Job<JobData>[]> => {
    const jobs = await queue.getJobs([...PENDING_STATES], 0, -1, true);
    return jobs.filter((job): job is Job<JobData> => job?.data !== undefined);
  };

  /** One job per endpoint, all in one MULTI (BullMQ's addBulk); refuses a delivery id already queued. */
  const addJobs = async (message: NewMessage): Promise<void> => {
    const ids = message.endpointIds.map((endpointId) => deliveryIdOf(message.messageId, endpointId));
    for (const id of ids) {
      if (await queue.getJob(id))
        throw new InvalidQueueInputError(
          'messageId',
          `delivery "${id}" is already queued: use a new message id per send`,
        );
    }
    const delay = Math.max(0, message.firstAttemptAt - Date.now());
    const headers = copyHeaders(message.headers);
    await queue.addBulk(
      message.endpointIds.map((endpointId, index) => ({
        name: message.eventId,
        data: {
          messageId: message.messageId,
          endpointId,
          eventId: message.eventId,
          body: message.body,
          ...(headers === undefined ? {} : { headers }),
          createdAt: message.createdAt,
          nextAttemptAt: message.firstAttemptAt,
          attemptCount: 0,
          attempts: [],
          replays: 0,
        },
        opts: {
          jobId: ids[index] as string,
          delay,
          attempts: 1,
          removeOnComplete: true,
          removeOnFail: false,
        },
      })),
    );
  };

  return {
    durable: true,

    async enqueue(message: NewMessage): Promise<EnqueueResult> {
      open();
      checkNewMessage(message);
      const { idempotencyKey } = message;
      if (idempotencyKey !== undefined) {
        const claimed = await redis.set(
          key(`idem:${idempotencyKey}`),
          message.messageId,
          'PX',
          Math.max(1, windowMs),
          'NX',
        );
        if (claimed === null) {
          const first = await redis.get(key(`idem:${idempotencyKey}`));
          if (first !== null) return { messageId: first, duplicate: true };
        }
      }
      try {
        await addJobs(message);
      } catch (error) {
        // Nothing was stored: the key must not answer with a message that does not exist.
        if (idempotencyKey !== undefined)
          await redis.del(key(`idem:${idempotencyKey}`)).catch(() => undefined);
        throw error;
      }
      return { messageId: message.messageId, duplicate: false };
    },

    async claim({ limit, leaseMs }: ClaimOptions): Promise<ClaimedDelivery[]> {
      open();
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      if (!(leaseMs > 0)) throw new InvalidQueueInputError('leaseMs', `leaseMs must be > 0, got ${leaseMs}`);
      const claimed: ClaimedDelivery[] = [];
      // Expired leases first: an active job whose lock is gone is due again (it was due earliest).
      const expired = (await redis.eval(
        EXPIRED_ACTIVE,
        1,
        queue.toKey('active'),
        queue.toKey(''),
      )) as string[];
      for (const id of expired) {
        if (claimed.length >= limit) break;
        const token = `${tokenPrefix}${++tokens}`;
        const expiresAt = Date.now() + leaseMs;
        if (!(await takeLease(id, token, expiresAt))) continue;
        // Read the job again: the listing may predate the previous holder's last update.
        const job = (await queue.getJob(id)) as Job<JobData> | undefined;
        if (!job?.data) continue;
        claimed.push({
          delivery: toRecord(id, job.data, false, expiresAt),
          lease: { deliveryId: id, token, expiresAt },
        });
      }
      const worker = workerFor(leaseMs);
      while (claimed.length < limit) {
        const token = `${tokenPrefix}${++tokens}`;
        const job = (await worker.getNextJob(token, { block: false })) as Job<JobData> | undefined;
        if (!job) break;
        // BullMQ set the lock for lockDuration from its own now; pin the expiry this lease reports.
        const expiresAt = Date.now() + leaseMs;
        await redis.pexpireat(lockKey(job.id as string), expiresAt);
        claimed.push({
          delivery: toRecord(job.id as string, job.data, false, expiresAt),
          lease: { deliveryId: job.id as string, token, expiresAt },
        });
      }
      return claimed;
    },

    async ack(lease: Lease): Promise<void> {
      const job = await held(lease);
      await job.moveToCompleted('delivered', lease.token, false);
    },

    async nack(lease: Lease, attempt: AttemptRecord, nextAttemptAt: number): Promise<void> {
      if (!Number.isFinite(nextAttemptAt))
        throw new InvalidQueueInputError(
          'nextAttemptAt',
          `nextAttemptAt must be milliseconds since the epoch, got ${nextAttemptAt}`,
        );
      const job = await held(lease);
      await job.updateData({
        ...job.data,
        attempts: [...job.data.attempts, copyAttempt(attempt)],
        attemptCount: job.data.attemptCount + 1,
        nextAttemptAt,
      });
      await job.moveToDelayed(nextAttemptAt, lease.token);
    },

    async deadLetter(lease: Lease, attempt: AttemptRecord | undefined, reason: string): Promise<void> {
      const job = await held(lease);
      const deadSeq = await redis.incr(key('dead-seq'));
      await job.updateData({
        ...job.data,
        attempts: attempt ? [...job.data.attempts, copyAttempt(attempt)] : job.data.attempts,
        attemptCount: job.data.attemptCount + (attempt ? 1 : 0),
        deadAt: Date.now(),
        deadReason: String(reason),
        deadSeq,
      });
      await job.moveToFailed(new Error(String(reason)), lease.token, false);
    },

    async release(lease: Lease): Promise<void> {
      const job = await held(lease);
      if (job.data.nextAttemptAt > Date.now()) await job.moveToDelayed(job.data.nextAttemptAt, lease.token);
      else await job.moveToWait(lease.token);
    },

    async replay(selector: DeadLetterSelector): Promise<number> {
      open();
      const picked = await deadMatching(selector);
      const at = Date.now();
      for (const job of picked) {
        const { deadAt: _at, deadReason: _reason, deadSeq: _seq, ...rest } = job.data;
        await job.updateData({ ...rest, attemptCount: 0, replays: job.data.replays + 1, nextAttemptAt: at });
        await job.retry('failed');
      }
      return picked.length;
    },

    async purge(selector: DeadLetterSelector): Promise<number> {
      open();
      const picked = await deadMatching(selector);
      for (const job of picked) await job.remove();
      return picked.length;
    },

    async get(deliveryId: string): Promise<DeliveryRecord | undefined> {
      open();
      const job = (await queue.getJob(deliveryId)) as Job<JobData> | undefined;
      if (!job?.data) return undefined;
      const state = await job.getState();
      if (state === 'completed' || state === 'unknown') return undefined;
      return recordOf(job);
    },

    async list({ state, limit = 100, cursor, endpointId }: ListOptions): Promise<DeliveryPage> {
      open();
      if (state !== 'pending' && state !== 'dead')
        throw new InvalidQueueInputError('state', `state must be 'pending' or 'dead', got ${String(state)}`);
      if (!(limit >= 1)) throw new InvalidQueueInputError('limit', `limit must be >= 1, got ${limit}`);
      // Listing reads every job of the state (an inspection tool's pace, not the delivery path's).
      const jobs = state === 'dead' ? await deadMatching({ all: true }) : await pendingJobs();
      const sortKey = (job: Job<JobData>): [number, number] =>
        state === 'dead' ? [job.data.deadSeq ?? 0, 0] : [job.data.nextAttemptAt, job.timestamp];
      const after = cursor === undefined ? undefined : (JSON.parse(cursor) as [number, number, string]);
      const sorted = jobs
        .filter((job) => endpointId === undefined || job.data.endpointId === endpointId)
        .map((job) => ({ job, k: [...sortKey(job), job.id as string] as [number, number, string] }))
        .sort(
          (x, y) => x.k[0] - y.k[0] || x.k[1] - y.k[1] || (x.k[2] < y.k[2] ? -1 : x.k[2] > y.k[2] ? 1 : 0),
        )
        .filter(
          ({ k }) =>
            !after ||
            k[0] > after[0] ||
            (k[0] === after[0] && (k[1] > after[1] || (k[1] === after[1] && k[2] > after[2]))),
        );
      const page = sorted.slice(0, limit);
      const result: DeliveryPage = { items: await Promise.all(page.map(({ job }) => recordOf(job))) };
      const last = page[page.length - 1];
      if (sorted.length > limit && last) result.next = JSON.stringify(last.k);
      return result;
    },

    async nextDueAt(): Promise<number | undefined> {
      open();
      // A few reads whatever the queue's size: the ends of the wait list, the earliest delayed job
      // (BullMQ sorts them by due time) and the leases of active jobs (at most the workers' concurrency).
      const ends = await Promise.all([
        queue.getJobs(['wait', 'prioritized'], 0, 0, true),
        queue.getJobs(['wait', 'prioritized'], 0, 0, false),
        queue.getJobs(['delayed'], 0, 0, true),
      ]);
      const times = ends.flat().flatMap((job) => (job?.data ? [job.data.nextAttemptAt] : []));
      for (const job of await queue.getActive(0, -1))
        times.push((await liveLease(job.id as string)) ?? Date.now());
      return times.length === 0 ? undefined : Math.min(...times);
    },

    async stats(): Promise<QueueStats> {
      open();
      const counts = await queue.getJobCounts('wait', 'delayed', 'active', 'prioritized', 'failed');
      let leased = 0;
      for (const job of await queue.getActive(0, -1))
        if ((await liveLease(job.id as string)) !== undefined) leased++;
      const pending =
        (counts.wait ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
      return { pending, leased, dead: counts.failed ?? 0 };
    },

    async disableEndpoint(endpointId: string, info: EndpointDisabled): Promise<void> {
      open();
      await redis.hset(
        key('disabled'),
        endpointId,
        JSON.stringify({ at: info.at, reason: String(info.reason) }),
      );
    },

    async enableEndpoint(endpointId: string): Promise<void> {
      open();
      await redis.hdel(key('disabled'), endpointId);
    },

    async disabledEndpoints(): Promise<Record<string, EndpointDisabled>> {
      open();
      const all = await redis.hgetall(key('disabled'));
      return Object.fromEntries(
        Object.entries(all).map(([id, text]) => [id, JSON.parse(text) as EndpointDisabled]),
      );
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...workers.values()].map((worker) => worker.close(true)));
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
