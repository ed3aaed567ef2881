/**
 * The `DeliveryQueue` conformance suite: every queue implementation runs it (the memory queue here,
 * `@hookwright/queue-sqlite`, `@hookwright/queue-bullmq`). It depends on no test runner: it returns
 * named async checks that throw `ConformanceError` on failure.
 *
 * @example
 * // vitest (or node:test, jest, mocha: anything with `it`)
 * import { describe, it } from 'vitest';
 * import { queueConformanceChecks } from '@hookwright/runtime/queue/conformance';
 * import { createSqliteQueue } from '@hookwright/queue-sqlite';
 *
 * describe('sqlite queue conformance', () => {
 *   for (const check of queueConformanceChecks({
 *     open: ({ store, now }) => createSqliteQueue({ file: join(dir, `${store}.db`), now }),
 *     durable: true,
 *   })) it(check.name, check.run);
 * });
 */

import { claimChecks } from './checks-claims.js';
import { deadLetterChecks } from './checks-dead-letters.js';
import { headerChecks } from './checks-headers.js';
import { bindCheck, type ConformanceCheck, type ConformanceTarget } from './harness.js';

export { ConformanceError } from './assert.js';
export type { CheckContext, ConformanceCheck, ConformanceTarget } from './harness.js';

/** The checks a queue must pass; those that reopen a store only when `target.durable`. */
export function queueConformanceChecks(target: ConformanceTarget): ConformanceCheck[] {
  return [...claimChecks, ...deadLetterChecks, ...headerChecks]
    .filter((check) => target.durable === true || check.durableOnly !== true)
    .map((check) => bindCheck(target, check));
}
