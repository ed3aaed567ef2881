import type { EventVersion } from '../../../ir/contract.js';
import type { PendingChange } from '../../diff-contracts.js';
import type { EventRule } from '../../event-changes.js';
import { eventLoc } from '../../event-changes.js';
import { stableJson } from '../../schema/json.js';

const DOCS: ReadonlyArray<keyof EventVersion> = ['summary', 'description', 'tags', 'examples'];

/** Summary, description, tags and examples describe an event; changing them is safe. */
export const eventDocs: EventRule = {
  ids: ['docs-changed'],
  check({ old, new: next }) {
    if (!old || !next) return [];
    const out: PendingChange[] = [];
    for (const field of DOCS) {
      const before = field === 'examples' ? old.examples.map(withoutSource) : old[field];
      const after = field === 'examples' ? next.examples.map(withoutSource) : next[field];
      if (stableJson(before) === stableJson(after)) continue;
      out.push({
        event: next.id,
        impact: 'safe',
        rule: 'docs-changed',
        pointer: '',
        reason: `message ${field} ${before === undefined ? 'added' : after === undefined ? 'removed' : 'changed'}`,
        side: 'new',
        loc: eventLoc(next),
      });
    }
    return out;
  },
};

function withoutSource(example: EventVersion['examples'][number]): unknown {
  const { source: _, ...rest } = example;
  return rest;
}
