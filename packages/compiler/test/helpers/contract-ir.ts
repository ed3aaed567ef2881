/**
 * Hand-built contract IR for emitter tests: the smallest calls that give a valid `Contract`,
 * with every field an emitter must not depend on filled with plain defaults.
 */
import type {
  Contract,
  EventVersion,
  JsonSchema,
  NamedSchema,
  SourceLocation,
} from '../../src/ir/contract.js';
import { eventId, IR_VERSION } from '../../src/ir/contract.js';

export const testSource = (pointer = ''): SourceLocation => ({
  file: 'asyncapi.yaml',
  line: 1,
  col: 1,
  pointer,
});

export function namedSchema(
  name: string,
  schema: JsonSchema,
  overrides: Partial<NamedSchema> = {},
): NamedSchema {
  return {
    name,
    nameSource: 'component',
    schema,
    source: testSource(`/components/schemas/${name}`),
    ...overrides,
  };
}

/** `order.created` version 2 -> `OrderCreatedV2`. */
export function eventBaseName(type: string, version: number): string {
  const words = type.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}V${version}`;
}

export function eventVersion(
  type: string,
  version: number,
  payload: JsonSchema,
  overrides: Partial<EventVersion> = {},
): EventVersion {
  const name = eventBaseName(type, version);
  return {
    id: eventId(type, version),
    type,
    version,
    identitySource: 'channel',
    name,
    messageName: name,
    channel: type,
    operation: `send${name}`,
    deprecated: false,
    tags: [],
    payload,
    dialect: '2020-12',
    examples: [],
    source: testSource(`/components/messages/${name}`),
    ...overrides,
  };
}

export interface ContractInput extends Partial<Omit<Contract, 'schemas'>> {
  /** Named schemas by name (wrapped with `namedSchema`) or already built. */
  schemas?: Record<string, JsonSchema | NamedSchema>;
}

/** A contract with the given schemas and events; named schemas keyed and sorted by name. */
export function contractOf({ schemas = {}, events = [], ...rest }: ContractInput = {}): Contract {
  // fromEntries defines own properties, so even a schema named `__proto__` stays a plain entry
  const named: Record<string, NamedSchema> = Object.fromEntries(
    Object.keys(schemas)
      .sort()
      .map((key) => {
        const value = schemas[key]!;
        return [key, isNamedSchema(value) ? value : namedSchema(key, value)];
      }),
  );
  return {
    irVersion: IR_VERSION,
    name: 'test-contract',
    title: 'Test contract',
    version: '1.0.0',
    asyncapiVersion: '3.0.0',
    bodyMode: 'envelope',
    events,
    schemas: named,
    ...rest,
  };
}

function isNamedSchema(value: JsonSchema | NamedSchema): value is NamedSchema {
  return typeof value === 'object' && 'nameSource' in value && 'source' in value && 'schema' in value;
}
