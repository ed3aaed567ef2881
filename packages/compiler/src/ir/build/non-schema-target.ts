import { isPlainObject, pointerToSegments } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';

/** What the objects of each `components` section are called in the AsyncAPI specification. */
const COMPONENT_OBJECTS: Record<string, string> = {
  messages: 'a Message Object',
  messageTraits: 'a Message Trait Object',
  channels: 'a Channel Object',
  operations: 'an Operation Object',
  operationTraits: 'an Operation Trait Object',
  parameters: 'a Parameter Object',
  servers: 'a Server Object',
  serverVariables: 'a Server Variable Object',
  correlationIds: 'a Correlation ID Object',
  securitySchemes: 'a Security Scheme Object',
  replies: 'an Operation Reply Object',
  replyAddresses: 'an Operation Reply Address Object',
  tags: 'a Tag Object',
  externalDocs: 'an External Documentation Object',
};

/**
 * The AsyncAPI object a `$ref` in a schema lands on when it is not a schema, or undefined. Real
 * documents write `$ref: '#/components/messages/Order'` where they mean that message's payload;
 * the message object would otherwise be taken for a schema whose keywords are all unknown, which
 * accepts any value. Only places whose meaning is certain count: a key of a `components` section
 * other than `schemas`, and 3.x channels, their messages and operations (2.x: channels, their
 * operations and an operation's message), in a document that declares `asyncapi`.
 */
export function nonSchemaTarget(graph: SourceGraph, target: RawLocation): string | undefined {
  const root = graph.value({ file: target.file, pointer: '' });
  if (!isPlainObject(root) || !('asyncapi' in root)) return undefined;
  const [first, second, third, fourth, ...rest] = pointerToSegments(target.pointer);
  if (first === 'components' && second !== undefined && third !== undefined && fourth === undefined) {
    return COMPONENT_OBJECTS[second];
  }
  if (first === 'operations' && second !== undefined && third === undefined) return 'an Operation Object';
  if (first !== 'channels' || second === undefined || rest.length > 0) return undefined;
  if (third === undefined) return 'a Channel Object';
  if (third === 'messages' && fourth !== undefined) return 'a Message Object';
  if (third === 'subscribe' || third === 'publish') {
    if (fourth === undefined) return 'an Operation Object';
    if (fourth === 'message') return 'a Message Object';
  }
  return undefined;
}
