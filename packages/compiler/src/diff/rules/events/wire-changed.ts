import { DEFAULT_DELIVERY_ID } from '@hookwright/runtime/events';
import type { ContractWire } from '../../../ir/wire.js';
import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';

/** The wire setting with its defaults filled in, as text: two settings that mean the same compare equal. */
function effective(wire: ContractWire | undefined): string {
  const signature = wire?.signature ?? 'standard';
  return JSON.stringify([
    wire?.eventType ?? [],
    wire?.eventVersion ?? null,
    signature,
    wire?.deliveryId ?? DEFAULT_DELIVERY_ID[signature],
  ]);
}

/**
 * Where the event type, version and delivery id are read, and the signature scheme, are part of
 * every request: receivers built for one setting refuse or misroute requests made for another.
 * A body mode change already reports every event (body-mode-changed).
 */
export const wireChanged: EventRule = {
  ids: ['wire-changed'],
  check({ old, new: next, contracts }) {
    if (!old || !next || contracts.old.bodyMode !== contracts.new.bodyMode) return [];
    const before = effective(contracts.old.wire);
    const after = effective(contracts.new.wire);
    if (before === after) return [];
    return [
      {
        event: next.id,
        impact: 'breaks-both',
        rule: 'wire-changed',
        pointer: '',
        reason: `the wire format (event type parts, version part, signature, delivery id) is now ${after}, was ${before}`,
        side: 'new',
        loc: eventLoc(next),
      },
    ];
  },
};
