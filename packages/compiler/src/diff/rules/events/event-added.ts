import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';

/** A new event type, or a new version of an existing one: the sanctioned way to evolve. */
export const eventAdded: EventRule = {
  ids: ['event-added', 'version-added'],
  check({ old, new: next, contracts }) {
    if (old || !next) return [];
    const typeExisted = contracts.old.events.some((e) => e.type === next.type);
    return [
      {
        event: next.id,
        impact: 'safe',
        rule: typeExisted ? 'version-added' : 'event-added',
        pointer: '',
        reason: typeExisted ? `new version ${next.version} of ${next.type}` : `new event type ${next.type}`,
        side: 'new',
        loc: eventLoc(next),
      },
    ];
  },
};
