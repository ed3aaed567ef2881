import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { WrittenField } from './message-view.js';
import { isMultiFormat } from './multi-format.js';

/**
 * Headers a message describes whose schema no string satisfies. Webhooks travel over HTTP, where
 * every header value is a string, and validators never coerce: a header written `type: integer`
 * (common in published documents, whose examples target Kafka or MQTT) makes the receiver refuse
 * every request that carries it, and the sender cannot send it. A warning at each such header,
 * once per place however many events share the schema; the header's text is what can be described.
 */
export function headerValueWarnings(headers: WrittenField, graph: SourceGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, loc] of declaredHeaders(headers.loc, graph)) {
    const found = nonStringValue(graph.deref(loc).value);
    if (found === undefined) continue;
    const message = `header "${name}": expected a schema a string satisfies (HTTP header values are strings and are not converted), found ${found}; receivers refuse every request carrying this header and senders cannot send it; describe its text instead, e.g. type: string with pattern "^[0-9]+$"`;
    out.push(graph.diagnostic(loc, 'warning', 'header-not-string', message));
  }
  return out;
}

/** The header names a headers schema declares (its `properties`, and those of its `allOf` members), where each is written. */
function declaredHeaders(at: RawLocation, graph: SourceGraph): Array<[string, RawLocation]> {
  let root = graph.deref(at);
  if (isMultiFormat(root.value)) {
    root = graph.deref({ file: root.loc.file, pointer: childPointer(root.loc.pointer, 'schema') });
  }
  const members = [root.loc];
  if (isPlainObject(root.value) && Array.isArray(root.value.allOf)) {
    root.value.allOf.forEach((_, i) => {
      members.push(
        graph.deref({ file: root.loc.file, pointer: childPointer(root.loc.pointer, 'allOf', i) }).loc,
      );
    });
  }
  return members.flatMap((loc) => {
    const properties = graph.value({ file: loc.file, pointer: childPointer(loc.pointer, 'properties') });
    if (!isPlainObject(properties)) return [];
    return Object.keys(properties).map((name): [string, RawLocation] => [
      name,
      { file: loc.file, pointer: childPointer(loc.pointer, 'properties', name) },
    ]);
  });
}

/** What in a header's schema refuses every string, or undefined when a string can pass. */
function nonStringValue(schema: unknown): string | undefined {
  if (!isPlainObject(schema)) return undefined;
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
