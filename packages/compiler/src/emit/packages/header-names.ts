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
  const seen = new Set<string>();
  const visit = (schema: JsonValue | undefined) => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
    const { properties, required, $ref } = schema;
    if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
      for (const name of Object.keys(properties)) names.add(name);
    }
    if (Array.isArray(required)) {
      for (const name of required) if (typeof name === 'string') names.add(name);
    }
    const named = typeof $ref === 'string' ? refName($ref) : undefined;
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
  return [...names].sort();
}
