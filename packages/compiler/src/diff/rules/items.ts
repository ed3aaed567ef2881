import { childPointer } from '../../load/json-pointer.js';
import type { SchemaRule } from '../schema/compare-context.js';
import { locChild } from '../schema/loc.js';
import { report } from './finding.js';

/** `items` as one schema for every element is compared recursively; tuples element by element. */
export const itemsChange: SchemaRule = {
  ids: ['tuple-length-changed'],
  check(pair, ctx) {
    if (!ctx.applies(pair, 'array')) return undefined;
    const old = pair.old.keywords.get('items') ?? { value: true, loc: locChild(pair.old.loc, 'items') };
    const next = pair.new.keywords.get('items') ?? { value: true, loc: locChild(pair.new.loc, 'items') };
    const oldTuple = Array.isArray(old.value);
    const newTuple = Array.isArray(next.value);
    if (!oldTuple && !newTuple) {
      ctx.descend(
        { schema: old.value, loc: old.loc },
        { schema: next.value, loc: next.loc },
        `${pair.pointer}/items`,
      );
      return undefined;
    }
    const oldList = oldTuple ? (old.value as unknown[]) : [];
    const newList = newTuple ? (next.value as unknown[]) : [];
    if (oldTuple && newTuple && oldList.length === newList.length) {
      newList.forEach((schema, i) => {
        ctx.descend(
          { schema: oldList[i], loc: locChild(old.loc, i) },
          { schema, loc: locChild(next.loc, i) },
          childPointer(pair.pointer, 'items', i),
        );
      });
      return undefined;
    }
    report(ctx, pair, {
      rule: 'tuple-length-changed',
      impact: 'undecided',
      reason: `items ${oldTuple ? `tuple of ${oldList.length}` : 'schema'} -> ${newTuple ? `tuple of ${newList.length}` : 'schema'}: with additionalItems this is not compared; check it by hand`,
      path: ['items'],
      side: 'new',
      loc: next.loc,
    });
    return undefined;
  },
};
