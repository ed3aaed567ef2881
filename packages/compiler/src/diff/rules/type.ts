import { acceptedAtoms } from '../schema/atoms.js';
import type { SchemaRule } from '../schema/compare-context.js';
import { typeAtoms, typeNames } from '../schema/types.js';
import { placeOf, report } from './finding.js';

/** `type` lists compared as sets of atoms (`integer` within `number`; `nullable` is a `null` type). */
export const typeChange: SchemaRule = {
  ids: ['type-widened', 'type-narrowed', 'type-changed'],
  check(pair, ctx) {
    const old = acceptedAtoms(pair.old);
    const next = acceptedAtoms(pair.new);
    const added = [...next].filter((a) => !old.has(a));
    const removed = [...old].filter((a) => !next.has(a));
    if (added.length === 0 && removed.length === 0) {
      const declared = (node: typeof pair.old) => [...typeAtoms(node.types?.value)].sort().join();
      // Both enums decide the values: the type only repeats what they allow.
      if (pair.old.values && pair.new.values && declared(pair.old) !== declared(pair.new)) {
        report(ctx, pair, {
          rule: 'keyword-without-effect',
          impact: 'safe',
          reason: `type ${describe(pair.old.types?.value)} -> ${describe(pair.new.types?.value)}, but the enum allows the same values`,
          path: ['type'],
          ...placeOf(pair, pair.old.types, pair.new.types),
        });
      }
      return undefined;
    }
    const parts = [
      ...(added.length > 0 ? [`now also accepts ${typeNames(added).join(', ')}`] : []),
      ...(removed.length > 0 ? [`no longer accepts ${typeNames(removed).join(', ')}`] : []),
    ];
    const both = added.length > 0 && removed.length > 0;
    report(ctx, pair, {
      rule: both ? 'type-changed' : added.length > 0 ? 'type-widened' : 'type-narrowed',
      impact: both ? 'breaks-both' : added.length > 0 ? 'breaks-receivers' : 'breaks-senders',
      reason: `type ${describe(pair.old.types?.value)} -> ${describe(pair.new.types?.value)}: ${parts.join('; ')}`,
      path: ['type'],
      ...placeOf(pair, pair.old.types, pair.new.types),
    });
    return undefined;
  },
};

function describe(types: readonly string[] | undefined): string {
  return types === undefined ? 'any' : types.join(' | ');
}
