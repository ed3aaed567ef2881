import type { HeaderValueType } from '@hookwright/runtime/events';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { WrittenField } from './message-view.js';
import { isMultiFormat } from './multi-format.js';

/**
 * Headers a message describes whose value no header text can carry. Webhooks travel over HTTP, where
 * every header value is text. A header typed `integer`, `number` or `boolean` is read from its text
 * (the generated event table's `values`; `"3"` is 3), as OpenAPI reads header parameters; one that
 * is only an object, an array or null, or a `const`/`enum` of non-strings without such a type,
 * makes the receiver refuse every request that carries it, and the sender cannot send it. A warning
 * at each such header, once per place however many events share the schema.
 */
export function headerValueWarnings(headers: WrittenField, graph: SourceGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, loc] of declaredHeaders(headers.loc, graph)) {
    const found = nonStringValue(graph.deref(loc).value);
    if (found === undefined) continue;
    const message = `header "${name}": expected a schema a header's text satisfies (a string, or a number or boolean read from its text), found ${found}; receivers refuse every request carrying this header and senders cannot send it; describe its text instead, e.g. type: string with pattern "^[0-9]+$", or give it type: integer`;
    out.push(graph.diagnostic(loc, 'warning', 'header-not-string', message));
  }
  return out;
}

/** The header names a headers schema declares (its `properties`, and those of its `allOf` members), where each is written. */
function declaredHeaders(at: RawLocation, graph: SourceGraph): Array<[string, RawLocation]> {
  return headerSchemaParts(at, graph).flatMap((loc) => {
    const properties = graph.value({ file: loc.file, pointer: childPointer(loc.pointer, 'properties') });
    if (!isPlainObject(properties)) return [];
    return Object.keys(properties).map((name): [string, RawLocation] => [
      name,
      { file: loc.file, pointer: childPointer(loc.pointer, 'properties', name) },
    ]);
  });
}

/**
 * Where a message's headers schema is written, and each of its `allOf` members: the schemas whose
 * `properties` and `patternProperties` name headers. A Multi Format Schema Object stands for its
 * `schema`.
 */
export function headerSchemaParts(at: RawLocation, graph: SourceGraph): RawLocation[] {
  let root = graph.deref(at);
  if (isMultiFormat(root.value)) {
    root = graph.deref({ file: root.loc.file, pointer: childPointer(root.loc.pointer, 'schema') });
  }
  const parts = [root.loc];
  if (isPlainObject(root.value) && Array.isArray(root.value.allOf)) {
    root.value.allOf.forEach((_, i) => {
      parts.push(
        graph.deref({ file: root.loc.file, pointer: childPointer(root.loc.pointer, 'allOf', i) }).loc,
      );
    });
  }
  return parts;
}

/** What in a header's schema refuses every header text, or undefined when some text can pass. */
function nonStringValue(schema: unknown): string | undefined {
  if (!isPlainObject(schema)) return undefined;
  // Read from the header's text before validating: see the emitted event table's `values`.
  if (headerValueType(schema) !== undefined) return undefined;
  const { type } = schema;
  if (typeof type === 'string' && type !== 'string') return `type ${JSON.stringify(type)}`;
  if (Array.isArray(type) && type.length > 0 && !type.includes('string'))
    return `type ${JSON.stringify(type)}`;
  if ('const' in schema && typeof schema.const !== 'string') return `const ${JSON.stringify(schema.const)}`;
  if (
    Array.isArray(schema.enum) &&
    schema.enum.length > 0 &&
    !schema.enum.some((v) => typeof v === 'string')
  ) {
    return `enum ${JSON.stringify(schema.enum)}`;
  }
  return undefined;
}

/**
 * How a header with this schema is read from its text: `integer`, `number` or `boolean` when its
 * `type` names one of them and not `string` (a header a string may satisfy stays text). The
 * emitted event table's `values` and the warning above both follow this rule.
 */
export function headerValueType(schema: unknown): HeaderValueType | undefined {
  if (!isPlainObject(schema)) return undefined;
  const { type } = schema;
  const types: unknown[] = typeof type === 'string' ? [type] : Array.isArray(type) ? type : [];
  if (types.includes('string')) return undefined;
  if (types.includes('number')) return 'number';
  if (types.includes('integer')) return 'integer';
  return types.includes('boolean') ? 'boolean' : undefined;
}
