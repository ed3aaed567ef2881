import { Socket } from 'node:net';
import type { DeliveryQueue } from '@hookwright/runtime/queue';

// The queue drivers are imported when a queue is opened, not with this module: the CLI loads
// every command's module at start, and bullmq + ioredis + better-sqlite3 cost every
// `hookwright generate` about 0.2 s of CPU for a command it does not run.

/** How `hookwright deliveries` names the queue a sender uses. */
export interface StoreFlags {
  sqlite?: string;
  redis?: string;
  name?: string;
}

/** The queue could not be opened; the message says what to pass or start. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** `redis://[user:password@]host[:port][/db]` as BullMQ connection options. */
function parseRedisUrl(text: string) {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StoreError(
      2,
      `--redis takes a URL such as redis://127.0.0.1:6379, got ${JSON.stringify(text)}`,
    );
  }
  if (url.protocol !== 'redis:')
    throw new StoreError(2, `--redis takes a redis:// URL, got ${JSON.stringify(text)}`);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return {
    host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: url.port === '' ? 6379 : Number(url.port),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
  };
}

/** Fails fast when nothing listens: the Redis client itself would keep retrying in silence. */
async function checkReachable(host: string, port: number, url: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = new Socket();
    const fail = (why: string) => {
      socket.destroy();
      reject(
        new StoreError(
          1,
          `cannot reach Redis at ${url} (${why}): start it, or pass the URL your senders use`,
        ),
      );
    };
    socket.setTimeout(3000, () => fail('no answer within 3 s'));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.connect(port, host, () => {
      socket.destroy();
      resolve();
    });
  });
}

/** Opens the queue the flags name: `--sqlite <file>` or `--redis <url>` (with `--name`). */
export async function openStore(flags: StoreFlags): Promise<DeliveryQueue> {
  if ((flags.sqlite === undefined) === (flags.redis === undefined))
    throw new StoreError(
      2,
      'name the queue your sender uses: --sqlite <file> (createSqliteQueue({ file })) or --redis <url> [--name <queue>] (createBullMQQueue)',
    );
  if (flags.sqlite !== undefined) {
    const { createSqliteQueue, SqliteQueueFileError } = await import('@hookwright/queue-sqlite');
    try {
      return createSqliteQueue({ file: flags.sqlite, mustExist: true });
    } catch (error) {
      if (!(error instanceof SqliteQueueFileError)) throw error;
      throw new StoreError(
        1,
        error.code === 'QUEUE_FILE_MISSING'
          ? `no queue file at ${flags.sqlite} (pass the file your sender's createSqliteQueue({ file }) uses)`
          : error.message,
      );
    }
  }
  const url = flags.redis as string;
  const connection = parseRedisUrl(url);
  await checkReachable(connection.host, connection.port, url);
  const { createBullMQQueue } = await import('@hookwright/queue-bullmq');
  return createBullMQQueue({ connection, ...(flags.name === undefined ? {} : { name: flags.name }) });
}
