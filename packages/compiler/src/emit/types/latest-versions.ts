/** Which version of each event type `send(type, data)` uses by default. */
import type { EventVersion } from '../../ir/contract.js';

/**
 * Event type -> its highest non-deprecated version, or its highest version when every version is
 * deprecated. Keys in order of first appearance in `events` (the IR's order).
 *
 * @example
 * latestEventVersions(contract.events).get('order.created')?.id; // 'order.created@2'
 */
export function latestEventVersions(events: readonly EventVersion[]): Map<string, EventVersion> {
  const latest = new Map<string, EventVersion>();
  for (const event of events) {
    const current = latest.get(event.type);
    if (current === undefined || isPreferred(event, current)) latest.set(event.type, event);
  }
  return latest;
}

function isPreferred(candidate: EventVersion, current: EventVersion): boolean {
  if (candidate.deprecated !== current.deprecated) return !candidate.deprecated;
  return candidate.version > current.version;
}
