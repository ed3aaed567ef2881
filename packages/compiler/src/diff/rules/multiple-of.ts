import type { SchemaRule } from '../schema/compare-context.js';
import { placeOf, report } from './finding.js';
import { withoutEffect } from './keyword-without-effect.js';

/**
 * `multipleOf a` -> `multipleOf b`: when b is a multiple of a fewer numbers pass (narrower), when
 * a is a multiple of b more pass (wider); otherwise a passes only before and b only after.
 */
export const multipleOfChange: SchemaRule = {
  ids: ['multiple-of-added', 'multiple-of-removed', 'multiple-of-changed'],
  check(pair, ctx) {
    if (withoutEffect(pair, ctx, 'number', ['multipleOf'])) return undefined;
    const old = pair.old.keywords.get('multipleOf');
    const next = pair.new.keywords.get('multipleOf');
    const a = typeof old?.value === 'number' ? old.value : undefined;
    const b = typeof next?.value === 'number' ? next.value : undefined;
    if (a === b) return undefined;
    const where = placeOf(pair, old, next);
    const path = ['multipleOf'];
    if (a === undefined || b === undefined) {
      const added = a === undefined;
      report(ctx, pair, {
        rule: added ? 'multiple-of-added' : 'multiple-of-removed',
        impact: added ? 'breaks-senders' : 'breaks-receivers',
        reason: added
          ? `numbers must now be multiples of ${b}`
          : `numbers no longer need to be multiples of ${a}`,
        path,
        ...where,
      });
      return undefined;
    }
    const narrower = Number.isInteger(b / a);
    const wider = Number.isInteger(a / b);
    report(ctx, pair, {
      rule: 'multiple-of-changed',
      impact: narrower ? 'breaks-senders' : wider ? 'breaks-receivers' : 'breaks-both',
      reason: narrower
        ? `multipleOf ${a} -> ${b}: ${b} is a multiple of ${a}, fewer numbers pass`
        : wider
          ? `multipleOf ${a} -> ${b}: ${a} is a multiple of ${b}, more numbers pass`
          : `multipleOf ${a} -> ${b}: ${a} passes only before, ${b} only after`,
      path,
      ...where,
    });
    return undefined;
  },
};
