import type { SchemaRule } from '../schema/compare-context.js';
import { stableJson } from '../schema/json.js';
import { placeOf, report } from './finding.js';

/** Annotations (title, description, examples, default, ...) never change what is accepted. */
export const docsChange: SchemaRule = {
  ids: ['docs-changed'],
  check(pair, ctx) {
    const keywords = new Set([...pair.old.docs.keys(), ...pair.new.docs.keys()]);
    for (const keyword of [...keywords].sort()) {
      const old = pair.old.docs.get(keyword);
      const next = pair.new.docs.get(keyword);
      if (stableJson(old?.value) === stableJson(next?.value)) continue;
      report(ctx, pair, {
        rule: 'docs-changed',
        impact: 'safe',
        reason: `${keyword} ${old ? (next ? 'changed' : 'removed') : 'added'}`,
        path: [keyword],
        ...placeOf(pair, old, next),
      });
    }
    return undefined;
  },
};
