import { childPointer } from '../../load/json-pointer.js';
import type { SchemaRule } from '../schema/compare-context.js';
import { report } from './finding.js';

/**
 * `allOf` members that could not be merged into their schema (see `normalizeSchema`) are matched
 * by meaning; one more member can only narrow, one fewer only widen. When exactly one member
 * differs on each side, the two are compared recursively.
 */
export const allOfChange: SchemaRule = {
  ids: ['all-of-member-added', 'all-of-member-removed'],
  check(pair, ctx) {
    const old = pair.old.allOf.map((placed) => ({ placed, text: ctx.text('old', placed) }));
    const next = pair.new.allOf.map((placed, index) => ({ placed, index, text: ctx.text('new', placed) }));
    const oldLeft = old.filter((a) => !next.some((b) => b.text === a.text));
    const newLeft = next.filter((b) => !old.some((a) => a.text === b.text));
    if (oldLeft.length === 1 && newLeft.length === 1) {
      ctx.descend(
        oldLeft[0]!.placed,
        newLeft[0]!.placed,
        childPointer(pair.pointer, 'allOf', newLeft[0]!.index),
      );
      return undefined;
    }
    for (const b of newLeft) {
      report(ctx, pair, {
        rule: 'all-of-member-added',
        impact: 'breaks-senders',
        reason: 'values must now also match another allOf member',
        path: ['allOf', b.index],
        side: 'new',
        loc: b.placed.loc,
      });
    }
    for (const a of oldLeft) {
      report(ctx, pair, {
        rule: 'all-of-member-removed',
        impact: 'breaks-receivers',
        reason: 'values no longer need to match an allOf member',
        path: ['allOf'],
        side: 'old',
        loc: a.placed.loc,
      });
    }
    return undefined;
  },
};
