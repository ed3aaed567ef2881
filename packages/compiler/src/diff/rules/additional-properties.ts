import type { SchemaRule } from '../schema/compare-context.js';
import { locChild } from '../schema/loc.js';
import { report } from './finding.js';

/** Closing an object breaks senders that add fields; opening one breaks receivers that reject them. */
export const additionalPropertiesChange: SchemaRule = {
  ids: ['object-closed', 'object-opened'],
  check(pair, ctx) {
    if (!ctx.applies(pair, 'object')) return undefined;
    const oldWritten = pair.old.keywords.get('additionalProperties');
    const newWritten = pair.new.keywords.get('additionalProperties');
    const old = oldWritten ?? { value: true, loc: locChild(pair.old.loc, 'additionalProperties') };
    const next = newWritten ?? { value: true, loc: locChild(pair.new.loc, 'additionalProperties') };
    const oldPlaced = { schema: old.value, loc: old.loc };
    const newPlaced = { schema: next.value, loc: next.loc };
    const oldClosed = old.value === false;
    const newClosed = next.value === false;
    if (oldClosed && newClosed) return undefined;
    if (oldClosed || newClosed) {
      report(ctx, pair, {
        rule: newClosed ? 'object-closed' : 'object-opened',
        impact: newClosed ? 'breaks-senders' : 'breaks-receivers',
        reason: newClosed
          ? 'properties not listed are now rejected'
          : 'properties not listed are now accepted, and receivers built from the old contract reject them',
        path: ['additionalProperties'],
        side: newWritten ? 'new' : 'old',
        loc: newWritten ? newWritten.loc : old.loc,
      });
      return undefined;
    }
    ctx.descend(oldPlaced, newPlaced, `${pair.pointer}/additionalProperties`);
    return undefined;
  },
};
