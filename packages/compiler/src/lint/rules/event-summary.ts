import type { LintRule } from '../lint-rule.js';

/** A summary is what docs, the event table and generated JSDoc show first. */
export const eventSummary: LintRule = {
  id: 'event-summary',
  defaultSeverity: 'warning',
  description: 'Every event has a summary (or title).',
  check({ contract }) {
    return contract.events
      .filter((e) => !e.summary?.trim())
      .map((e) => ({
        message: `${e.id} has no summary: add "summary" to message ${e.messageName}`,
        at: e.source,
      }));
  },
};
