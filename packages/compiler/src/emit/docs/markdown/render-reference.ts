import {
  exampleBody,
  HEADERS,
  RETRY_RULES,
  RETRY_SCHEDULE,
  SIGNATURE_STEPS,
  signingRecipe,
  statusCodes,
} from '../delivery-reference.js';
import type { DocEvent, DocModel, DocSchema } from '../doc-model.js';
import type { FieldRow } from '../schema-fields.js';
import { requestFacts } from '../wire-reference.js';
import { mdBlock, mdCode, mdFence, mdInline, mdTable, mdType } from './markdown-text.js';

/* The parts of the Markdown docs that package READMEs and the `--format markdown` file share. */

/** One row per event version, linking to its section. */
export function markdownEventIndex(model: DocModel): string[] {
  const rows = model.events.map((d) => [
    `[${mdCode(d.event.id)}](#${d.anchor})`,
    mdInline(d.event.summary ?? firstLine(d.event.description)),
    d.event.deprecated ? 'deprecated' : 'current',
  ]);
  return mdTable(['event', 'summary', 'status'], rows);
}

export function markdownDelivery(model: DocModel): string[] {
  const first = model.events.find((e) => e.example);
  const body = first?.example
    ? JSON.stringify(exampleBody(model.contract.bodyMode, first.event, first.example.value))
    : '{"type":"event.type","version":1,"timestamp":"2025-01-15T09:30:00Z","data":{}}';
  const facts = model.contract.wire
    ? requestFacts(model.contract, first?.example && { event: first.event, data: first.example.value })
    : undefined;
  const signedAs = facts ? facts.signedAs : '[Standard Webhooks](https://www.standardwebhooks.com/) v1';
  const envelope =
    model.contract.bodyMode === 'envelope'
      ? 'The body is the envelope `{"type", "version", "timestamp", "data"}`; each event below describes `data`.'
      : 'The body is the event payload itself, as described below.';
  return [
    '## Requests',
    '',
    `Every event is a \`POST\` with a JSON body, signed as ${signedAs}. ${envelope}`,
    '',
    ...mdTable(
      ['header', 'meaning'],
      (facts?.headers ?? HEADERS).map(([name, meaning]) => [mdCode(name), meaning]),
    ),
    '',
    '### Verifying a signature',
    '',
    ...(facts?.steps ?? SIGNATURE_STEPS).map((step, i) => `${i + 1}. ${step}`),
    '',
    'To send yourself a signed test request by hand (`curl` and `openssl`):',
    '',
    ...mdFence('sh', facts?.recipe ?? signingRecipe(body)),
    '',
    '### Receiver status codes',
    '',
    ...mdTable(
      ['when', 'status'],
      statusCodes(model.contract).map(([check, status]) => [check, status]),
    ),
    '',
    'Error bodies are `{"error": {"code", "message"}}`.',
    '',
    '### Retries',
    '',
    `Attempts are made ${RETRY_SCHEDULE.map((s, i) => (i === 0 ? s : `after ${s}`)).join(', ')} (each delay +-20% jitter): ${RETRY_SCHEDULE.length} attempts over about 28 hours.`,
    '',
    ...RETRY_RULES.map((rule) => `- ${rule}`),
    '',
  ];
}

export function markdownEvents(model: DocModel): string[] {
  const out = ['## Events', ''];
  for (const group of model.groups) {
    out.push(`### ${mdInline(group.name)}`, '');
    for (const type of group.types)
      for (const doc of [...type.versions].reverse()) out.push(...markdownEvent(model, doc));
  }
  return out;
}

function markdownEvent(model: DocModel, doc: DocEvent): string[] {
  const { event } = doc;
  const out = [`<a id="${doc.anchor}"></a>`, '', `#### ${mdCode(event.id)}`, ''];
  if (event.summary) out.push(`**${mdInline(event.summary)}**`, '');
  if (event.description) out.push(mdBlock(event.description), '');
  if (event.deprecated) {
    const instead = doc.successor
      ? ` Use [${mdCode(doc.successor)}](#${model.events.find((e) => e.event.id === doc.successor)!.anchor}) instead.`
      : '';
    out.push(`> **Deprecated.**${instead}`, '');
  }
  if (doc.changes) {
    const { from, added, removed, changed } = doc.changes;
    const parts = [
      ...added.map((p) => `added ${mdCode(p)}`),
      ...removed.map((p) => `removed ${mdCode(p)}`),
      ...changed.map((c) => `changed ${mdInline(c)}`),
    ];
    out.push(
      `Changes from ${mdCode(from)}: ${parts.length === 0 ? 'no field changes' : parts.join('; ')}.`,
      '',
    );
  }
  if (doc.headers) out.push('Headers:', '', ...fieldTable(model, doc.headers, 'header'), '', 'Payload:', '');
  out.push(...fieldTable(model, doc.fields), '');
  if (doc.example) {
    const note =
      doc.example.origin === 'synthesized'
        ? 'Example `data` (synthesised from the schema and validated):'
        : 'Example `data`:';
    out.push(note, '', ...mdFence('json', JSON.stringify(doc.example.value, null, 2)), '');
  }
  return out;
}

export function markdownSchemas(model: DocModel): string[] {
  if (model.schemas.length === 0) return [];
  const out = ['## Shared schemas', ''];
  for (const schema of model.schemas) out.push(...markdownSchema(model, schema));
  return out;
}

function markdownSchema(model: DocModel, schema: DocSchema): string[] {
  const out = [`<a id="${schema.anchor}"></a>`, '', `### ${mdInline(schema.name)}`, ''];
  if (schema.description) out.push(mdBlock(schema.description), '');
  out.push(...fieldTable(model, schema.fields), '');
  return out;
}

function fieldTable(model: DocModel, rows: FieldRow[], column = 'field'): string[] {
  if (rows.length === 0) return ['No fields.'];
  return mdTable(
    [column, 'type', 'required', 'description'],
    rows.map((r) => [
      r.kind === 'includes'
        ? `all fields of ${mdType(r.type, model.schemaAnchor)}`
        : `${r.path ? mdCode(r.path) : '(value)'}${r.kind === 'variant' ? ` *${mdInline(r.alternative!)}*` : ''}`,
      r.kind === 'includes' ? '' : mdType(r.type, model.schemaAnchor),
      r.kind === 'variant' ? '' : r.required ? 'yes' : 'no',
      [
        r.deprecated ? '**Deprecated.**' : '',
        mdInline(r.description ?? ''),
        r.constraints.length > 0 ? r.constraints.map(mdCode).join(', ') : '',
      ]
        .filter(Boolean)
        .join(' '),
    ]),
  );
}

function firstLine(text: string | undefined): string {
  return text?.split('\n')[0] ?? '';
}
