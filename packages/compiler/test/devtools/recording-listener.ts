/** Shared by the devtools tests: the secret they sign with, and a listener that keeps its records. */
import type { EventTable } from '@hookwright/runtime/events';
import { type DeliveryRecord, startListener } from '../../src/devtools/index.js';

export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** `listen` on a free loopback port with `SECRET`, every delivery record kept in `records`. */
export async function recordingListener(table: EventTable, forward?: string) {
  const records: DeliveryRecord[] = [];
  const listener = await startListener({
    table,
    secret: SECRET,
    port: 0,
    ...(forward === undefined ? {} : { forward }),
    onDelivery: (r) => records.push(r),
  });
  return { listener, records };
}
