import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';

/** Removing a version receivers were told to keep handling breaks them; a deprecated one was announced. */
export const eventRemoved: EventRule = {
  ids: ['event-removed', 'deprecated-event-removed'],
  check({ old, new: next }) {
    if (!old || next) return [];
    return [
      {
        event: old.id,
        impact: old.deprecated ? 'safe' : 'breaks-receivers',
        rule: old.deprecated ? 'deprecated-event-removed' : 'event-removed',
        pointer: '',
        reason: old.deprecated
          ? `${old.id} was deprecated and is now removed`
          : `${old.id} was removed without being deprecated first: deprecate it in one release, remove it in a later one`,
        side: 'old',
        loc: eventLoc(old),
      },
    ];
  },
};
