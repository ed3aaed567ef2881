import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';

/**
 * Envelope vs bare payload is the shape of every body: receivers built for one reject the other,
 * and senders written for one produce the other.
 */
export const bodyModeChanged: EventRule = {
  ids: ['body-mode-changed'],
  check({ old, new: next, contracts }) {
    if (!old || !next || contracts.old.bodyMode === contracts.new.bodyMode) return [];
    return [
      {
        event: next.id,
        impact: 'breaks-both',
        rule: 'body-mode-changed',
        pointer: '',
        reason: `the body is now ${contracts.new.bodyMode === 'envelope' ? 'the Standard Webhooks envelope around the payload' : 'the payload itself'}, was ${contracts.old.bodyMode === 'envelope' ? 'the envelope' : 'the payload itself'}`,
        side: 'new',
        loc: eventLoc(next),
      },
    ];
  },
};
