/**
 * The types other packages are written against: `EventMap` ("type@version" -> payload),
 * `EventId`, `EventType`, the `WebhookEvent` union of envelopes, and `LatestEventMap`
 * (type -> payload of the version `send(type, data)` uses).
 */
import type { EventVersion } from '../../ir/contract.js';
import {
  interfaceDeclaration,
  keyofType,
  literalType,
  type Member,
  type Statement,
  typeAliasDeclaration,
  typeRef,
  unionType,
} from './builder.js';
import { deprecatedTag, eventHeadline } from './event-declarations.js';
import { commentLines, joinBlocks } from './jsdoc.js';
import { INDEX_TYPE_NAMES, type TypeNames } from './naming.js';

export function indexTypeDeclarations(
  events: readonly EventVersion[],
  names: TypeNames,
  latest: ReadonlyMap<string, EventVersion>,
): Statement[] {
  const namesOf = (event: EventVersion) => names.events[event.id]!;
  const eventMap: Member[] = events.map((event) => ({
    kind: 'property',
    name: event.id,
    type: typeRef(namesOf(event).data),
    optional: false,
    doc: joinBlocks([
      eventHeadline(event),
      event.deprecated ? [deprecatedTag(event, latest.get(event.type)?.id)] : [],
    ]),
  }));
  const latestMap: Member[] = [...latest.entries()].map(([type, event]) => ({
    kind: 'property',
    name: type,
    type: typeRef(namesOf(event).data),
    optional: false,
    doc: joinBlocks([
      eventHeadline(event),
      commentLines(`Sent as \`${event.id}\`${event.deprecated ? ' (every version is deprecated)' : ''}.`),
      event.deprecated ? ['@deprecated'] : [],
    ]),
  }));
  const { eventMap: eventMapName, eventId, eventType, webhookEvent, latestEventMap } = INDEX_TYPE_NAMES;
  return [
    interfaceDeclaration(eventMapName, eventMap, [
      'Payload (`data`) type of every event version, keyed by `"type@version"`.',
    ]),
    typeAliasDeclaration(eventId, keyofType(typeRef(eventMapName)), [
      'Every event version as `"type@version"`, e.g. for an allow-list of subscriptions.',
    ]),
    typeAliasDeclaration(eventType, unionType([...latest.keys()].map((type) => literalType(type))), [
      "Every event type (the envelope's `type`).",
    ]),
    typeAliasDeclaration(webhookEvent, unionType(events.map((event) => typeRef(namesOf(event).envelope))), [
      'Any event a receiver can get: narrow on `type`, then on `version`, to reach a typed `data`.',
    ]),
    interfaceDeclaration(latestEventMap, latestMap, [
      'Payload type of the version each event type is sent as by default: its highest',
      'non-deprecated version, or its highest version when all are deprecated.',
    ]),
    ...headersMapDeclaration(events, names),
  ];
}

/**
 * `EventHeadersMap`: `"type@version"` -> headers type, for the event versions whose message
 * describes headers. Declared only when one does, so contracts without headers keep their output.
 */
function headersMapDeclaration(events: readonly EventVersion[], names: TypeNames): Statement[] {
  const members: Member[] = events.flatMap((event) => {
    const headers = names.events[event.id]?.headers;
    if (headers === undefined) return [];
    return [{ kind: 'property', name: event.id, type: typeRef(headers), optional: false }];
  });
  if (members.length === 0) return [];
  return [
    interfaceDeclaration(INDEX_TYPE_NAMES.eventHeadersMap, members, [
      'HTTP headers type of every event version whose message describes headers, keyed by `"type@version"`.',
    ]),
  ];
}
