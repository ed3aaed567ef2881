/**
 * Writes the compact corpus as two AsyncAPI 3.0 documents (old and new), one event per case:
 * type `corpus.<case name>`, named schemas prefixed with the case's index so cases never share
 * a component. Loading two documents instead of two per case keeps the test fast.
 */
import type { CorpusCase, Schema } from './cases.js';

export function corpusDocument(cases: readonly CorpusCase[], side: 'old' | 'new'): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  cases.forEach((c, i) => {
    const written = c[side];
    if (written.absent) return;
    const prefix = `C${i}`;
    const keys = written.version2 === undefined ? ['m'] : ['m', 'm2'];
    channels[`c${i}`] = {
      address: eventType(c),
      messages: Object.fromEntries(keys.map((k) => [k, { $ref: `#/components/messages/${k}_${i}` }])),
    };
    operations[`send${i}`] = {
      action: 'send',
      channel: { $ref: `#/channels/c${i}` },
      messages: keys.map((k) => ({ $ref: `#/channels/c${i}/messages/${k}` })),
    };
    messages[`m_${i}`] = {
      'x-event-version': 1,
      payload: prefixed(written.payload, prefix),
      ...(written.headers === undefined ? {} : { headers: prefixed(written.headers, prefix) }),
    };
    if (written.version2 !== undefined) {
      messages[`m2_${i}`] = { 'x-event-version': 2, payload: prefixed(written.version2, prefix) };
    }
    for (const [name, schema] of Object.entries(written.schemas ?? {})) {
      schemas[`${prefix}${name}`] = prefixed(schema, prefix);
    }
  });
  const doc = {
    asyncapi: '3.0.0',
    info: { title: 'Diff corpus', version: side === 'old' ? '1.0.0' : '2.0.0' },
    channels,
    operations,
    components: { messages, schemas },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function eventType(c: CorpusCase): string {
  return `corpus.${c.name}`;
}

function prefixed(schema: Schema, prefix: string): unknown {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/schemas/', `"#/components/schemas/${prefix}`),
  );
}
