import { atomOf } from '../schema/atoms.js';
import type { SchemaRule } from '../schema/compare-context.js';
import { stableJson } from '../schema/json.js';
import { typeAtoms } from '../schema/types.js';
import { list, placeOf, report } from './finding.js';

/** `enum` and `const` as one set of allowed values; values the `type` already rejects do not count. */
export const enumChange: SchemaRule = {
  ids: ['enum-value-added', 'enum-value-removed', 'enum-added', 'enum-removed'],
  check(pair, ctx) {
    const old = pair.old.values;
    const next = pair.new.values;
    if (!old && !next) return undefined;
    const where = placeOf(pair, old, next);
    const path = [lastSegment(where.loc.pointer)];
    if (!old || !next) {
      const added = !old;
      report(ctx, pair, {
        rule: added ? 'enum-added' : 'enum-removed',
        impact: added ? 'breaks-senders' : 'breaks-receivers',
        reason: added
          ? `values are now limited to ${list(next!.value)}`
          : `values were limited to ${list(old!.value)} and no longer are`,
        path,
        ...where,
      });
      return undefined;
    }
    const oldTypes = typeAtoms(pair.old.types?.value);
    const newTypes = typeAtoms(pair.new.types?.value);
    const oldSet = new Set(old.value.filter((v) => oldTypes.has(atomOf(v))).map(stableJson));
    const newSet = new Set(next.value.filter((v) => newTypes.has(atomOf(v))).map(stableJson));
    const added = next.value.filter((v) => newTypes.has(atomOf(v)) && !oldSet.has(stableJson(v)));
    const removed = old.value.filter((v) => oldTypes.has(atomOf(v)) && !newSet.has(stableJson(v)));
    if (added.length > 0) {
      report(ctx, pair, {
        rule: 'enum-value-added',
        impact: 'breaks-receivers',
        reason: `new allowed value${added.length > 1 ? 's' : ''} ${list(added)}`,
        path,
        ...where,
      });
    }
    if (removed.length > 0) {
      report(ctx, pair, {
        rule: 'enum-value-removed',
        impact: 'breaks-senders',
        reason: `value${removed.length > 1 ? 's' : ''} ${list(removed)} no longer allowed`,
        path,
        ...where,
      });
    }
    return undefined;
  },
};

function lastSegment(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  const last = pointer.slice(i + 1);
  return last === 'const' ? 'const' : 'enum';
}
