import type { SchemaRule } from '../schema/compare-context.js';
import { placeOf, report, show } from './finding.js';
import { withoutEffect } from './keyword-without-effect.js';

/** Regular expressions are not compared: a changed `pattern` is undecided, never guessed. */
export const patternChange: SchemaRule = {
  ids: ['pattern-added', 'pattern-removed', 'pattern-changed'],
  check(pair, ctx) {
    if (withoutEffect(pair, ctx, 'string', ['pattern'])) return undefined;
    const old = pair.old.keywords.get('pattern');
    const next = pair.new.keywords.get('pattern');
    if (old?.value === next?.value) return undefined;
    const where = placeOf(pair, old, next);
    if (!old || !next) {
      const added = !old;
      report(ctx, pair, {
        rule: added ? 'pattern-added' : 'pattern-removed',
        impact: added ? 'breaks-senders' : 'breaks-receivers',
        reason: added
          ? `strings must now match ${show(next!.value)}`
          : `strings no longer need to match ${show(old!.value)}`,
        path: ['pattern'],
        ...where,
      });
      return undefined;
    }
    report(ctx, pair, {
      rule: 'pattern-changed',
      impact: 'undecided',
      reason: `pattern ${show(old.value)} -> ${show(next.value)}: whether the new expression accepts more or fewer strings is not decided; check it by hand`,
      path: ['pattern'],
      ...where,
    });
    return undefined;
  },
};
