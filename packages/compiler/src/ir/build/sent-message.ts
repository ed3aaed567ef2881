import type { RawLocation } from '../../load/source-graph.js';
import type { MessageView } from './message-view.js';

/** A message as seen on one channel: its key there (when it has one) and its fields. */
export interface ChannelMessage {
  key: string | undefined;
  view: MessageView;
}

/** One message of one operation, with what identity rules need to know about its channel. */
export interface OperationMessage extends ChannelMessage {
  /** 3.x operation key; 2.x `operationId`, else `<action> <channel>`. */
  operation: string;
  /** 3.x channel key; 2.x channel key (which is also its address). */
  channel: string;
  /** The name a channel-per-event document gives the event: 3.x `address`, 2.x channel key. */
  channelName: string | undefined;
  /** Every message the channel carries (3.x `channel.messages`, 2.x the operation's messages). */
  channelMessages: ChannelMessage[];
  /** AsyncAPI major version of the document (identity rules differ a little). */
  asyncapiMajor: number;
  /** 2.x: the operation's `operationId`, when written. */
  operationId?: string;
}

export interface DiscoveredOperations {
  /** Messages of operations the described application sends (3.x `send`, 2.x `subscribe`). */
  send: OperationMessage[];
  /** Messages of operations it receives (3.x `receive`, 2.x `publish`). */
  receive: OperationMessage[];
  /** Where operations are declared, for "no send operation" diagnostics. */
  declaredAt: RawLocation;
  /** Names of receive operations, for messages. */
  receiveOperations: string[];
}
