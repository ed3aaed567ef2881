import type { DeliveryQueue, DeliveryRecord } from '@hookwright/runtime/queue';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import { formatDelivery, formatList } from './deliveries-format.js';
import { openStore, type StoreFlags as QueueFlags, StoreError } from './deliveries-store.js';

interface StoreFlags extends QueueFlags {
  json?: boolean;
}

interface ListFlags extends StoreFlags {
  state: 'pending' | 'dead' | 'all';
  endpoint?: string;
  limit: string;
}

/** Runs `action` on the queue and closes it whatever happens. */
async function withQueue<T>(io: CliIo, flags: StoreFlags, action: (queue: DeliveryQueue) => Promise<T>) {
  let queue: DeliveryQueue;
  try {
    queue = await openStore(flags);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr(`hookwright deliveries: ${error.message}\n`);
    throw new CliExit(error.exitCode);
  }
  try {
    return await action(queue);
  } finally {
    await queue.close();
  }
}

function addStoreFlags(command: Command): Command {
  return command
    .option('--sqlite <file>', 'the SQLite queue file (createSqliteQueue({ file }))')
    .option('--redis <url>', 'the Redis of a BullMQ queue, e.g. redis://127.0.0.1:6379 (createBullMQQueue)')
    .option('--name <queue>', 'the BullMQ queue name (default hookwright-deliveries)')
    .option('--json', 'print JSON for scripts');
}

async function listAll(queue: DeliveryQueue, state: 'pending' | 'dead', limit: number, endpointId?: string) {
  const items: DeliveryRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await queue.list({
      state,
      limit: Math.min(100, limit - items.length),
      ...(cursor === undefined ? {} : { cursor }),
      ...(endpointId === undefined ? {} : { endpointId }),
    });
    items.push(...page.items);
    cursor = page.next;
  } while (cursor !== undefined && items.length < limit);
  return items;
}

/** `hookwright deliveries list|show|replay|purge`: inspect and repair a durable queue's deliveries. */
export function registerDeliveries(program: Command, io: CliIo): void {
  const deliveries = program
    .command('deliveries')
    .description('list, show, replay and purge the deliveries of a durable sender queue');

  addStoreFlags(
    deliveries
      .command('list')
      .description('pending and dead-lettered deliveries with their attempt history')
      .option('--state <state>', 'pending, dead or all', 'all')
      .option('--endpoint <id>', 'only this endpoint')
      .option('--limit <n>', 'at most this many per state', '100'),
  ).action(async (flags: ListFlags) => {
    const limit = Number(flags.limit);
    if (!['pending', 'dead', 'all'].includes(flags.state) || !(limit >= 1)) {
      io.stderr('hookwright deliveries list: --state is pending, dead or all; --limit is a number >= 1\n');
      throw new CliExit(2);
    }
    await withQueue(io, flags, async (queue) => {
      const states = flags.state === 'all' ? (['pending', 'dead'] as const) : [flags.state];
      const found: Record<string, DeliveryRecord[]> = {};
      for (const state of states) found[state] = await listAll(queue, state, limit, flags.endpoint);
      if (flags.json) io.stdout(`${JSON.stringify(found, null, 2)}\n`);
      else io.stdout(formatList(states.flatMap((state) => found[state] ?? [])));
    });
  });

  addStoreFlags(
    deliveries.command('show').description('one delivery with every attempt').argument('<id>', 'delivery id'),
  ).action(async (id: string, flags: StoreFlags) => {
    await withQueue(io, flags, async (queue) => {
      const delivery = await queue.get(id);
      if (!delivery) {
        io.stderr(
          `hookwright deliveries show: no delivery ${JSON.stringify(id)} (ids look like msg_.../<endpoint id>: see deliveries list)\n`,
        );
        throw new CliExit(1);
      }
      io.stdout(flags.json ? `${JSON.stringify(delivery, null, 2)}\n` : formatDelivery(delivery));
    });
  });

  addStoreFlags(
    deliveries
      .command('replay')
      .description('dead deliveries back to pending, due now, with a fresh schedule')
      .argument('[id]', 'a delivery id or a message id (all of its dead deliveries)')
      .option('--all-dead', 'every dead delivery'),
  ).action(async (id: string | undefined, flags: StoreFlags & { allDead?: boolean }) => {
    if ((id === undefined) === (flags.allDead !== true)) {
      io.stderr('hookwright deliveries replay: pass one delivery or message id, or --all-dead\n');
      throw new CliExit(2);
    }
    await withQueue(io, flags, async (queue) => {
      const replayed = await queue.replay(id === undefined ? { all: true } : { ids: [id] });
      if (flags.json) io.stdout(`${JSON.stringify({ replayed })}\n`);
      else io.stdout(`replayed ${replayed} dead deliver${replayed === 1 ? 'y' : 'ies'}\n`);
      if (replayed === 0 && id !== undefined) {
        io.stderr(`hookwright deliveries replay: ${JSON.stringify(id)} names no dead delivery\n`);
        throw new CliExit(1);
      }
    });
  });

  addStoreFlags(
    deliveries
      .command('purge')
      .description('delete dead deliveries (all of them, or one delivery or message id)')
      .argument('[id]', 'a delivery id or a message id'),
  ).action(async (id: string | undefined, flags: StoreFlags) => {
    await withQueue(io, flags, async (queue) => {
      const purged = await queue.purge(id === undefined ? { all: true } : { ids: [id] });
      if (flags.json) io.stdout(`${JSON.stringify({ purged })}\n`);
      else io.stdout(`purged ${purged} dead deliver${purged === 1 ? 'y' : 'ies'}\n`);
    });
  });
}
