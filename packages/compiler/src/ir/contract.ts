/**
 * The contract IR: everything emitters and `diff` may read. Plain JSON, no parser objects,
 * deterministic (arrays sorted where order carries no meaning, object keys in a stable order).
 *
 * Schemas inside the IR are JSON Schema objects in the contract's dialect. References to named
 * schemas are always written `{ "$ref": "#/schemas/<Name>" }` (see `schemaRef`), whatever file or
 * pointer the author used; every other `$ref` has been resolved away. `x-*`, `externalDocs` and
 * AsyncAPI's string `discriminator` are already stripped.
 */
import type { ContractWire } from './wire.js';

export const IR_VERSION = 1;

/** JSON Schema as it appears in the IR (draft-07 or 2020-12 keywords). */
export type JsonSchema = { [keyword: string]: JsonValue } | boolean;
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where something was written: file relative to the entry document's folder, 1-based line/col. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
  /** JSON pointer inside `file`. */
  pointer: string;
}

export type SchemaDialect = 'draft-07' | '2020-12';

export interface NamedSchema {
  /** Unique, PascalCase, a valid TypeScript identifier; key of `Contract.schemas`. */
  name: string;
  /** Where the name came from, for diagnostics and docs. */
  nameSource: 'component' | 'title' | 'message' | 'derived';
  schema: JsonSchema;
  source: SourceLocation;
}

export interface MessageExample {
  name?: string;
  summary?: string;
  payload?: JsonValue;
  headers?: JsonValue;
  source: SourceLocation;
}

export interface EventVersion {
  /** `"<type>@<version>"`, e.g. `order.created@2`: the key of EventMap. */
  id: string;
  /** Wire event type, e.g. `order.created`. */
  type: string;
  /** Positive integer, 1 when nothing says otherwise. */
  version: number;
  /**
   * How the type was derived (docs/event-identity.md): a type key (`x-event-type` or one given
   * with `identity.typeKeys`), the `identity.typeProperty` const of the payload, the channel, the
   * message name (or key), or a 2.x `operationId`.
   */
  identitySource: 'x-extension' | 'payload-property' | 'channel' | 'message-name' | 'operation-id';
  /** PascalCase base name for generated symbols, e.g. `OrderCreatedV2`. */
  name: string;
  /** AsyncAPI message key / name as written, for docs and diagnostics. */
  messageName: string;
  channel: string;
  operation: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** Schema of the envelope's `data` (or of the whole body when `Contract.bodyMode` is `payload`). */
  payload: JsonSchema;
  headers?: JsonSchema;
  dialect: SchemaDialect;
  examples: MessageExample[];
  source: SourceLocation;
}

export interface Contract {
  irVersion: typeof IR_VERSION;
  /** npm-safe slug, from config or `info.title`, e.g. `acme-shop`. */
  name: string;
  title: string;
  /** `info.version` of the document. */
  version: string;
  description?: string;
  asyncapiVersion: string;
  /** `envelope` (default, Standard Webhooks envelope) or `payload` (payload schema is the whole body). */
  bodyMode: 'envelope' | 'payload';
  /** Where the event type, version and delivery id are read, and the signature scheme; only when set. */
  wire?: ContractWire;
  /** Sorted by type, then version. */
  events: EventVersion[];
  /** Named schemas keyed by name, keys sorted. */
  schemas: Record<string, NamedSchema>;
}

export const SCHEMA_REF_PREFIX = '#/schemas/';

export function schemaRef(name: string): { $ref: string } {
  return { $ref: `${SCHEMA_REF_PREFIX}${name}` };
}

/** The named schema a `$ref` points at, or undefined when it is not a named-schema ref. */
export function refName(ref: string): string | undefined {
  return ref.startsWith(SCHEMA_REF_PREFIX) ? ref.slice(SCHEMA_REF_PREFIX.length) : undefined;
}

export function eventId(type: string, version: number): string {
  return `${type}@${version}`;
}
