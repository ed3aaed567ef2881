import type { Contract, EventVersion } from '../../ir/contract.js';
import { latestEventVersions } from '../types/latest-versions.js';
import { Anchors } from './anchors.js';
import type { DocExample } from './examples/resolve-examples.js';
import { type FieldRow, fieldRows, linkedSchemas } from './schema-fields.js';
import { type VersionChanges, versionChanges } from './version-changes.js';

export interface DocEvent {
  event: EventVersion;
  anchor: string;
  fields: FieldRow[];
  /** The message's own headers (its `headers` schema), when it declares any. */
  headers?: FieldRow[];
  example?: DocExample;
  /** For a deprecated version: the id of the version to use instead, when there is one. */
  successor?: string;
  /** Against the next lower version of the same type, when there is one. */
  changes?: VersionChanges;
}

export interface DocEventType {
  type: string;
  anchor: string;
  /** Newest first. */
  versions: DocEvent[];
  /** The version `send(type, ...)` picks. */
  latest: string;
}

export interface DocGroup {
  /** The tag, or `Other events` for untagged events. */
  name: string;
  anchor: string;
  types: DocEventType[];
}

export interface DocSchema {
  name: string;
  anchor: string;
  description?: string;
  fields: FieldRow[];
}

/** Everything the HTML and Markdown renderers need, computed once from the IR. */
export interface DocModel {
  contract: Contract;
  groups: DocGroup[];
  /** Every event version, contract order (type, then version). */
  events: DocEvent[];
  /** Named schemas reachable through links from the event tables, by name. */
  schemas: DocSchema[];
  schemaAnchor(name: string): string;
}

export const UNTAGGED = 'Other events';

/**
 * Groups events by tag (a type goes under the first tag of its latest version), pairs versions,
 * builds field tables, and collects the named schemas those tables link to.
 *
 * @example
 * const model = buildDocModel(contract, resolveExamples(contract).examples);
 * model.groups[0]?.types[0]?.versions[0]?.anchor; // 'customer-created-v1'
 */
export function buildDocModel(contract: Contract, examples: Record<string, DocExample>): DocModel {
  const anchors = new Anchors();
  const latest = latestEventVersions(contract.events);
  const byType = new Map<string, DocEvent[]>();
  const events: DocEvent[] = [];
  for (const event of contract.events) {
    anchors.eventType(event.type);
    const doc: DocEvent = {
      event,
      anchor: anchors.event(event.id, event.type, event.version),
      fields: fieldRows(event.payload, contract),
      ...(event.headers === undefined ? {} : { headers: fieldRows(event.headers, contract) }),
      ...(examples[event.id] === undefined ? {} : { example: examples[event.id] }),
    };
    events.push(doc);
    const list = byType.get(event.type) ?? [];
    const previous = list.at(-1);
    if (previous) doc.changes = versionChanges(previous.event.id, previous.fields, doc.fields);
    list.push(doc);
    byType.set(event.type, list);
  }
  const groups = new Map<string, DocEventType[]>();
  for (const [type, versions] of byType) {
    const pick = latest.get(type)!;
    for (const v of versions) {
      const successor = versions
        .filter((o) => o.event.version > v.event.version && !o.event.deprecated)
        .at(-1);
      if (v.event.deprecated && successor) v.successor = successor.event.id;
    }
    const name = pick.tags[0] ?? UNTAGGED;
    const entry = {
      type,
      anchor: anchors.eventType(type),
      versions: [...versions].reverse(),
      latest: pick.id,
    };
    groups.set(name, [...(groups.get(name) ?? []), entry]);
  }
  const groupNames = [...groups.keys()].sort((a, b) =>
    a === UNTAGGED ? 1 : b === UNTAGGED ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    contract,
    groups: groupNames.map((name) => ({ name, anchor: anchors.group(name), types: groups.get(name)! })),
    events,
    schemas: collectSchemas(contract, events, anchors),
    schemaAnchor: (name) => anchors.schema(name),
  };
}

function collectSchemas(contract: Contract, events: DocEvent[], anchors: Anchors): DocSchema[] {
  const pending = events.flatMap((e) => [...linkedSchemas(e.headers ?? []), ...linkedSchemas(e.fields)]);
  const seen = new Map<string, DocSchema>();
  while (pending.length > 0) {
    const name = pending.shift()!;
    const named = contract.schemas[name];
    if (seen.has(name) || !named) continue;
    const fields = fieldRows(named.schema, contract);
    const schema = typeof named.schema === 'object' ? named.schema : {};
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    seen.set(name, { name, anchor: '', fields, ...(description === undefined ? {} : { description }) });
    pending.push(...linkedSchemas(fields));
  }
  // Anchors in name order, so they do not depend on which event happened to link first.
  return [...seen.values()]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((s) => ({ ...s, anchor: anchors.schema(s.name) }));
}
