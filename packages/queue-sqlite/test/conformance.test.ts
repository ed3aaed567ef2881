import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteQueue, SqliteQueueFileError } from '@hookwright/queue-sqlite';
import { queueConformanceChecks } from '@hookwright/runtime/queue/conformance';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'hw-sqlite-conformance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite queue conformance', () => {
  const checks = queueConformanceChecks({
    open: ({ store, now }) => createSqliteQueue({ file: join(dir, `${store}.db`), now }),
    durable: true,
  });
  for (const check of checks) it(check.name, check.run);

  it('runs the durable checks too', () => {
    expect(checks.some((check) => check.name.startsWith('durable'))).toBe(true);
  });
});

describe('sqlite queue', () => {
  it('says it is durable', async () => {
    const queue = createSqliteQueue({ file: join(dir, 'durable.db') });
    expect(queue.durable).toBe(true);
    await queue.close();
  });

  it('refuses a missing file when mustExist is set, with a code', () => {
    const file = join(dir, 'nope', 'missing.db');
    expect(() => createSqliteQueue({ file, mustExist: true })).toThrow(SqliteQueueFileError);
    try {
      createSqliteQueue({ file, mustExist: true });
    } catch (error) {
      expect((error as SqliteQueueFileError).code).toBe('QUEUE_FILE_MISSING');
    }
  });

  it('names the fix for a file that is not a queue', () => {
    const file = join(dir, 'not-a-db.txt');
    writeFileSync(file, 'hello, this is not SQLite at all'.repeat(40));
    expect(() => createSqliteQueue({ file })).toThrow(/cannot open .* as a delivery queue/);
  });

  it('group commit: 500 concurrent enqueues all resolve, all are stored, in fewer commits', async () => {
    const file = join(dir, 'group.db');
    const queue = createSqliteQueue({ file });
    const at = Date.now();
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        queue.enqueue({
          messageId: `msg_${i}`,
          eventId: 'e@1',
          body: '{}',
          createdAt: at,
          firstAttemptAt: at,
          endpointIds: ['a'],
        }),
      ),
    );
    expect(new Set(results.map((r) => r.messageId)).size).toBe(500);
    await queue.close();
    const reopened = createSqliteQueue({ file });
    expect((await reopened.stats()).pending).toBe(500);
    await reopened.close();
  });

  it('a failing write in a group rolls back alone', async () => {
    const queue = createSqliteQueue({ file: join(dir, 'partial.db') });
    const at = Date.now();
    const message = (messageId: string) => ({
      messageId,
      eventId: 'e@1',
      body: '{}',
      createdAt: at,
      firstAttemptAt: at,
      endpointIds: ['a', 'b'],
    });
    await queue.enqueue(message('msg_taken'));
    const [ok, dup] = await Promise.allSettled([
      queue.enqueue(message('msg_new')),
      queue.enqueue({ ...message('msg_taken'), endpointIds: ['c', 'a'] }),
    ]);
    expect(ok.status).toBe('fulfilled');
    expect(dup.status).toBe('rejected');
    expect(await queue.get('msg_taken/c')).toBeUndefined();
    expect((await queue.stats()).pending).toBe(4);
    await queue.close();
  });

  it('upgrades a schema 1 file in place: old rows read back without headers, new ones keep theirs', async () => {
    const file = join(dir, 'schema-1.db');
    const at = Date.now();
    const message = (messageId: string, headers?: Record<string, string>) => ({
      messageId,
      eventId: 'e@1',
      body: '{}',
      createdAt: at,
      firstAttemptAt: at,
      endpointIds: ['a'],
      ...(headers ? { headers } : {}),
    });
    const first = createSqliteQueue({ file });
    await first.enqueue(message('msg_old'));
    await first.close();
    // What a file written by the version before headers looks like: no column, user_version 1.
    const raw = new Database(file);
    raw.exec('ALTER TABLE deliveries DROP COLUMN headers');
    raw.pragma('user_version = 1');
    raw.close();
    const upgraded = createSqliteQueue({ file });
    expect(await upgraded.get('msg_old/a')).not.toHaveProperty('headers');
    await upgraded.enqueue(message('msg_new', { 'x-github-event': 'push' }));
    expect((await upgraded.get('msg_new/a'))?.headers).toEqual({ 'x-github-event': 'push' });
    await upgraded.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(2);
    check.close();
  });
});
