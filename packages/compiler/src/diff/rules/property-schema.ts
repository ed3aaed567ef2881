import { isObject } from '../schema/json.js';
import { locChild, type Placed } from '../schema/loc.js';
import type { NormalSchema } from '../schema/normalize.js';

/**
 * The schema a property named `name` must match in an object schema that does not list it:
 * the `additionalProperties` schema (`true` when absent), or undefined when a `patternProperties`
 * expression matches the name (the combination is not compared).
 */
export function unlistedPropertySchema(node: NormalSchema, name: string): Placed | undefined {
  const patterns = node.keywords.get('patternProperties');
  if (patterns && isObject(patterns.value)) {
    for (const source of Object.keys(patterns.value)) {
      try {
        if (new RegExp(source, 'u').test(name)) return undefined;
      } catch {
        return undefined;
      }
    }
  }
  const additional = node.keywords.get('additionalProperties');
  if (!additional) return { schema: true, loc: locChild(node.loc, 'additionalProperties') };
  return { schema: additional.value, loc: additional.loc };
}
