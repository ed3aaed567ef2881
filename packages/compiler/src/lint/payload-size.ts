import type { Placed } from '../diff/schema/loc.js';
import { normalizeSchema } from '../diff/schema/normalize.js';
import type { SchemaIndex } from '../diff/schema/schema-index.js';
import { typeAtoms } from '../diff/schema/types.js';

/** What to assume where a schema sets no bound. */
export interface SizeAssumptions {
  stringLength: number;
  arrayItems: number;
  mapEntries: number;
}

export const DEFAULT_SIZE_ASSUMPTIONS: SizeAssumptions = {
  stringLength: 256,
  arrayItems: 16,
  mapEntries: 16,
};

/** Longest JSON text of a number: sign, 17 significant digits, point, exponent. */
const NUMBER_BYTES = 24;
/** Recursive schemas are counted this many levels deep. */
const MAX_RECURSION = 3;
/** Formats whose strings have a known longest length. */
const FORMAT_LENGTH: Record<string, number> = {
  uuid: 36,
  date: 10,
  'date-time': 35,
  time: 25,
  ipv4: 15,
  ipv6: 45,
};

/**
 * Estimates the largest JSON text (bytes, ASCII assumed, no whitespace) a schema accepts. Bounds
 * the schema sets are used (`maxLength`, `maxItems`, enum values, ...); where none is set the
 * assumptions apply. `oneOf`/`anyOf` take the largest branch.
 *
 * @example
 * estimateMaxSize({ schema: { type: 'string', maxLength: 10 }, loc }, index); // 12 (with quotes)
 */
export function estimateMaxSize(
  placed: Placed,
  index: SchemaIndex,
  assume: SizeAssumptions,
  depth: string[] = [],
): number {
  const node = normalizeSchema(placed, index);
  if (node.never) return 0;
  if (node.names.some((n) => depth.filter((d) => d === n).length >= MAX_RECURSION)) return 0;
  if (
    !node.types &&
    !node.values &&
    node.properties.size === 0 &&
    node.keywords.size === 0 &&
    node.allOf.length === 0
  ) {
    // Any value at all: counted like an unbounded string.
    return assume.stringLength + 2;
  }
  const inner = [...depth, ...node.names];
  const sub = (schema: unknown, loc = placed.loc) => estimateMaxSize({ schema, loc }, index, assume, inner);
  const keyword = (k: string) => node.keywords.get(k)?.value;
  const num = (k: string) => (typeof keyword(k) === 'number' ? (keyword(k) as number) : undefined);
  if (node.values) return Math.max(0, ...node.values.value.map((v) => JSON.stringify(v).length));
  const branches = [keyword('oneOf'), keyword('anyOf')].filter(Array.isArray).flat();
  if (branches.length > 0) return Math.max(...branches.map((b) => sub(b)));
  let best = 0;
  for (const type of typeAtoms(node.types?.value)) {
    let size = 0;
    if (type === 'null') size = 4;
    else if (type === 'boolean') size = 5;
    else if (type === 'integer' || type === 'fraction') size = NUMBER_BYTES;
    else if (type === 'string') {
      const format = keyword('format');
      size =
        2 +
        (num('maxLength') ??
          (typeof format === 'string' ? FORMAT_LENGTH[format] : undefined) ??
          assume.stringLength);
    } else if (type === 'array') {
      const items = keyword('items');
      const count = num('maxItems') ?? assume.arrayItems;
      const each = Array.isArray(items) ? Math.max(0, ...items.map((i) => sub(i))) : sub(items ?? true);
      size = 2 + count * (each + 1);
    } else if (type === 'object') {
      size = 2;
      for (const [name, prop] of node.properties)
        size += JSON.stringify(name).length + 2 + estimateMaxSize(prop, index, assume, inner);
      const additional = keyword('additionalProperties');
      if (additional !== false) {
        const entries = num('maxProperties') ?? assume.mapEntries;
        size += entries * (2 + assume.stringLength + 2 + sub(additional ?? true));
      }
    }
    best = Math.max(best, size);
  }
  return best;
}
