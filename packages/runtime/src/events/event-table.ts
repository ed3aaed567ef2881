import { UnknownEventError } from './errors.js';
import type { Wire } from './wire/define-wire.js';

/** One problem found by a payload validator: where (JSON pointer into the data), which rule, why. */
export interface PayloadIssue {
  pointer: string;
  keyword: string;
  message: string;
}

/** What a compiled validator answers. */
export type PayloadCheck = { valid: true } | { valid: false; issues: readonly PayloadIssue[] };

/** The HTTP headers an event's message describes (its AsyncAPI `headers` schema). */
export interface EventHeaderSchema {
  /** Header names as the schema spells them (`X-Request-Id`); requests are matched case-insensitively. */
  names: readonly string[];
  /**
   * The schema refuses names it does not declare (`additionalProperties: false`): a received request's
   * other headers (`host`, `content-length`, the signature's) are left out of what is checked.
   */
  closed?: boolean;
  /**
   * Declared headers whose schema reads their text as a number or a boolean (`type: integer`), by the
   * schema's spelling: over HTTP every header value is text, so `"3"` is read as `3` before validating
   * (as OpenAPI reads header parameters), and a sender writes `3` as `"3"`.
   */
  values?: Readonly<Record<string, HeaderValueType>>;
  /** The compiled header validator; issues point into the headers object (`/X-Request-Id`). */
  validate: (headers: unknown) => PayloadCheck;
}

/** How a header's text is read: the JSON type its schema gives it. */
export type HeaderValueType = 'integer' | 'number' | 'boolean';

/** One event version as generated packages describe it. */
export interface EventDefinition {
  type: string;
  version: number;
  deprecated: boolean;
  validate: (data: unknown) => PayloadCheck;
  /** Present when the event's message describes headers: receivers check them after the payload. */
  headers?: EventHeaderSchema;
}

/** Looks events up by `type` (latest non-deprecated version) or by `type@version`. */
export interface EventTable {
  readonly definitions: ReadonlyMap<string, EventDefinition>;
  /** `order.created` -> the version `send('order.created', ...)` uses. */
  readonly latest: ReadonlyMap<string, number>;
  /** `order.created@2`, or `order.created` for its latest version; throws UnknownEventError. */
  resolve(typeOrId: string): EventDefinition & { id: string };
  /** The definition of exactly this type and version, or undefined. */
  find(type: string, version: number): (EventDefinition & { id: string }) | undefined;
  /** How requests look on the wire when the contract sets `wire` (docs/wire-formats.md); else the envelope. */
  readonly wire?: Wire;
}

/** Contract-wide settings of an event table. */
export interface EventTableOptions {
  /** The contract's `wire` setting (`defineWire(...)`); absent for the Standard Webhooks envelope. */
  wire?: Wire;
}

/**
 * Builds the lookup table generated packages hand to the runtime.
 *
 * @example
 * const table = createEventTable([{ type: 'order.created', version: 2, deprecated: false, validate }]);
 * table.resolve('order.created').id; // 'order.created@2'
 */
export function createEventTable(
  list: readonly EventDefinition[],
  options: EventTableOptions = {},
): EventTable {
  const definitions = new Map<string, EventDefinition>();
  for (const def of list) definitions.set(`${def.type}@${def.version}`, def);
  const latest = new Map<string, number>();
  for (const def of list) {
    const current = latest.get(def.type);
    const currentDef = current === undefined ? undefined : definitions.get(`${def.type}@${current}`);
    // Highest non-deprecated version wins; deprecated versions count only when nothing else exists.
    const better =
      currentDef === undefined ||
      (currentDef.deprecated && !def.deprecated) ||
      (currentDef.deprecated === def.deprecated && def.version > currentDef.version);
    if (better) latest.set(def.type, def.version);
  }
  // Built once: `find` runs for every received request. Type first, then version: a fresh object
  // per call, and then a `type@version` key built and hashed per call, both showed in profiles.
  const byType = new Map<string, Map<number, EventDefinition & { id: string }>>();
  for (const [id, def] of definitions) {
    const versions = byType.get(def.type) ?? new Map();
    versions.set(def.version, { ...def, id });
    byType.set(def.type, versions);
  }
  const find = (type: string, version: number) => byType.get(type)?.get(version);
  return {
    definitions,
    latest,
    find,
    ...(options.wire === undefined ? {} : { wire: options.wire }),
    resolve(typeOrId) {
      const at = typeOrId.lastIndexOf('@');
      const type = at > 0 ? typeOrId.slice(0, at) : typeOrId;
      const version = at > 0 ? Number(typeOrId.slice(at + 1)) : latest.get(type);
      const def = version === undefined ? undefined : find(type, version);
      if (!def) throw new UnknownEventError(type, at > 0 ? version : undefined, [...definitions.keys()]);
      return def;
    },
  };
}
