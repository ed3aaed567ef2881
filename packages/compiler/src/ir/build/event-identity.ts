import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceGraph } from '../../load/source-graph.js';
import type { EventVersion } from '../contract.js';
import { pascalCase } from './names.js';
import type { ChannelMessage, OperationMessage } from './sent-message.js';
import { splitVersionSuffix } from './version-suffix.js';

export interface Identity {
  type: string;
  version: number;
  identitySource: EventVersion['identitySource'];
}

/** What a channel address or key must look like to be taken as an event type: no paths, no parameters. */
const EVENT_TYPE_TOKEN = /^\p{L}[\p{L}\p{N}_.:-]*$/u;

/** The name a message goes by: `name`, else (2.x) `messageId`, else its key. */
export function messageName(m: ChannelMessage): string | undefined {
  return m.view.string('name') ?? m.view.string('messageId') ?? m.key;
}

/**
 * Event type and version of one message of a send operation. The rules (docs/event-identity.md):
 *
 * 1. `x-event-type` gives the type, verbatim.
 * 2. Otherwise, when the channel carries one event type, its address (3.x) or key (2.x) gives the
 *    type. A channel carries one event type when it has exactly one message, or when all its
 *    messages are versions of one name (same name once version suffixes are removed), or when
 *    every one of its messages sets a distinct `x-event-version`. The address must look like an
 *    event type (a letter, then letters, digits, `_ . : -`); `/webhooks` or `user/{id}` do not.
 * 3. Otherwise the message's name (`name`, 2.x `messageId`, else its key) gives the type.
 *
 * The version is `x-event-version`, else the version suffix of the name that gave the type (for
 * the channel rule, the channel name's suffix, then the message name's), else 1. Two different
 * suffixes for one message are ambiguous and reported.
 */
export function deriveIdentity(
  m: OperationMessage,
  graph: SourceGraph,
): { identity?: Identity; diagnostics: Diagnostic[] } {
  const fail = (code: string, message: string, at = m.view.loc) => ({
    diagnostics: [graph.diagnostic(at, 'error', code, message)],
  });
  const explicitType = m.view.get('x-event-type');
  const explicitVersion = m.view.get('x-event-version');
  if (explicitType && (typeof explicitType.value !== 'string' || explicitType.value.trim() === '')) {
    return fail(
      'invalid-event-type',
      `x-event-type: expected a non-empty string, found ${JSON.stringify(explicitType.value)}`,
      explicitType.loc,
    );
  }
  let version: number | undefined;
  if (explicitVersion) {
    const value = explicitVersion.value;
    const parsed = typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : value;
    if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < 1) {
      return fail(
        'invalid-event-version',
        `x-event-version: expected a positive integer, found ${JSON.stringify(value)}`,
        explicitVersion.loc,
      );
    }
    version = parsed;
  }
  const name = messageName(m);
  const nameSplit = name === undefined ? undefined : splitVersionSuffix(name);
  let type: string;
  let identitySource: Identity['identitySource'];
  let suffixes: Array<number | undefined>;
  if (typeof explicitType?.value === 'string') {
    type = explicitType.value;
    identitySource = 'x-extension';
    suffixes = [nameSplit?.version];
  } else if (m.channelName !== undefined && carriesOneEventType(m)) {
    const channelSplit = splitVersionSuffix(m.channelName);
    type = channelSplit.base;
    identitySource = 'channel';
    suffixes = [channelSplit.version, nameSplit?.version];
  } else if (nameSplit !== undefined) {
    type = nameSplit.base;
    identitySource = 'message-name';
    suffixes = [nameSplit.version];
  } else {
    return fail(
      'ambiguous-identity',
      `cannot tell which event this message is: expected x-event-type, a message name, or a channel address naming one event type, found channel ${JSON.stringify(m.channelName ?? m.channel)} with ${m.channelMessages.length} messages and a message without name`,
    );
  }
  const written = [...new Set(suffixes.filter((s): s is number => s !== undefined))];
  if (version === undefined && written.length > 1) {
    return fail(
      'ambiguous-identity',
      `event ${JSON.stringify(type)} has two version suffixes: expected one, found v${written.join(' (channel) and v')} (message name); set x-event-version to decide`,
    );
  }
  return { identity: { type, version: version ?? written[0] ?? 1, identitySource }, diagnostics: [] };
}

function carriesOneEventType(m: OperationMessage): boolean {
  if (!EVENT_TYPE_TOKEN.test(m.channelName ?? '')) return false;
  const messages = m.channelMessages;
  if (messages.length <= 1) return true;
  const names = messages.map(messageName);
  if (names.every((n) => n !== undefined)) {
    const bases = new Set(names.map((n) => pascalCase(splitVersionSuffix(n).base)));
    if (bases.size === 1) return true;
  }
  const versions = messages.map((c) => c.view.get('x-event-version')?.value);
  return versions.every((v) => v !== undefined) && new Set(versions.map(String)).size === versions.length;
}
