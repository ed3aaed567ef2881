/**
 * Identifiers declared in `types.ts`, decided once, before any code is built, so that no two
 * declarations can share a name. Rules (also in docs/types-mapping.md):
 *
 * 1. The index types keep their fixed names: `EventMap`, `EventId`, `EventType`, `WebhookEvent`,
 *    `LatestEventMap` (they are the API the sender and receiver packages build on). Global names
 *    (`MessageEvent`, `Response`, `Record`, ... see global-names.ts) are never declared.
 * 2. Every named schema keeps its IR name when it is a usable identifier and not one of those.
 * 3. Then, in order: named schemas that lost step 2 (sorted by name), then for each event version
 *    in IR order `<name>Data`, `<name>Event` and, when it has a headers schema, `<name>Headers`,
 *    where a suffix the name already ends with is not doubled (`MarketData` is the payload of an
 *    event named `MarketData`). Each takes its base name, made a valid identifier, or if that is
 *    taken the first free `<base>_2`, `<base>_3`, ... A payload that is only a `$ref` to a
 *    schema already declared as `<name>Data` uses that declaration instead of an alias.
 *
 * The result only depends on the IR, so it is the same on every run and machine.
 */
import { type Contract, type JsonSchema, refName } from '../../ir/contract.js';
import { GLOBAL_TYPE_NAMES } from './global-names.js';
import { isUsableTypeName, toTypeName } from './identifiers.js';

export const INDEX_TYPE_NAMES = {
  eventMap: 'EventMap',
  eventId: 'EventId',
  eventType: 'EventType',
  webhookEvent: 'WebhookEvent',
  latestEventMap: 'LatestEventMap',
  eventHeadersMap: 'EventHeadersMap',
} as const;

export interface EventTypeNames {
  /** Payload (`data`) type, normally `<event.name>Data`. */
  data: string;
  /** Envelope type, normally `<event.name>Event`. */
  envelope: string;
  /** Headers type, normally `<event.name>Headers`; only for events with a headers schema. */
  headers?: string;
}

export interface TypeNames {
  /** Named schema (key of `contract.schemas`) -> declared identifier. */
  schemas: Record<string, string>;
  /** Event id (`order.created@2`) -> declared identifiers. */
  events: Record<string, EventTypeNames>;
}

/**
 * The identifier `types.ts` declares for every named schema and event version; other emitters
 * use it to refer to those types.
 *
 * @example
 * const names = resolveTypeNames(contract);
 * names.events['order.created@2']; // { data: 'OrderCreatedV2Data', envelope: 'OrderCreatedV2Event' }
 */
export function resolveTypeNames(contract: Contract): TypeNames {
  const taken = new Set<string>([...Object.values(INDEX_TYPE_NAMES), ...GLOBAL_TYPE_NAMES]);
  const schemaNames = Object.keys(contract.schemas).sort();
  // Maps, not objects: schema names like `constructor` or `__proto__` must not meet Object.prototype.
  const schemas = new Map<string, string>();
  for (const name of schemaNames) {
    if (isUsableTypeName(name) && !taken.has(name)) {
      schemas.set(name, name);
      taken.add(name);
    }
  }
  const claim = (base: string): string => {
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  for (const name of schemaNames) if (!schemas.has(name)) schemas.set(name, claim(toTypeName(name)));
  const events = new Map<string, EventTypeNames>();
  for (const event of contract.events) {
    const base = toTypeName(event.name);
    const dataName = withSuffix(base, 'Data');
    // A payload that is only a ref to a schema already called `<name>Data` is that type: no alias.
    const referenced = bareRef(event.payload);
    const data =
      referenced !== undefined && schemas.get(referenced) === dataName ? dataName : claim(dataName);
    events.set(event.id, {
      data,
      envelope: claim(withSuffix(base, 'Event')),
      ...(event.headers === undefined ? {} : { headers: claim(withSuffix(base, 'Headers')) }),
    });
  }
  return {
    schemas: Object.fromEntries(schemaNames.map((name) => [name, schemas.get(name)!])),
    events: Object.fromEntries(events),
  };
}

/** `base` + `suffix`, unless `base` already ends with it (`MarketData` + `Data` -> `MarketData`). */
function withSuffix(base: string, suffix: string): string {
  return base.endsWith(suffix) ? base : `${base}${suffix}`;
}

/** The named schema a schema only refers to (`{"$ref": "#/schemas/X"}` and nothing else). */
export function bareRef(schema: JsonSchema): string | undefined {
  if (typeof schema !== 'object' || Object.keys(schema).length !== 1) return undefined;
  return typeof schema.$ref === 'string' ? refName(schema.$ref) : undefined;
}
