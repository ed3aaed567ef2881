import type { NodePair, SchemaRule } from '../schema/compare-context.js';
import type { Written } from '../schema/normalize.js';
import { placeOf, report } from './finding.js';
import { withoutEffect } from './keyword-without-effect.js';

interface Bound {
  value: number;
  exclusive: boolean;
  written: Written;
  keyword: string;
}

type Family = { kind: 'number' | 'string' | 'array' | 'object'; lower: boolean; keywords: string[] };

/** Each family is one bound: `minimum` and `exclusiveMinimum` together make the lower bound of a number. */
const FAMILIES: Family[] = [
  { kind: 'number', lower: true, keywords: ['minimum', 'exclusiveMinimum'] },
  { kind: 'number', lower: false, keywords: ['maximum', 'exclusiveMaximum'] },
  { kind: 'string', lower: true, keywords: ['minLength'] },
  { kind: 'string', lower: false, keywords: ['maxLength'] },
  { kind: 'array', lower: true, keywords: ['minItems'] },
  { kind: 'array', lower: false, keywords: ['maxItems'] },
  { kind: 'object', lower: true, keywords: ['minProperties'] },
  { kind: 'object', lower: false, keywords: ['maxProperties'] },
];

/** Numeric limits: a bound that moves inwards (or appears) tightens, outwards (or disappears) loosens. */
export const limitChange: SchemaRule = {
  ids: ['limit-tightened', 'limit-loosened'],
  check(pair, ctx) {
    for (const family of FAMILIES) {
      if (withoutEffect(pair, ctx, family.kind, family.keywords)) continue;
      const old = boundOf(pair, 'old', family);
      const next = boundOf(pair, 'new', family);
      const order = compare(old, next, family.lower);
      if (order === 0) continue;
      const tightened = order > 0;
      const where = placeOf(pair, old?.written, next?.written);
      report(ctx, pair, {
        rule: tightened ? 'limit-tightened' : 'limit-loosened',
        impact: tightened ? 'breaks-senders' : 'breaks-receivers',
        reason: `${describe(old)} -> ${describe(next)}`,
        path: [(next ?? old)!.keyword],
        ...where,
      });
    }
    return undefined;
  },
};

function boundOf(pair: NodePair, side: 'old' | 'new', family: Family): Bound | undefined {
  let best: Bound | undefined;
  for (const keyword of family.keywords) {
    const written = pair[side].keywords.get(keyword);
    if (!written || typeof written.value !== 'number') continue;
    const bound = { value: written.value, exclusive: keyword.startsWith('exclusive'), written, keyword };
    if (!best || compare(best, bound, family.lower) > 0) best = bound;
  }
  return best;
}

/** > 0 when `b` is tighter than `a`, < 0 when looser; no bound is the loosest. */
function compare(a: Bound | undefined, b: Bound | undefined, lower: boolean): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  if (a.value !== b.value) return (lower ? b.value > a.value : b.value < a.value) ? 1 : -1;
  if (a.exclusive === b.exclusive) return 0;
  return b.exclusive ? 1 : -1;
}

function describe(bound: Bound | undefined): string {
  return bound ? `${bound.keyword} ${bound.value}` : 'no limit';
}
