import type { SchemaRule } from '../schema/compare-context.js';
import { placeOf, report } from './finding.js';
import { withoutEffect } from './keyword-without-effect.js';

/** `uniqueItems: true` rejects arrays with repeated elements. */
export const uniqueItemsChange: SchemaRule = {
  ids: ['unique-items-added', 'unique-items-removed'],
  check(pair, ctx) {
    if (withoutEffect(pair, ctx, 'array', ['uniqueItems'])) return undefined;
    const old = pair.old.keywords.get('uniqueItems');
    const next = pair.new.keywords.get('uniqueItems');
    const before = old?.value === true;
    const after = next?.value === true;
    if (before === after) return undefined;
    report(ctx, pair, {
      rule: after ? 'unique-items-added' : 'unique-items-removed',
      impact: after ? 'breaks-senders' : 'breaks-receivers',
      reason: after
        ? 'arrays with repeated elements are now rejected'
        : 'arrays with repeated elements are now accepted',
      path: ['uniqueItems'],
      ...placeOf(pair, old, next),
    });
    return undefined;
  },
};
