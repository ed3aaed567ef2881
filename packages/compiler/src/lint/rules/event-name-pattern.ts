import { LintOptionError } from '../lint-option-error.js';
import type { LintRule } from '../lint-rule.js';

/** Lower-case dot-separated words, at least two: `order.created`, `gift_card.renewed`. */
export const DEFAULT_EVENT_NAME_PATTERN = '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$';

export const eventNamePattern: LintRule = {
  id: 'event-name-pattern',
  defaultSeverity: 'warning',
  description: `Event types match a pattern (option "pattern", default ${DEFAULT_EVENT_NAME_PATTERN}).`,
  check({ contract, options }) {
    const source = typeof options.pattern === 'string' ? options.pattern : DEFAULT_EVENT_NAME_PATTERN;
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'u');
    } catch (error) {
      throw new LintOptionError(
        'event-name-pattern',
        'pattern',
        `${source} is not a valid regular expression (${(error as Error).message})`,
      );
    }
    const seen = new Set<string>();
    return contract.events
      .filter((e) => !pattern.test(e.type) && !seen.has(e.type) && !!seen.add(e.type))
      .map((e) => ({ message: `event type "${e.type}" does not match ${source}`, at: e.source }));
  },
};
