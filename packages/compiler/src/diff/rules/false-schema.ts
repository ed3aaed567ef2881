import type { SchemaRule } from '../schema/compare-context.js';
import { report } from './finding.js';

/** `false` (or contradictory `allOf` members) accepts nothing; anything else next to it differs entirely. */
export const falseSchema: SchemaRule = {
  ids: ['false-schema-added', 'false-schema-removed'],
  check(pair, ctx) {
    if (pair.old.never === pair.new.never) return undefined;
    const added = pair.new.never;
    report(ctx, pair, {
      rule: added ? 'false-schema-added' : 'false-schema-removed',
      impact: added ? 'breaks-senders' : 'breaks-receivers',
      reason: added
        ? 'the schema now accepts no value at all'
        : 'the schema accepted no value and now accepts some',
      path: [],
      side: 'new',
      loc: pair.new.loc,
    });
    return true;
  },
};
