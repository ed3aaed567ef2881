import { isPlainObject } from '../../load/json-pointer.js';
import type { SourceGraph } from '../../load/source-graph.js';
import type { IdentityRules } from './identity-options.js';
import type { OperationMessage } from './sent-message.js';

/**
 * The `ambiguous-identity` message for a message no rule names: why each rule did not count, the
 * string-valued `x-` extensions the message carries (vendors state the type in one of their own),
 * and what to do: the exact flag when such an extension exists, else a snippet to paste.
 */
export function explainAmbiguity(
  m: OperationMessage,
  graph: SourceGraph,
  rules: IdentityRules,
  problems: { channel: string | undefined; payload: string | undefined },
): string {
  const why = [`no ${rules.typeKeys.join(' or ')} on the message`];
  if (problems.payload !== undefined) why.push(problems.payload);
  if (problems.channel !== undefined) why.push(problems.channel);
  why.push(
    m.asyncapiMajor < 3
      ? 'the message has no name, messageId or key in components/messages or a file of messages'
      : 'the message has no name and no key',
  );
  if (m.asyncapiMajor < 3) {
    why.push(
      m.operationId === undefined
        ? `operation "${m.operation}" has no operationId`
        : `operation "${m.operationId}" carries ${m.channelMessages.length} messages, so its operationId names none of them`,
    );
  }
  const extensions = stringExtensions(graph.value(m.view.loc), rules);
  const seen =
    extensions.length === 0
      ? ''
      : ` String x- extensions on the message: ${extensions.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')}.`;
  const versionKey = extensions.find(([key]) => /version/i.test(key))?.[0];
  const candidate = extensions.find(([key]) => key !== versionKey && /type|event|kind|name/i.test(key))?.[0];
  const versionFlag = versionKey === undefined ? '' : ` --event-version-key ${versionKey}`;
  const versionConfig = versionKey === undefined ? '' : `, "versionKey": ${JSON.stringify(versionKey)}`;
  const fix =
    candidate !== undefined
      ? ` To take the type from ${candidate}, pass --event-type-key ${candidate}${versionFlag} (config: "identity": { "typeKeys": [${JSON.stringify(candidate)}]${versionConfig} }).`
      : ` Add the type to the message, e.g. "${rules.typeKeys[0]}: contact.created", or name it ("name: contact.created").`;
  return `cannot tell which event this message is: ${why.join('; ')}.${seen}${fix}`;
}

function stringExtensions(message: unknown, rules: IdentityRules): Array<[string, string]> {
  if (!isPlainObject(message)) return [];
  return Object.entries(message)
    .filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('x-') &&
        typeof entry[1] === 'string' &&
        !rules.typeKeys.includes(entry[0]) &&
        entry[0] !== rules.versionKey,
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
