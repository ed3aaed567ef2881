import type { HeaderValueType } from '@hookwright/runtime/events';
import { headerValueType } from '../../ir/build/header-values.js';
import { type Contract, type JsonSchema, type JsonValue, refName } from '../../ir/contract.js';
import { INDEX_TYPE_NAMES } from '../types/naming.js';

/**
 * `EventHeadersMap` when a message of the contract describes headers (the packages then bind it, so
 * `event.headers` and `send(..., { headers })` are typed), else undefined: contracts without message
 * headers keep their output byte for byte.
 */
export function headersMapName(contract: Contract): string | undefined {
  return contract.events.some((e) => e.headers !== undefined) ? INDEX_TYPE_NAMES.eventHeadersMap : undefined;
}

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * The header names a message's headers schema spells out (`properties` and `required`, through named
 * refs and `allOf`/`anyOf`/`oneOf`), sorted. The receiver maps the lower-cased names of a request's
 * headers onto these spellings before validating, so `X-Request-Id` in the schema matches
 * `x-request-id` on the wire.
 */
export function headerNames(contract: Contract, headers: JsonSchema): string[] {
  const names = new Set<string>();
  visitHeaderSchemas(contract, headers, ({ properties, required }) => {
    if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
      for (const name of Object.keys(properties)) names.add(name);
    }
    if (Array.isArray(required)) {
      for (const name of required) if (typeof name === 'string') names.add(name);
    }
  });
  return [...names].sort();
}

/**
 * Whether a message's headers schema refuses names it does not declare (`additionalProperties: false`
 * or `unevaluatedProperties: false`, at its root or in a branch or named ref it combines). A request
 * always carries transport headers (`host`, `content-length`, the signature's) that no such schema
 * names, so the receiver then checks the declared headers alone instead of refusing every request.
 */
export function closedHeaderSchema(contract: Contract, headers: JsonSchema): boolean {
  let closed = false;
  visitHeaderSchemas(contract, headers, (schema) => {
    if (schema.additionalProperties === false || schema.unevaluatedProperties === false) closed = true;
  });
  return closed;
}

/**
 * The declared headers whose schema types them as a number or a boolean, not as a string, by the
 * schema's spelling (sorted): over HTTP their value arrives as text, which the runtime reads as that
 * type before validating and a sender writes from it. A header a string may also satisfy
 * (`type: [string, integer]`) stays text.
 */
export function headerValueTypes(contract: Contract, headers: JsonSchema): Record<string, HeaderValueType> {
  const found = new Map<string, HeaderValueType>();
  visitHeaderSchemas(contract, headers, ({ properties }) => {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return;
    for (const [name, schema] of Object.entries(properties)) {
      const type = headerValueType(namedTarget(contract, schema));
      if (type !== undefined && !found.has(name)) found.set(name, type);
    }
  });
  return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A property schema, or the named schema it is a bare `$ref` to (followed through chains). */
function namedTarget(contract: Contract, schema: JsonValue): JsonValue {
  const seen = new Set<string>();
  let current = schema;
  for (;;) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return current;
    const named = typeof current.$ref === 'string' ? refName(current.$ref) : undefined;
    if (named === undefined || seen.has(named)) return current;
    seen.add(named);
    current = (contract.schemas[named]?.schema ?? null) as JsonValue;
  }
}

/** Calls `each` on the schema and on every schema it combines: named refs and allOf/anyOf/oneOf. */
function visitHeaderSchemas(
  contract: Contract,
  headers: JsonSchema,
  each: (schema: { readonly [key: string]: JsonValue }) => void,
): void {
  const seen = new Set<string>();
  const visit = (schema: JsonValue | undefined) => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
    each(schema);
    const named = typeof schema.$ref === 'string' ? refName(schema.$ref) : undefined;
    if (named !== undefined && !seen.has(named)) {
      seen.add(named);
      visit(contract.schemas[named]?.schema as JsonValue | undefined);
    }
    for (const keyword of BRANCHES) {
      const list = schema[keyword];
      if (Array.isArray(list)) for (const branch of list) visit(branch);
    }
  };
  visit(headers as JsonValue);
}
