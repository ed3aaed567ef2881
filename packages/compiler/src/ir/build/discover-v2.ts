import { childPointer, isPlainObject, lastSegment, parentPointer } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import { messageView } from './message-view.js';
import type { ChannelMessage, DiscoveredOperations } from './sent-message.js';

/**
 * AsyncAPI 2.x: operations live inside channels. `subscribe` is what the application sends
 * (subscribers receive it); `publish` is what it receives. A message is one object or `oneOf`.
 */
export function discoverV2(graph: SourceGraph): DiscoveredOperations {
  const rootLoc = { file: graph.entry, pointer: '' };
  const root = graph.value(rootLoc);
  const channels = isPlainObject(root) && isPlainObject(root.channels) ? root.channels : {};
  const declaredAt =
    isPlainObject(root) && 'channels' in root ? { ...rootLoc, pointer: '/channels' } : rootLoc;
  const found: DiscoveredOperations = { send: [], receive: [], declaredAt, receiveOperations: [] };
  for (const channel of Object.keys(channels)) {
    const item = graph.deref({ file: graph.entry, pointer: childPointer('/channels', channel) });
    if (!isPlainObject(item.value)) continue;
    for (const action of ['subscribe', 'publish'] as const) {
      const op = item.value[action];
      if (!isPlainObject(op)) continue;
      const opLoc = { file: item.loc.file, pointer: childPointer(item.loc.pointer, action) };
      const operationId = typeof op.operationId === 'string' ? op.operationId : undefined;
      const operation = operationId ?? `${action} ${channel}`;
      const channelMessages = messagesOfOperation(graph, opLoc);
      if (action === 'publish') found.receiveOperations.push(operation);
      const into = action === 'subscribe' ? found.send : found.receive;
      for (const message of channelMessages) {
        into.push({
          ...message,
          operation,
          channel,
          channelName: channel,
          channelMessages,
          asyncapiMajor: 2,
          ...(operationId === undefined ? {} : { operationId }),
        });
      }
    }
  }
  return found;
}

function messagesOfOperation(graph: SourceGraph, operation: RawLocation): ChannelMessage[] {
  const message = graph.deref({ file: operation.file, pointer: childPointer(operation.pointer, 'message') });
  if (isPlainObject(message.value) && Array.isArray(message.value.oneOf)) {
    return message.value.oneOf.map((_, i) =>
      channelMessage(graph, {
        file: message.loc.file,
        pointer: childPointer(message.loc.pointer, 'oneOf', i),
      }),
    );
  }
  return isPlainObject(message.value)
    ? [channelMessage(graph, { file: operation.file, pointer: childPointer(operation.pointer, 'message') })]
    : [];
}

/**
 * A message's key is its key in the file that defines it, as in 3.x: its `components/messages`
 * key, or its key at the top of a shared file of messages (`messages.yaml#/commentLiked`) or in
 * any `messages` map, whichever `$ref` reached it.
 */
function channelMessage(graph: SourceGraph, at: RawLocation): ChannelMessage {
  const message = graph.deref(at);
  const componentHop = message.hops.find((hop) => parentPointer(hop.pointer) === '/components/messages');
  const definedAt = [...message.hops].reverse().find((hop) => {
    const parent = parentPointer(hop.pointer);
    return hop.pointer !== '' && (parent === '' || parent.endsWith('/messages'));
  });
  const hop = componentHop ?? definedAt;
  const key = hop ? lastSegment(hop.pointer) : undefined;
  return { key, view: messageView(graph, message.loc, 2) };
}
