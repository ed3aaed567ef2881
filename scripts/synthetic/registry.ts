import type { Random } from './random.js';
import type { Json } from './yaml.js';

export type JsonObject = { [key: string]: Json };

/**
 * A schema together with one value that is valid against it. Every builder returns both, so
 * message examples are valid by construction rather than by luck.
 */
export interface Sample {
  schema: JsonObject;
  example: Json;
}

/**
 * `standard` is the 200-event contract's shape (its bytes are pinned by golden tests);
 * `large` is shaped like the big published contracts: bigger, deeper, described payloads and
 * more shared definitions (see large-fields.ts).
 */
export type ContractShape = 'standard' | 'large';

/** What every builder needs: the seeded random source, the named-schema registry and the shape. */
export interface BuildContext {
  rng: Random;
  registry: SchemaRegistry;
  shape: ContractShape;
  /** How many inline objects enclose the one being built; bounds the large shape's nesting. */
  depth: number;
}

export const SCHEMA_POINTER = '#/components/schemas/';

/**
 * The named schemas of the contract (`components/schemas`). A named schema is built the first
 * time something refers to it, so a small contract only carries the schemas it uses.
 */
export class SchemaRegistry {
  readonly #schemas = new Map<string, JsonObject>();
  readonly #examples = new Map<string, Json>();
  readonly #building = new Set<string>();

  /**
   * A `$ref` to the named schema `name`, built with `build` on first use.
   * @example
   * registry.named('Money', () => ({ schema: { type: 'object' }, example: {} }));
   * // { schema: { $ref: '#/components/schemas/Money' }, example: {} }
   */
  named(name: string, build: () => Sample): Sample {
    if (!this.#schemas.has(name)) {
      // A builder that asks for its own name would recurse forever; recursive schemas write
      // their self-reference with refTo() instead.
      if (this.#building.has(name)) throw new Error(`schema ${name} refers to itself while being built`);
      this.#building.add(name);
      const built = build();
      this.#building.delete(name);
      this.#schemas.set(name, built.schema);
      this.#examples.set(name, built.example);
    }
    return { schema: refTo(name), example: structuredClone(this.#examples.get(name)!) };
  }

  /** All named schemas, keys sorted so the output does not depend on build order. */
  sorted(): Record<string, JsonObject> {
    const out: Record<string, JsonObject> = {};
    for (const name of [...this.#schemas.keys()].sort()) out[name] = this.#schemas.get(name)!;
    return out;
  }
}

export function refTo(name: string): JsonObject {
  return { $ref: `${SCHEMA_POINTER}${name}` };
}
