/**
 * A version written at the end of a name: `order.created.v2`, `order_created_v2`,
 * `order-created-v2` (separator, then `v` or `V`) or `OrderCreatedV2` (capital `V` after a
 * letter or digit). A lower-case `v` glued to a word is not a version (`ipv6`), and neither is
 * `v0`: versions start at 1.
 */
const SUFFIX = /(?:[._-][vV]|(?<=[\p{L}\p{N}])V)([1-9]\d*)$/u;

export interface SplitName {
  /** The name without its version suffix. */
  base: string;
  version?: number;
}

/**
 * @example
 * splitVersionSuffix('order.created.v2') // { base: 'order.created', version: 2 }
 * splitVersionSuffix('OrderCreated') // { base: 'OrderCreated' }
 */
export function splitVersionSuffix(name: string): SplitName {
  const match = SUFFIX.exec(name);
  if (!match || match.index === 0) return { base: name };
  return { base: name.slice(0, match.index), version: Number(match[1]) };
}
