import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { MessageView } from './message-view.js';
import { isMultiFormat } from './multi-format.js';

/** The event type a payload property states, or why it states none (for `ambiguous-identity`). */
export type PayloadTypeConst = { type: string } | { problem: string };

/**
 * `identity.typeProperty`: the `const` (or one-value `enum`) of that property of the payload
 * schema gives the event type (`properties: {type: {const: contact.created}}`). The property is
 * looked up in the payload schema and in the members of its `allOf`, following `$ref`s.
 */
export function payloadTypeConst(view: MessageView, graph: SourceGraph, property: string): PayloadTypeConst {
  const payload = view.get('payload');
  if (!payload) return { problem: 'the message has no payload' };
  let schema = graph.deref(payload.loc);
  if (isMultiFormat(schema.value))
    schema = graph.deref({ file: schema.loc.file, pointer: childPointer(schema.loc.pointer, 'schema') });
  const found = findProperty(graph, schema.loc, property, 0);
  if (!found) return { problem: `the payload has no property "${property}"` };
  const value = graph.value(found);
  const single =
    isPlainObject(value) && 'const' in value
      ? value.const
      : isPlainObject(value) && Array.isArray(value.enum) && value.enum.length === 1
        ? value.enum[0]
        : undefined;
  if (typeof single === 'string' && single.trim() !== '') return { type: single };
  return { problem: `payload property "${property}" has no string const or one-value enum` };
}

function findProperty(
  graph: SourceGraph,
  at: RawLocation,
  property: string,
  depth: number,
): RawLocation | undefined {
  const schema = graph.deref(at);
  if (!isPlainObject(schema.value) || depth > 8) return undefined;
  const properties = schema.value.properties;
  if (isPlainObject(properties) && Object.hasOwn(properties, property)) {
    return graph.deref({
      file: schema.loc.file,
      pointer: childPointer(schema.loc.pointer, 'properties', property),
    }).loc;
  }
  const allOf = Array.isArray(schema.value.allOf) ? schema.value.allOf : [];
  for (let i = 0; i < allOf.length; i++) {
    const member = { file: schema.loc.file, pointer: childPointer(schema.loc.pointer, 'allOf', i) };
    const hit = findProperty(graph, member, property, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}
