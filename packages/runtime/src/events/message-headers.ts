/**
 * The headers an event's message describes (its AsyncAPI `headers` schema), for the receiver (check a
 * request's headers) and the sender (check the headers a caller sends with a message). HTTP hands
 * header names over in any case (Node lower-cases them) while the schema spells them as the contract
 * does (`X-Request-Id`): declared names are matched case-insensitively and keep the schema's spelling;
 * every other header stays, lower-cased, so a schema that looks at more than its own names sees them.
 */
import { readHeader, type WebhookHeaders } from '../signing/core/headers.js';
import { InvalidHeadersError } from './errors.js';
import type { EventHeaderSchema, HeaderValueType } from './event-table.js';

/** A contract without message headers: the default of every `H` (the generated `EventHeadersMap`). */
export type NoHeaders = Record<never, never>;

/** Lower-case name -> the schema's spelling, per schema (built on first use). */
const spellings = new WeakMap<EventHeaderSchema, ReadonlyMap<string, string>>();

function spellingOf(schema: EventHeaderSchema): ReadonlyMap<string, string> {
  let map = spellings.get(schema);
  if (map === undefined) {
    map = new Map(schema.names.map((name) => [name.toLowerCase(), name]));
    spellings.set(schema, map);
  }
  return map;
}

/** Sets an own property even for names such as `__proto__`, which plain assignment would not store. */
function put(target: Record<string, string>, name: string, value: string): void {
  if (Object.hasOwn(target, name)) return; // the first of two spellings of one header wins, as in readHeader
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A header value as HTTP carries it: text, and a number or boolean (typed so by a schema) as its JSON text. */
export function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  return undefined;
}

/** A header's text: repeated values joined. */
function joined(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 ? value.join(', ') : headerText(value);
}

/**
 * Headers as one object: declared names spelled as the schema spells them, the others lower-cased. A
 * `get`-only headers object (no `forEach`), or `declaredOnly`, yields the declared names alone.
 */
export function namedHeaders(
  schema: EventHeaderSchema,
  headers: WebhookHeaders,
  declaredOnly = false,
): Record<string, string> {
  const spelling = spellingOf(schema);
  const named: Record<string, string> = {};
  const add = (name: string, value: string | undefined) => {
    const lower = name.toLowerCase();
    if (value !== undefined) put(named, spelling.get(lower) ?? lower, value);
  };
  const iterable = headers as { forEach?: (each: (value: string, name: string) => void) => void };
  if (declaredOnly) {
    for (const [lower] of spelling) add(lower, readHeader(headers, lower));
  } else if (typeof iterable.forEach === 'function') {
    iterable.forEach((value, name) => {
      add(name, value);
    });
  } else if (typeof (headers as { get?: unknown }).get === 'function') {
    for (const [lower] of spelling) add(lower, readHeader(headers, lower));
  } else {
    const record = headers as Readonly<Record<string, unknown>>;
    for (const name of Object.keys(record)) add(name, joined(record[name]));
  }
  return named;
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * A header's text as the JSON value its schema types it as: `"3"` -> 3, `"true"` -> true. Text that
 * is not such a value (`"3.5"` for an integer, `"yes"` for a boolean, an integer past 2^53) stays
 * text, so the validator refuses it with the schema's own words (`must be integer`).
 */
export function readHeaderValue(text: string, type: HeaderValueType): string | number | boolean {
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (!(type === 'integer' ? INTEGER : NUMBER).test(text)) return text;
  const value = Number(text);
  return type === 'integer' && !Number.isSafeInteger(value) ? text : value;
}

/** The named headers with the declared number and boolean ones read from their text (a copy when any is). */
function withValues(schema: EventHeaderSchema, named: Record<string, string>): Record<string, unknown> {
  const { values } = schema;
  if (values === undefined) return named;
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(values)) {
    const text = Object.hasOwn(named, name) ? named[name] : undefined;
    if (typeof text !== 'string') continue;
    const value = readHeaderValue(text, values[name] as HeaderValueType);
    if (value === text) continue;
    out ??= { ...named };
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out ?? named;
}

/**
 * Validates headers against an event's header schema: the named headers (declared numbers and
 * booleans read from their text), or `InvalidHeadersError` with issues pointing into them
 * (`/X-Request-Id`). `received` marks a request's headers: a closed schema then sees its declared
 * names alone, since transport headers are never part of a message. Headers a sender is given are
 * all the message's own, and a closed schema refuses the undeclared ones.
 */
export function checkHeaders(
  eventId: string,
  schema: EventHeaderSchema,
  headers: WebhookHeaders,
  received = false,
): Record<string, unknown> {
  const named = withValues(schema, namedHeaders(schema, headers, received && schema.closed === true));
  const check = schema.validate(named);
  if (!check.valid) throw new InvalidHeadersError(eventId, check.issues);
  return named;
}
