import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { SourceGraph } from '../../load/source-graph.js';
import type { EventVersion, JsonSchema, MessageExample, SchemaDialect } from '../contract.js';
import { eventId } from '../contract.js';
import type { Identity } from './event-identity.js';
import { messageName } from './event-identity.js';
import { headerPatternWarnings } from './header-patterns.js';
import { headerValueWarnings } from './header-values.js';
import { copyJson } from './json-copy.js';
import type { WrittenField } from './message-view.js';
import { isMultiFormat } from './multi-format.js';
import { compareStrings } from './names.js';
import type { SchemaCollector } from './schema-collector.js';
import { isOpenApiSchemaFormat } from './schema-format.js';
import type { OperationMessage } from './sent-message.js';

export interface EventContext {
  graph: SourceGraph;
  collector: SchemaCollector;
  asyncapiMajor: number;
  diagnostics: Diagnostic[];
}

/** One event version of the IR (its `name` is set later, once all names are known). */
export function buildEvent(
  m: OperationMessage,
  identity: Identity,
  ctx: EventContext,
): Omit<EventVersion, 'name'> {
  const view = m.view;
  const payload = schemaOf(
    view.get('payload'),
    ctx,
    ctx.asyncapiMajor < 3 ? view.get('schemaFormat') : undefined,
  );
  const headersField = view.get('headers');
  const headers = headersField ? schemaOf(headersField, ctx) : undefined;
  if (headersField) {
    const known = new Set(ctx.diagnostics.map((d) => `${d.code} ${d.file} ${d.pointer}`));
    const found = [
      ...headerValueWarnings(headersField, ctx.graph),
      ...headerPatternWarnings(headersField, ctx.graph),
    ];
    const fresh = found.filter((d) => !known.has(`${d.code} ${d.file} ${d.pointer}`));
    ctx.diagnostics.push(...fresh);
  }
  if (headers?.format && payload.dialect && headers.dialect && headers.dialect !== payload.dialect) {
    const message = `headers schemaFormat: expected the payload's dialect (${payload.dialect}), found ${headers.dialect}; one event is validated with one JSON Schema dialect`;
    ctx.diagnostics.push(
      ctx.graph.diagnostic(headers.format.loc, 'error', 'mixed-schema-dialects', message, 'value'),
    );
  }
  const summary = view.string('summary') ?? view.string('title');
  const description = view.string('description');
  return {
    id: eventId(identity.type, identity.version),
    type: identity.type,
    version: identity.version,
    identitySource: identity.identitySource,
    messageName: messageName(m) ?? m.operation,
    channel: m.channel,
    operation: m.operation,
    ...(summary !== undefined ? { summary } : {}),
    ...(description !== undefined ? { description } : {}),
    deprecated:
      view.get('deprecated')?.value === true ||
      view.get('x-deprecated')?.value === true ||
      payloadMarkedDeprecated(view.get('payload'), ctx.graph),
    tags: tagNames(view.get('tags'), ctx.graph),
    payload: payload.schema,
    ...(headers ? { headers: headers.schema } : {}),
    dialect: payload.dialect ?? 'draft-07',
    examples: examplesOf(view.get('examples'), ctx.graph),
    source: ctx.graph.sourceLocation(view.loc),
  };
}

interface SchemaWithDialect {
  schema: JsonSchema;
  dialect: SchemaDialect | undefined;
  /** Set when a `schemaFormat` was written. */
  format?: WrittenField;
}

/**
 * The schema of a payload or headers field. Its format comes from a 3.x Multi Format Schema
 * Object around it or, for 2.x payloads, the message's `schemaFormat`; AsyncAPI schema otherwise.
 */
function schemaOf(
  field: WrittenField | undefined,
  ctx: EventContext,
  messageFormat?: WrittenField,
): SchemaWithDialect {
  if (!field) return { schema: {}, dialect: 'draft-07' };
  const { graph, collector } = ctx;
  const target = graph.deref(field.loc);
  let format = messageFormat;
  let schemaLoc = field.loc;
  if (ctx.asyncapiMajor >= 3 && isMultiFormat(target.value)) {
    format = {
      value: target.value.schemaFormat,
      loc: { file: target.loc.file, pointer: childPointer(target.loc.pointer, 'schemaFormat') },
    };
    // Behind a `$ref` the collector unwraps it (and keeps the component's name); inline, go in.
    if (target.hops.length === 0)
      schemaLoc = { file: target.loc.file, pointer: childPointer(target.loc.pointer, 'schema') };
  }
  const dialect = format ? collector.checkFormat(format.loc, format.value) : 'draft-07';
  // A non-JSON-Schema payload is not rebuilt: the load fails on the format error anyway.
  const schema = dialect ? collector.schemaAt(schemaLoc, isOpenApiSchemaFormat(format?.value)) : {};
  return { schema, dialect, ...(format ? { format } : {}) };
}

/**
 * 3.0's Message Object has no `deprecated` field, so documents also mark a deprecated event
 * version with `deprecated: true` at the root of its payload schema (a JSON Schema annotation).
 */
function payloadMarkedDeprecated(field: WrittenField | undefined, graph: SourceGraph): boolean {
  if (!field) return false;
  let target = graph.deref(field.loc);
  if (isMultiFormat(target.value)) {
    target = graph.deref({ file: target.loc.file, pointer: childPointer(target.loc.pointer, 'schema') });
  }
  return isPlainObject(target.value) && target.value.deprecated === true;
}

function tagNames(field: WrittenField | undefined, graph: SourceGraph): string[] {
  if (!field || !Array.isArray(field.value)) return [];
  const names = field.value.map(
    (_, i) => graph.deref({ file: field.loc.file, pointer: childPointer(field.loc.pointer, i) }).value,
  );
  const strings = names.map((t) => (isPlainObject(t) && typeof t.name === 'string' ? t.name : undefined));
  return [...new Set(strings.filter((n): n is string => n !== undefined))].sort(compareStrings);
}

function examplesOf(field: WrittenField | undefined, graph: SourceGraph): MessageExample[] {
  if (!field || !Array.isArray(field.value)) return [];
  return field.value.map((_, i) => {
    const example = graph.deref({ file: field.loc.file, pointer: childPointer(field.loc.pointer, i) });
    const value = isPlainObject(example.value) ? example.value : {};
    return {
      ...(typeof value.name === 'string' ? { name: value.name } : {}),
      ...(typeof value.summary === 'string' ? { summary: value.summary } : {}),
      ...('payload' in value ? { payload: copyJson(value.payload) } : {}),
      ...('headers' in value ? { headers: copyJson(value.headers) } : {}),
      source: graph.sourceLocation(example.loc),
    };
  });
}
