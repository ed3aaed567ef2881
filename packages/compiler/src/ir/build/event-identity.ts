import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceGraph } from '../../load/source-graph.js';
import type { EventVersion } from '../contract.js';
import { explainAmbiguity } from './identity-explanation.js';
import type { IdentityRules } from './identity-options.js';
import { pascalCase } from './names.js';
import { payloadTypeConst } from './payload-type-property.js';
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

/** The first of the type keys the message (or a trait) sets, with its value. */
export function typeKeyField(m: ChannelMessage, rules: IdentityRules) {
  for (const key of rules.typeKeys) {
    const field = m.view.get(key);
    if (field) return { key, ...field };
  }
  return undefined;
}

/**
 * Event type and version of one message of a send operation. The rules (docs/event-identity.md):
 *
 * 1. A type key (`x-event-type`, or the `identity.typeKeys` given instead) gives the type, verbatim.
 * 2. With `identity.typeProperty`, the `const` of that payload property gives the type.
 * 3. Otherwise, when the channel carries one event type, its address (3.x) or key (2.x) gives the
 *    type. A channel carries one event type when it has exactly one message, or when all its
 *    messages are versions of one name (same name once version suffixes are removed), or when
 *    every one of its messages sets a distinct version. The address must look like an event type
 *    (a letter, then letters, digits, `_ . : -`); `/webhooks` or `user/{id}` do not.
 * 4. Otherwise the message's name (`name`, 2.x `messageId`, else its key) gives the type.
 * 5. Otherwise (2.x) the `operationId` of an operation with that one message.
 *
 * The version is the version key (`x-event-version`), else the version suffix of the name that
 * gave the type (for the channel rule, the channel name's suffix, then the message name's), else
 * 1. Two different suffixes for one message are ambiguous and reported.
 */
export function deriveIdentity(
  m: OperationMessage,
  graph: SourceGraph,
  rules: IdentityRules,
): { identity?: Identity; diagnostics: Diagnostic[] } {
  const fail = (code: string, message: string, at = m.view.loc) => ({
    diagnostics: [graph.diagnostic(at, 'error', code, message)],
  });
  const explicitType = typeKeyField(m, rules);
  const explicitVersion = m.view.get(rules.versionKey);
  if (explicitType && (typeof explicitType.value !== 'string' || explicitType.value.trim() === '')) {
    return fail(
      'invalid-event-type',
      `${explicitType.key}: expected a non-empty string, found ${JSON.stringify(explicitType.value)}`,
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
        `${rules.versionKey}: expected a positive integer, found ${JSON.stringify(value)}`,
        explicitVersion.loc,
      );
    }
    version = parsed;
  }
  const name = messageName(m);
  const nameSplit = name === undefined ? undefined : splitVersionSuffix(name);
  const fromPayload =
    rules.typeProperty === undefined ? undefined : payloadTypeConst(m.view, graph, rules.typeProperty);
  let type: string;
  let identitySource: Identity['identitySource'];
  let suffixes: Array<number | undefined>;
  if (typeof explicitType?.value === 'string') {
    type = explicitType.value;
    identitySource = 'x-extension';
    suffixes = [nameSplit?.version];
  } else if (fromPayload && 'type' in fromPayload) {
    type = fromPayload.type;
    identitySource = 'payload-property';
    suffixes = [nameSplit?.version];
  } else if (m.channelName !== undefined && channelTypeProblem(m, rules) === undefined) {
    const channelSplit = splitVersionSuffix(m.channelName);
    type = channelSplit.base;
    identitySource = 'channel';
    suffixes = [channelSplit.version, nameSplit?.version];
  } else if (nameSplit !== undefined) {
    type = nameSplit.base;
    identitySource = 'message-name';
    suffixes = [nameSplit.version];
  } else if (m.operationId !== undefined && m.channelMessages.length === 1) {
    const operationSplit = splitVersionSuffix(m.operationId);
    type = operationSplit.base;
    identitySource = 'operation-id';
    suffixes = [operationSplit.version];
  } else {
    return fail(
      'ambiguous-identity',
      explainAmbiguity(m, graph, rules, {
        channel: channelTypeProblem(m, rules),
        payload: fromPayload && 'problem' in fromPayload ? fromPayload.problem : undefined,
      }),
    );
  }
  const written = [...new Set(suffixes.filter((s): s is number => s !== undefined))];
  if (version === undefined && written.length > 1) {
    return fail(
      'ambiguous-identity',
      `event ${JSON.stringify(type)} has two version suffixes: expected one, found v${written.join(' (channel) and v')} (message name); set ${rules.versionKey} to decide`,
    );
  }
  return { identity: { type, version: version ?? written[0] ?? 1, identitySource }, diagnostics: [] };
}

/** Why the channel does not name the message's event type, or undefined when it does. */
export function channelTypeProblem(m: OperationMessage, rules: IdentityRules): string | undefined {
  const address = m.channelName;
  if (address === undefined) return `channel "${m.channel}" has no address`;
  if (!EVENT_TYPE_TOKEN.test(address)) {
    return /[{}]/.test(address)
      ? `channel "${address}" is parameterised`
      : `channel "${address}" is a path, not an event type`;
  }
  const messages = m.channelMessages;
  if (messages.length <= 1) return undefined;
  const names = messages.map(messageName);
  if (names.every((n) => n !== undefined)) {
    const bases = new Set(names.map((n) => pascalCase(splitVersionSuffix(n).base)));
    if (bases.size === 1) return undefined;
  }
  const versions = messages.map((c) => c.view.get(rules.versionKey)?.value);
  if (versions.every((v) => v !== undefined) && new Set(versions.map(String)).size === versions.length)
    return undefined;
  return `channel "${address}" carries ${messages.length} messages that are not versions of one event`;
}
