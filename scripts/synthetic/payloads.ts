import { entitySample } from './entities.js';
import { CONTEXT_DEFINITIONS, contextSample } from './large-fields.js';
import { type Field, objectSample, randomFields, requiredField } from './objects.js';
import type { EventTypePlan } from './plan.js';
import type { BuildContext, Sample } from './registry.js';
import { actor } from './shared-schemas.js';
import { camelCase, pascalCase } from './vocabulary.js';

/** Component name of the payload schema of one version: `InvoicePaidPayload`, `InvoicePaidV2Payload`. */
export function payloadName(type: string, version: number): string {
  return `${pascalCase(type)}${version === 1 ? '' : `V${version}`}Payload`;
}

/** Fields every version of the type carries: the entity (or its id), maybe the actor, a few more. */
function baseFields(ctx: BuildContext, plan: EventTypePlan, taken: Set<string>): Field[] {
  const fields: Field[] = [];
  const key = camelCase(plan.entity);
  if (ctx.rng.chance(0.6)) {
    fields.push(requiredField(key, entitySample(ctx, plan.entity)));
  } else {
    const id = { schema: { type: 'string', format: 'uuid' }, example: ctx.rng.uuid() };
    fields.push(requiredField(`${key}Id`, id));
  }
  taken.add(key).add(`${key}Id`);
  if (ctx.rng.chance(0.4)) {
    fields.push(requiredField('actor', actor(ctx)));
    taken.add('actor');
  }
  if (ctx.shape === 'standard') return [...fields, ...randomFields(ctx, ctx.rng.int(2, 5), taken)];
  for (const definition of CONTEXT_DEFINITIONS) {
    if (!ctx.rng.chance(definition.share)) continue;
    fields.push(requiredField(definition.key, contextSample(ctx, definition)));
    taken.add(definition.key);
  }
  return [...fields, ...randomFields(ctx, ctx.rng.int(4, 7), taken)];
}

/**
 * `$ref` samples for the payload schema of every version of `plan`, keyed by version. Each
 * version keeps the fields of the one before and adds one or two required fields, the way
 * providers evolve payloads.
 */
export function payloadSamples(ctx: BuildContext, plan: EventTypePlan): Map<number, Sample> {
  const taken = new Set<string>();
  let fields = baseFields(ctx, plan, taken);
  const samples = new Map<number, Sample>();
  for (const [index, version] of plan.versions.entries()) {
    if (index > 0) {
      const added = randomFields(ctx, ctx.rng.int(1, 2), taken).map((field) => ({
        ...field,
        required: true,
        inExample: true,
      }));
      fields = [...fields, ...added];
    }
    const deprecated = plan.deprecated.has(version);
    const description = `Data of ${plan.type} version ${version}.${deprecated ? ' Deprecated.' : ''}`;
    const current = fields;
    const sample = ctx.registry.named(payloadName(plan.type, version), () =>
      objectSample(current, { closed: true, description, deprecated }),
    );
    samples.set(version, sample);
  }
  return samples;
}
