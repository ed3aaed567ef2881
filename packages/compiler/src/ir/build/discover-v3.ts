import { childPointer, isPlainObject, lastSegment } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import { messageView } from './message-view.js';
import type { ChannelMessage, DiscoveredOperations } from './sent-message.js';

/**
 * AsyncAPI 3.x: root `operations`, each with `action`, a `channel` reference and optionally a
 * list of `messages` references into that channel (all of the channel's messages otherwise).
 */
export function discoverV3(graph: SourceGraph): DiscoveredOperations {
  const rootLoc = { file: graph.entry, pointer: '' };
  const root = graph.value(rootLoc);
  const operations = isPlainObject(root) && isPlainObject(root.operations) ? root.operations : {};
  const declaredAt =
    isPlainObject(root) && 'operations' in root ? { ...rootLoc, pointer: '/operations' } : rootLoc;
  const found: DiscoveredOperations = { send: [], receive: [], declaredAt, receiveOperations: [] };
  for (const operation of Object.keys(operations)) {
    const op = graph.deref({ file: graph.entry, pointer: childPointer('/operations', operation) });
    if (!isPlainObject(op.value)) continue;
    const channelRef = graph.deref({ file: op.loc.file, pointer: childPointer(op.loc.pointer, 'channel') });
    if (!isPlainObject(channelRef.value)) continue;
    const channel = lastSegment((channelRef.hops[0] ?? channelRef.loc).pointer) ?? operation;
    const address = channelRef.value.address;
    const channelMessages = messagesOfChannel(graph, channelRef.loc);
    const selected = Array.isArray(op.value.messages)
      ? op.value.messages.map((_, i) => referencedMessage(graph, op.loc, i))
      : channelMessages;
    const into =
      op.value.action === 'send' ? found.send : op.value.action === 'receive' ? found.receive : undefined;
    if (op.value.action === 'receive') found.receiveOperations.push(operation);
    for (const message of selected) {
      const channelName = typeof address === 'string' ? address : undefined;
      into?.push({ ...message, operation, channel, channelName, channelMessages, asyncapiMajor: 3 });
    }
  }
  return found;
}

function messagesOfChannel(graph: SourceGraph, channel: RawLocation): ChannelMessage[] {
  const value = graph.value(channel);
  const messages = isPlainObject(value) && isPlainObject(value.messages) ? value.messages : {};
  return Object.keys(messages).map((key) => {
    const message = graph.deref({
      file: channel.file,
      pointer: childPointer(channel.pointer, 'messages', key),
    });
    return { key, view: messageView(graph, message.loc, 3) };
  });
}

/** `operation.messages[i]` points at `#/channels/<c>/messages/<key>`: the key is that last segment. */
function referencedMessage(graph: SourceGraph, operation: RawLocation, index: number): ChannelMessage {
  const message = graph.deref({
    file: operation.file,
    pointer: childPointer(operation.pointer, 'messages', index),
  });
  const key = message.hops[0] ? lastSegment(message.hops[0].pointer) : undefined;
  return { key, view: messageView(graph, message.loc, 3) };
}
