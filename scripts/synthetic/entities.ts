import { type Field, objectSample, randomFields, requiredField } from './objects.js';
import type { BuildContext, Sample } from './registry.js';
import { timestamps } from './shared-schemas.js';
import { pascalCase, STATUS_WORDS } from './vocabulary.js';

/**
 * The named schema of a domain entity (`Invoice`, `GiftCard`, ...): an id, a named status
 * enum and a few random fields. A quarter of the entities are written as
 * `allOf: [Timestamps, {...}]`, the rest as closed objects.
 */
export function entitySample(ctx: BuildContext, entity: string): Sample {
  const name = pascalCase(entity);
  const { rng, registry } = ctx;
  return registry.named(name, () => {
    const status = registry.named(`${name}Status`, () => {
      const values = rng.sample(STATUS_WORDS, rng.int(3, 6)).sort();
      return { schema: { type: 'string', enum: values }, example: rng.pick(values) };
    });
    const taken = new Set(['id', 'status', 'createdAt', 'updatedAt']);
    const fields: Field[] = [
      requiredField('id', { schema: { type: 'string', format: 'uuid' }, example: rng.uuid() }),
      requiredField('status', status),
      ...randomFields(ctx, ctx.shape === 'large' ? rng.int(6, 9) : rng.int(3, 5), taken),
    ];
    const words = entity.replaceAll('_', ' ');
    const description = `${/^[aeiou]/.test(words) ? 'An' : 'A'} ${words}.`;
    if (rng.chance(0.25)) {
      const stamps = timestamps(ctx);
      const body = objectSample(fields, { closed: false });
      const example = { ...(stamps.example as object), ...(body.example as object) };
      return { schema: { description, allOf: [stamps.schema, body.schema] }, example };
    }
    fields.push(
      requiredField('createdAt', {
        schema: { type: 'string', format: 'date-time' },
        example: '2025-02-03T04:05:06Z',
      }),
    );
    return objectSample(fields, { closed: true, description });
  });
}
