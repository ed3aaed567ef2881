import type { SchemaRule } from '../schema/compare-context.js';
import { placeOf, report, show } from './finding.js';
import { withoutEffect } from './keyword-without-effect.js';

/** Formats whose every valid string is valid for the second one too (RFC 3986/3987, RFC 5321/6531). */
const WITHIN: ReadonlyArray<readonly [string, string]> = [
  ['uri', 'uri-reference'],
  ['uri', 'iri'],
  ['iri', 'iri-reference'],
  ['uri-reference', 'iri-reference'],
  ['email', 'idn-email'],
  ['hostname', 'idn-hostname'],
];

function within(a: string, b: string): boolean {
  return WITHIN.some(([x, y]) => x === a && y === b);
}

/** `format` asserts in the generated validators (ajv-formats), so it constrains like `pattern`. */
export const formatChange: SchemaRule = {
  ids: ['format-added', 'format-removed', 'format-changed'],
  check(pair, ctx) {
    if (withoutEffect(pair, ctx, 'string', ['format'])) return undefined;
    const old = pair.old.keywords.get('format');
    const next = pair.new.keywords.get('format');
    if (old?.value === next?.value) return undefined;
    const where = placeOf(pair, old, next);
    const path = ['format'];
    if (!old || !next) {
      const added = !old;
      report(ctx, pair, {
        rule: added ? 'format-added' : 'format-removed',
        impact: added ? 'breaks-senders' : 'breaks-receivers',
        reason: added
          ? `strings must now be ${show(next!.value)}`
          : `strings no longer need to be ${show(old!.value)}`,
        path,
        ...where,
      });
      return undefined;
    }
    const a = String(old.value);
    const b = String(next.value);
    const impact = within(a, b) ? 'breaks-receivers' : within(b, a) ? 'breaks-senders' : 'undecided';
    report(ctx, pair, {
      rule: 'format-changed',
      impact,
      reason:
        impact === 'undecided'
          ? `format ${show(a)} -> ${show(b)}: how the two formats overlap is not known; check it by hand`
          : `format ${show(a)} -> ${show(b)}: every ${impact === 'breaks-receivers' ? a : b} is also a valid ${impact === 'breaks-receivers' ? b : a}`,
      path,
      ...where,
    });
    return undefined;
  },
};
