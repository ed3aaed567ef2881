import { type Diagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/json-pointer.js';
import { key, type RawLocation, type SourceGraph } from '../../load/source-graph.js';
import { type Contract, type EventVersion, IR_VERSION } from '../contract.js';
import type { WireSetting } from '../wire.js';
import { buildEvent } from './build-event.js';
import { discoverV2 } from './discover-v2.js';
import { discoverV3 } from './discover-v3.js';
import { deriveIdentity, messageName, typeKeyField } from './event-identity.js';
import { nameEvents } from './event-names.js';
import { type IdentityOptions, type IdentityRules, identityRules } from './identity-options.js';
import { compareStrings, isNpmName, slugify } from './names.js';
import { SchemaCollector } from './schema-collector.js';
import { nameSchemas, resolvePlaceholders } from './schema-names.js';
import type { DiscoveredOperations, OperationMessage } from './sent-message.js';
import { splitVersionSuffix } from './version-suffix.js';
import { wireOf } from './wire-setting.js';

export interface BuildOptions {
  /** Accept a document written from the consumer's side (only receive/publish operations). */
  acceptReceive?: boolean;
  /** Package base name; default: slug of `info.title`. */
  name?: string;
  /** Where documents state event identity in their own way (`--event-type-key`, ...). */
  identity?: IdentityOptions;
  /** Wire format (docs/wire-formats.md); wins over the document's `x-hookwright-wire`. */
  wire?: WireSetting;
}

export interface BuildResult {
  /** Undefined when any error diagnostic was found. */
  contract?: Contract;
  diagnostics: Diagnostic[];
}

/**
 * The contract IR of a valid AsyncAPI document, read from its source graph. Call only after
 * the parser found no errors: malformed parts are skipped here, not reported twice.
 */
export function buildContract(graph: SourceGraph, options: BuildOptions = {}): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const rootLoc = { file: graph.entry, pointer: '' };
  const root = graph.value(rootLoc);
  const doc = isPlainObject(root) ? root : {};
  const info = isPlainObject(doc.info) ? doc.info : {};
  const asyncapiVersion = String(doc.asyncapi ?? '');
  const asyncapiMajor = Number.parseInt(asyncapiVersion, 10);
  const found = asyncapiMajor >= 3 ? discoverV3(graph) : discoverV2(graph);
  const messages = selectMessages(found, options, graph, diagnostics);
  const collector = new SchemaCollector(graph, diagnostics);
  const built: Array<{ event: Omit<EventVersion, 'name'>; message: OperationMessage }> = [];
  const rules = identityRules(options.identity);
  diagnostics.push(...unusedTypeKeys(messages, rules, graph, found.declaredAt));
  for (const message of messages) {
    const { identity, diagnostics: identityProblems } = deriveIdentity(message, graph, rules);
    diagnostics.push(...identityProblems);
    if (identity)
      built.push({
        event: buildEvent(message, identity, { graph, collector, asyncapiMajor, diagnostics }),
        message,
      });
  }
  const unique = removeDuplicates(built, graph, diagnostics);
  const { nameOf, schemas } = nameSchemas(collector.candidates, graph, diagnostics);
  const events = nameEvents(unique, graph, diagnostics).map((event) => ({
    ...event,
    payload: resolvePlaceholders(event.payload, nameOf),
    ...(event.headers !== undefined ? { headers: resolvePlaceholders(event.headers, nameOf) } : {}),
  }));
  const title = typeof info.title === 'string' ? info.title : '';
  const name = options.name ?? slugify(title);
  if (!isNpmName(name)) {
    const message = `package name: expected a lower-case npm name (letters, digits, - . _ ~), found ${JSON.stringify(name)}${options.name === undefined ? ` as the slug of info.title ${JSON.stringify(title)}; pass --name <name> (config: "name")` : ''}`;
    diagnostics.push(
      graph.diagnostic({ ...rootLoc, pointer: '/info/title' }, 'error', 'invalid-contract-name', message),
    );
  }
  const wire = wireOf(graph, doc, rootLoc, options.wire);
  diagnostics.push(...wire.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const contract: Contract = {
    irVersion: IR_VERSION,
    name,
    title,
    version: typeof info.version === 'string' ? info.version : String(info.version ?? ''),
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    asyncapiVersion,
    ...wire.wire,
    events,
    schemas,
  };
  return { contract, diagnostics };
}

/** Webhooks are what the application sends; receive operations only with `acceptReceive`. */
function selectMessages(
  found: DiscoveredOperations,
  options: BuildOptions,
  graph: SourceGraph,
  diagnostics: Diagnostic[],
): OperationMessage[] {
  if (found.send.length > 0) return found.send;
  if (options.acceptReceive && found.receive.length > 0) return found.receive;
  const receiveOnly = found.receiveOperations.length > 0;
  const what = receiveOnly
    ? `only operations it receives (${found.receiveOperations.slice(0, 5).join(', ')}${found.receiveOperations.length > 5 ? ', ...' : ''}); a document written from the consumer's side needs acceptReceive (--accept-receive)`
    : 'no operation with a message';
  const message = `webhooks are the messages the described application sends: expected at least one send operation (3.x "action: send", 2.x "subscribe"), found ${what}`;
  diagnostics.push(graph.diagnostic(found.declaredAt, 'error', 'no-send-operations', message));
  return [];
}

/**
 * One event per message object: the same message reached through several operations is one
 * event. Two different messages with one identity are an error at both places.
 */
function removeDuplicates(
  built: Array<{ event: Omit<EventVersion, 'name'>; message: OperationMessage }>,
  graph: SourceGraph,
  diagnostics: Diagnostic[],
): Array<{ event: Omit<EventVersion, 'name'>; loc: RawLocation }> {
  const byId = new Map<string, Array<{ event: Omit<EventVersion, 'name'>; message: OperationMessage }>>();
  for (const entry of built) byId.set(entry.event.id, [...(byId.get(entry.event.id) ?? []), entry]);
  const out: Array<{ event: Omit<EventVersion, 'name'>; loc: RawLocation }> = [];
  for (const [id, entries] of byId) {
    const distinct = new Map<string, (typeof entries)[number]>();
    const ordered = [...entries].sort((a, b) => compareStrings(a.event.operation, b.event.operation));
    for (const entry of ordered)
      if (!distinct.has(key(entry.message.view.loc))) distinct.set(key(entry.message.view.loc), entry);
    const list = [...distinct.values()];
    if (list.length > 1) {
      for (const entry of list) {
        const others = list
          .filter((o) => o !== entry)
          .map(
            (o) => `${graph.describe(o.message.view.loc)} (message ${JSON.stringify(o.event.messageName)})`,
          );
        const message = `event ${id} is defined more than once: expected one message per event type and version, found this message ${JSON.stringify(entry.event.messageName)} and ${others.join(', ')}; give them different x-event-type or x-event-version${keyVersionHint(
          entry.message,
          list.map((o) => o.message),
        )}`;
        diagnostics.push(graph.diagnostic(entry.message.view.loc, 'error', 'duplicate-event', message));
      }
    }
    out.push({ event: list[0]!.event, loc: list[0]!.message.view.loc });
  }
  return out;
}

/**
 * Messages that share a name but whose keys end in different versions (`turnOnV1` and `turnOnV2`,
 * both named `turnOn`, as in AsyncAPI's message-versioning example): the name gives the identity,
 * so the keys' versions are not read, but they say which x-event-version each message wants.
 */
function keyVersionHint(message: OperationMessage, all: readonly OperationMessage[]): string {
  const versions = all.map((m) => (m.key === undefined ? undefined : splitVersionSuffix(m.key).version));
  const own = versions[all.indexOf(message)];
  if (own === undefined || versions.includes(undefined) || new Set(versions).size < all.length) return '';
  const keys = all.map((m) => m.key).join(' and ');
  return ` (their keys ${keys} end in versions: "x-event-version: ${own}" here)`;
}

/**
 * A type key given with `--event-type-key` / `identity.typeKeys` that no sent message sets is
 * almost always a typo: an error at the operations, naming the messages looked at.
 */
function unusedTypeKeys(
  messages: readonly OperationMessage[],
  rules: IdentityRules,
  graph: SourceGraph,
  at: RawLocation,
): Diagnostic[] {
  if (!rules.typeKeysGiven || messages.length === 0) return [];
  const looked = [...new Map(messages.map((m) => [key(m.view.loc), m])).values()];
  const names = looked.map(
    (m) => `${messageName(m) ?? `(unnamed in ${m.channel})`} at ${graph.describe(m.view.loc)}`,
  );
  const shown = names.length > 10 ? [...names.slice(0, 10), `and ${names.length - 10} more`] : names;
  return rules.typeKeys
    .filter((typeKey) => !looked.some((m) => typeKeyField(m, { ...rules, typeKeys: [typeKey] })))
    .map((typeKey) =>
      graph.diagnostic(
        at,
        'error',
        'unused-event-type-key',
        `--event-type-key ${typeKey}: expected at least one sent message to set it, found none among the ${looked.length} looked at: ${shown.join(', ')}`,
      ),
    );
}
