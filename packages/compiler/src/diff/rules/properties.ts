import { childPointer } from '../../load/json-pointer.js';
import type { Impact } from '../impact.js';
import type { CompareContext, NodePair, SchemaRule } from '../schema/compare-context.js';
import type { Placed } from '../schema/loc.js';
import { report } from './finding.js';
import { unlistedPropertySchema } from './property-schema.js';

/**
 * Properties listed on both sides are compared recursively. A property listed on one side only is
 * compared with what the other side allowed for it (`additionalProperties`): added to a closed
 * object it breaks receivers; added to an open one it narrows what was free-form.
 */
export const propertiesChange: SchemaRule = {
  ids: ['property-added', 'property-removed'],
  check(pair, ctx) {
    if (!ctx.applies(pair, 'object')) return undefined;
    for (const [name, next] of pair.new.properties) {
      const old = pair.old.properties.get(name);
      if (old) ctx.descend(old, next, childPointer(pair.pointer, 'properties', name));
      else oneSided(pair, ctx, name, unlistedPropertySchema(pair.old, name), next, 'added');
    }
    for (const [name, old] of pair.old.properties) {
      if (pair.new.properties.has(name)) continue;
      oneSided(pair, ctx, name, old, unlistedPropertySchema(pair.new, name), 'removed');
    }
    return undefined;
  },
};

function oneSided(
  pair: NodePair,
  ctx: CompareContext,
  name: string,
  old: Placed | undefined,
  next: Placed | undefined,
  change: 'added' | 'removed',
): void {
  const listed = change === 'added' ? next! : old!;
  const impact: Impact = old && next ? ctx.impactBetween(old, next) : 'undecided';
  const was = change === 'added' ? 'before, under additionalProperties' : 'now, under additionalProperties';
  const reason =
    impact === 'undecided' && !(old && next)
      ? `property "${name}" ${change}: a patternProperties expression matches the name, so what it allowed ${change === 'added' ? 'before' : 'now'} is not compared`
      : `property "${name}" ${change}: ${explain(impact, change)} (compared with what was allowed ${was})`;
  report(ctx, pair, {
    rule: `property-${change}`,
    impact,
    reason,
    path: ['properties', name],
    side: change === 'added' ? 'new' : 'old',
    loc: listed.loc,
  });
}

function explain(impact: Impact, change: 'added' | 'removed'): string {
  switch (impact) {
    case 'safe':
      return 'the same values are accepted';
    case 'breaks-receivers':
      return change === 'added' ? 'the object did not allow it' : 'its values are no longer checked';
    case 'breaks-senders':
      return change === 'added' ? 'its values must now match its schema' : 'the object no longer allows it';
    case 'breaks-both':
      return 'its allowed values changed both ways';
    default:
      return 'part of the change cannot be decided';
  }
}
