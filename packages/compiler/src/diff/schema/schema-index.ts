import type { Contract, JsonSchema } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import type { Placed } from './loc.js';

/** The named schemas of one contract, as placed schemas (where each was written). */
export class SchemaIndex {
  constructor(readonly contract: Contract) {}

  /** The named schema a `#/schemas/<Name>` reference points at, or undefined for any other `$ref`. */
  target(ref: unknown): { name: string; placed: Placed } | undefined {
    const name = typeof ref === 'string' ? refName(ref) : undefined;
    const named = name === undefined ? undefined : this.contract.schemas[name];
    if (!named || name === undefined) return undefined;
    return {
      name,
      placed: { schema: named.schema, loc: { anchor: named.source, pointer: named.source.pointer } },
    };
  }
}

/** A schema that is only a `$ref` (annotations aside), and the name it points at. */
export function pureRef(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return undefined;
  const ref = (schema as Record<string, JsonSchema>).$ref;
  if (typeof ref !== 'string') return undefined;
  const others = Object.keys(schema).filter((k) => k !== '$ref' && !NON_ASSERTING.has(k));
  return others.length === 0 ? ref : undefined;
}

const NON_ASSERTING = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  '$comment',
  'deprecated',
]);
