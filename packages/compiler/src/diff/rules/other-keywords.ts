import type { SchemaRule } from '../schema/compare-context.js';
import { stableJson } from '../schema/json.js';
import { placeOf, report } from './finding.js';

/** Keywords the other rules compare. */
const COMPARED = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'pattern',
  'format',
  'uniqueItems',
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
]);

/**
 * Any other assertion keyword that differs (`not`, `if`/`then`/`else`, `patternProperties`,
 * `dependencies`, `contains`, `propertyNames`, ...) is undecided: this tool does not reason
 * about it and says so instead of guessing.
 */
export const otherKeywordChange: SchemaRule = {
  ids: ['keyword-changed', 'keyword-without-effect'],
  check(pair, ctx) {
    const keywords = new Set([...pair.old.keywords.keys(), ...pair.new.keywords.keys()]);
    for (const keyword of [...keywords].sort()) {
      if (COMPARED.has(keyword)) continue;
      const old = pair.old.keywords.get(keyword);
      const next = pair.new.keywords.get(keyword);
      const same =
        old && next
          ? ctx.text('old', { schema: { [keyword]: old.value }, loc: old.loc }) ===
            ctx.text('new', { schema: { [keyword]: next.value }, loc: next.loc })
          : stableJson(old?.value) === stableJson(next?.value);
      if (same) continue;
      report(ctx, pair, {
        rule: 'keyword-changed',
        impact: 'undecided',
        reason: `${keyword} ${old ? (next ? 'changed' : 'removed') : 'added'}: changes to ${keyword} are not classified; check it by hand`,
        path: [keyword],
        ...placeOf(pair, old, next),
      });
    }
    return undefined;
  },
};
