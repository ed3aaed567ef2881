import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';

/** Deprecation is an announcement: nothing that was accepted changes. */
export const eventDeprecated: EventRule = {
  ids: ['event-deprecated', 'event-undeprecated'],
  check({ old, new: next }) {
    if (!old || !next || old.deprecated === next.deprecated) return [];
    return [
      {
        event: next.id,
        impact: 'safe',
        rule: next.deprecated ? 'event-deprecated' : 'event-undeprecated',
        pointer: '',
        reason: next.deprecated ? `${next.id} is now deprecated` : `${next.id} is no longer deprecated`,
        side: 'new',
        loc: eventLoc(next),
      },
    ];
  },
};
