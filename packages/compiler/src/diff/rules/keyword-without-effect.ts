import type { CompareContext, NodePair } from '../schema/compare-context.js';
import { stableJson } from '../schema/json.js';
import { placeOf, report } from './finding.js';

/**
 * A type-specific keyword (e.g. `maxLength`) changed where neither schema accepts that type of
 * value: it constrains nothing, so the change is safe. Returns true when that is the case, and
 * the rule for the keyword has nothing more to decide.
 */
export function withoutEffect(
  pair: NodePair,
  ctx: CompareContext,
  kind: 'number' | 'string' | 'object' | 'array',
  keywords: readonly string[],
): boolean {
  if (ctx.applies(pair, kind)) return false;
  for (const keyword of keywords) {
    const old = pair.old.keywords.get(keyword);
    const next = pair.new.keywords.get(keyword);
    if (stableJson(old?.value) === stableJson(next?.value)) continue;
    report(ctx, pair, {
      rule: 'keyword-without-effect',
      impact: 'safe',
      reason: `${keyword} changed, but it only applies to ${kind} values and this schema accepts none`,
      path: [keyword],
      ...placeOf(pair, old, next),
    });
  }
  return true;
}
