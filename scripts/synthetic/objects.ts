import { FIELD_KINDS } from './fields.js';
import { described, LARGE_FIELD_KINDS } from './large-fields.js';
import type { BuildContext, JsonObject, Sample } from './registry.js';
import type { Json } from './yaml.js';

/** A property of an object schema being assembled. */
export interface Field {
  name: string;
  sample: Sample;
  required: boolean;
  /** Optional fields appear in the example only sometimes, as in real traffic. */
  inExample: boolean;
}

export function requiredField(name: string, sample: Sample): Field {
  return { name, sample, required: true, inExample: true };
}

/**
 * `count` fields of random kinds whose names are not in `taken` (which is updated). The large
 * shape draws from more kinds and describes every field.
 */
export function randomFields(ctx: BuildContext, count: number, taken: Set<string>): Field[] {
  const large = ctx.shape === 'large';
  const kinds = large ? LARGE_FIELD_KINDS : FIELD_KINDS;
  const fields: Field[] = [];
  // Bounded so that a kind list with every name taken cannot spin forever.
  for (let attempt = 0; fields.length < count && attempt < count * 20; attempt++) {
    const kind = ctx.rng.pick(kinds);
    const name = kind.names.find((candidate) => !taken.has(candidate));
    if (name === undefined) continue;
    taken.add(name);
    const required = ctx.rng.chance(0.8);
    const built = kind.build(ctx);
    const sample = large ? described(ctx, name, built) : built;
    fields.push({ name, sample, required, inExample: required || ctx.rng.chance(0.5) });
  }
  return fields;
}

export interface ObjectOptions {
  closed: boolean;
  description?: string;
  deprecated?: boolean;
}

/** An object schema over `fields` and an example holding every field marked `inExample`. */
export function objectSample(fields: readonly Field[], options: ObjectOptions): Sample {
  const schema: JsonObject = { type: 'object' };
  if (options.description !== undefined) schema.description = options.description;
  if (options.deprecated) schema.deprecated = true;
  if (options.closed) schema.additionalProperties = false;
  schema.required = fields.filter((field) => field.required).map((field) => field.name);
  const properties: JsonObject = {};
  const example: { [key: string]: Json } = {};
  for (const field of fields) {
    properties[field.name] = field.sample.schema;
    if (field.inExample) example[field.name] = field.sample.example;
  }
  schema.properties = properties;
  return { schema, example };
}
