import type { SchemaRule } from '../schema/compare-context.js';
import { report } from './finding.js';

/** A new required field breaks senders that omit it; a dropped one breaks receivers that rely on it. */
export const requiredChange: SchemaRule = {
  ids: ['required-added', 'required-removed'],
  check(pair, ctx) {
    if (!ctx.applies(pair, 'object')) return undefined;
    for (const [name, loc] of pair.new.required) {
      if (pair.old.required.has(name)) continue;
      report(ctx, pair, {
        rule: 'required-added',
        impact: 'breaks-senders',
        reason: `"${name}" is now required`,
        path: ['required'],
        side: 'new',
        loc,
      });
    }
    for (const [name, loc] of pair.old.required) {
      if (pair.new.required.has(name)) continue;
      report(ctx, pair, {
        rule: 'required-removed',
        impact: 'breaks-receivers',
        reason: `"${name}" is no longer required: payloads without it reach receivers that expect it`,
        path: ['required'],
        side: 'old',
        loc,
      });
    }
    return undefined;
  },
};
