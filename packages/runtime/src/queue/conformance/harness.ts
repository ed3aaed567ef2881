import type { AttemptRecord, ClaimedDelivery, Clock, DeliveryQueue, NewMessage } from '../types.js';
import { assert } from './assert.js';

/** What the conformance suite needs to know about a queue implementation. */
export interface ConformanceTarget {
  /**
   * Opens a handle on the store named `store`, with `now` as its clock. Two opens of one name must
   * share data, the way two processes share one SQLite file or one Redis queue name. Each check uses
   * a fresh name.
   */
  open(context: { store: string; now: Clock }): DeliveryQueue | Promise<DeliveryQueue>;
  /**
   * `'fake'` (default): the suite passes a fake clock it moves itself, and checks take milliseconds.
   * `'real'`: `now` is `Date.now` and the suite really waits; for queues whose engine keeps its own
   * time (e.g. BullMQ's delayed jobs).
   */
  clock?: 'fake' | 'real';
  /** With the real clock: milliseconds per unit of suite time (default 100). Leases last 5 units. */
  unitMs?: number;
  /** Also run the checks that close every handle and reopen the store (durable queues only). */
  durable?: boolean;
  /** Called after each check, once every handle it opened is closed: delete the store's files or keys. */
  cleanup?(store: string): void | Promise<void>;
}

/** What a check works with. */
export interface CheckContext {
  /** A new handle on this check's store. */
  open(): Promise<DeliveryQueue>;
  now(): number;
  /** Lets `units` units of time pass (fake: moves the clock; real: waits). */
  advance(units: number): Promise<void>;
  /** Milliseconds per unit. */
  unit: number;
  /** A new message with a unique id, due now, to the given endpoints. */
  message(endpointIds?: readonly string[], overrides?: Partial<NewMessage>): NewMessage;
  /** Claims up to `limit` (default 100) due deliveries with the suite's lease (5 units). */
  claim(queue: DeliveryQueue, limit?: number): Promise<ClaimedDelivery[]>;
  /** Claims exactly one due delivery; fails the check (saying `what`) when none is due. */
  claimOne(queue: DeliveryQueue, what?: string): Promise<ClaimedDelivery>;
  /** The suite's lease length in milliseconds. */
  leaseMs: number;
  /** An attempt record as the sender would write it. */
  attempt(outcome: AttemptRecord['outcome'], status?: number): AttemptRecord;
}

export interface Check {
  name: string;
  durableOnly?: boolean;
  run(context: CheckContext): Promise<void>;
}

/** A named check, ready for any runner: `for (const c of checks) it(c.name, c.run)`. */
export interface ConformanceCheck {
  name: string;
  run(): Promise<void>;
}

const FAKE_START = 1_767_225_600_000; // 2026-01-01T00:00:00Z: a fixed, realistic epoch for the fake clock

/** How long the suite's leases last, in units. */
export const LEASE_UNITS = 5;

let runs = 0;

/** Wraps one check with its store, clock, handles and clean-up. */
export function bindCheck(target: ConformanceTarget, check: Check): ConformanceCheck {
  return {
    name: check.name,
    async run() {
      const real = target.clock === 'real';
      const unit = real ? (target.unitMs ?? 100) : 1000;
      let fakeNow = FAKE_START;
      const now: Clock = real ? Date.now : () => fakeNow;
      const store = `conformance-${processTag()}-${++runs}-${Math.random().toString(36).slice(2, 8)}`;
      const handles: DeliveryQueue[] = [];
      let messages = 0;
      const leaseMs = LEASE_UNITS * unit;
      const claim = (queue: DeliveryQueue, limit = 100) => queue.claim({ limit, leaseMs });
      const context: CheckContext = {
        unit,
        leaseMs,
        claim,
        async claimOne(queue, what = 'a due delivery is claimed') {
          const [claimed] = await claim(queue, 1);
          assert(claimed, what);
          return claimed;
        },
        now,
        async open() {
          const queue = await target.open({ store, now });
          handles.push(queue);
          return queue;
        },
        async advance(units) {
          if (real) await new Promise((resolve) => setTimeout(resolve, units * unit));
          else fakeNow += units * unit;
        },
        message(endpointIds = ['ep_a'], overrides = {}) {
          const at = now();
          return {
            messageId: `msg_${store.replace(/[^a-z0-9]/gi, '')}x${++messages}`,
            eventId: 'order.created@1',
            body: JSON.stringify({
              type: 'order.created',
              version: 1,
              timestamp: new Date(at).toISOString(),
              data: { n: messages },
            }),
            createdAt: at,
            firstAttemptAt: at,
            endpointIds,
            ...overrides,
          };
        },
        attempt(outcome, status) {
          const record: AttemptRecord = { at: now(), durationMs: 12, outcome };
          if (status !== undefined) record.status = status;
          return record;
        },
      };
      try {
        await check.run(context);
      } finally {
        for (const handle of handles) await handle.close().catch(() => undefined);
        await target.cleanup?.(store);
      }
    },
  };
}

/** A short id for store names that differs between processes running the suite at once. */
function processTag(): string {
  const pid = (globalThis as { process?: { pid?: number } }).process?.pid;
  return pid === undefined ? 'p' : String(pid);
}
