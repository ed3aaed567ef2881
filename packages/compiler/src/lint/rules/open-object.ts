import { isObject } from '../../diff/schema/json.js';
import type { JsonSchema, SourceLocation } from '../../ir/contract.js';
import { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from '../../ir/subschema-keywords.js';
import { childPointer } from '../../load/json-pointer.js';
import type { LintRule, RuleFinding } from '../lint-rule.js';

interface ObjectSchema {
  at: SourceLocation;
  pointer: string;
  closed: boolean;
}

/**
 * A contract whose objects are closed (`additionalProperties: false`) tells receivers to reject
 * unknown fields; the one open object among them is usually an oversight, and opening or closing
 * it later is a breaking change. Warns for each open object with listed properties when most of
 * the contract's objects with listed properties are closed.
 */
export const openObject: LintRule = {
  id: 'open-object',
  defaultSeverity: 'warning',
  description: 'No open object where most of the contract is closed (additionalProperties: false).',
  check({ contract }) {
    const objects: ObjectSchema[] = [];
    for (const named of Object.values(contract.schemas))
      collect(named.schema, named.source, named.source.pointer, objects);
    for (const event of contract.events) {
      collect(event.payload, event.source, childPointer(event.source.pointer, 'payload'), objects);
      if (event.headers !== undefined)
        collect(event.headers, event.source, childPointer(event.source.pointer, 'headers'), objects);
    }
    const closed = objects.filter((o) => o.closed).length;
    if (closed * 2 <= objects.length) return [];
    return objects
      .filter((o) => !o.closed)
      .map(
        (o): RuleFinding => ({
          message: `open object (no additionalProperties: false) where ${closed} of ${objects.length} objects are closed`,
          at: o.at,
          pointer: o.pointer,
        }),
      );
  },
};

/** Object schemas with `properties`, walking subschemas but not into `$ref`s (each named schema is visited once). */
function collect(schema: JsonSchema, at: SourceLocation, pointer: string, out: ObjectSchema[]): void {
  if (!isObject(schema)) return;
  if (isObject(schema.properties)) {
    const closed = schema.additionalProperties === false || schema.unevaluatedProperties === false;
    out.push({ at, pointer, closed });
  }
  for (const [keyword, value] of Object.entries(schema)) {
    if (SUBSCHEMA.has(keyword) || (keyword === 'items' && !Array.isArray(value))) {
      collect(value as JsonSchema, at, childPointer(pointer, keyword), out);
    } else if ((SUBSCHEMA_LIST.has(keyword) || keyword === 'items') && Array.isArray(value)) {
      for (const [i, v] of value.entries())
        collect(v as JsonSchema, at, childPointer(pointer, keyword, i), out);
    } else if (SUBSCHEMA_MAP.has(keyword) && isObject(value)) {
      for (const [k, v] of Object.entries(value))
        collect(v as JsonSchema, at, childPointer(pointer, keyword, k), out);
    }
  }
}
