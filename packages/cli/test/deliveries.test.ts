import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteQueue } from '@hookwright/queue-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './run-cli.js';

const { run, close } = cliRunner();
const dir = mkdtempSync(join(tmpdir(), 'hw-cli-deliveries-'));
const file = join(dir, 'webhooks.db');
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

/** A queue file as a sender leaves it: one pending delivery with a failed attempt, two dead ones. */
beforeAll(async () => {
  const queue = createSqliteQueue({ file });
  const at = Date.now();
  for (const messageId of ['msg_pending', 'msg_dead1', 'msg_dead2']) {
    await queue.enqueue({
      messageId,
      eventId: 'order.created@2',
      body: JSON.stringify({ type: 'order.created', data: { id: messageId } }),
      createdAt: at,
      firstAttemptAt: at,
      endpointIds: ['ep_shop'],
    });
  }
  for (const { delivery, lease } of await queue.claim({ limit: 10, leaseMs: 1000 })) {
    const attempt = { at, durationMs: 31, outcome: 'retry' as const, status: 503, responseBody: 'busy' };
    if (delivery.messageId === 'msg_pending') await queue.nack(lease, attempt, at + 60_000);
    else await queue.deadLetter(lease, attempt, 'schedule exhausted');
  }
  await queue.close();
});

describe('hookwright deliveries', () => {
  it('list prints pending and dead deliveries with their attempts', async () => {
    const { code, stdout } = await run('deliveries', 'list', '--sqlite', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/msg_pending\/ep_shop {2}pending {2}order\.created@2 {2}1 attempt/);
    expect(stdout).toMatch(/msg_dead1\/ep_shop {2}dead .*schedule exhausted/);
    expect(stdout).toContain('HTTP 503');
  });

  it('list --json --state dead is machine-readable', async () => {
    const { code, stdout } = await run('deliveries', 'list', '--sqlite', file, '--state', 'dead', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { dead: { id: string; attempts: unknown[] }[] };
    expect(parsed.dead.map((d) => d.id)).toEqual(['msg_dead1/ep_shop', 'msg_dead2/ep_shop']);
    expect(parsed.dead[0]?.attempts).toHaveLength(1);
  });

  it('show prints one delivery with its history, --json the record', async () => {
    const text = await run('deliveries', 'show', 'msg_dead1/ep_shop', '--sqlite', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('state      dead');
    expect(text.stdout).toContain('body: "busy"');
    const json = await run('deliveries', 'show', 'msg_dead1/ep_shop', '--sqlite', file, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      id: 'msg_dead1/ep_shop',
      state: 'dead',
      attemptCount: 1,
    });
    const missing = await run('deliveries', 'show', 'msg_nope/ep_shop', '--sqlite', file);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no delivery "msg_nope/ep_shop"');
  });

  it('replay <id>, then replay --all-dead, then purge', async () => {
    const one = await run('deliveries', 'replay', 'msg_dead1', '--sqlite', file, '--json');
    expect([one.code, JSON.parse(one.stdout)]).toEqual([0, { replayed: 1 }]);
    const none = await run('deliveries', 'replay', 'msg_dead1', '--sqlite', file);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('names no dead delivery');
    const all = await run('deliveries', 'replay', '--all-dead', '--sqlite', file);
    expect([all.code, all.stdout]).toEqual([0, 'replayed 1 dead delivery\n']);
    const queue = createSqliteQueue({ file });
    const [claim] = await queue.claim({ limit: 1, leaseMs: 1000 });
    expect(claim).toBeDefined();
    if (claim) await queue.deadLetter(claim.lease, undefined, 'again');
    await queue.close();
    const purged = await run('deliveries', 'purge', '--sqlite', file, '--json');
    expect([purged.code, JSON.parse(purged.stdout)]).toEqual([0, { purged: 1 }]);
  });

  it('says what to pass when the queue is missing or not named', async () => {
    const missing = await run('deliveries', 'list', '--sqlite', join(dir, 'nope.db'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no queue file at ${join(dir, 'nope.db')}`);
    const unnamed = await run('deliveries', 'list');
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('--sqlite <file>');
    const both = await run('deliveries', 'replay', 'msg_x', '--all-dead', '--sqlite', file);
    expect(both.code).toBe(2);
  });
});
