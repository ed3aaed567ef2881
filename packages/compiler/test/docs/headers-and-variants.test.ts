import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../src/emit/docs/index.js';
import { contractOf, eventVersion, testSource } from '../helpers/contract-ir.js';

/** An event that declares message headers and a payload field with two object alternatives. */
const contract = contractOf({
  schemas: {
    TraceId: { type: 'string', pattern: '^[0-9a-f]{32}$', description: 'W3C trace id' },
  },
  events: [
    eventVersion(
      'refund.issued',
      1,
      {
        type: 'object',
        required: ['source'],
        properties: {
          source: {
            oneOf: [
              { type: 'object', properties: { kind: { const: 'card' }, last4: { type: 'string' } } },
              { type: 'object', properties: { kind: { const: 'bank' }, iban: { type: 'string' } } },
            ],
          },
        },
      },
      {
        headers: {
          type: 'object',
          required: ['X-Tenant'],
          properties: {
            'X-Tenant': { type: 'string', enum: ['eu', 'us'], description: 'Data region' },
            'X-Trace': { $ref: '#/schemas/TraceId' },
          },
        },
        examples: [{ payload: { source: { kind: 'card', last4: '4242' } }, source: testSource() }],
      },
    ),
  ],
});

describe('docs: message headers and payload alternatives', () => {
  it('HTML: a header table before the payload fields, linking shared schemas, and one row per alternative', () => {
    const page = emitDocs(contract).files['index.html']!;
    const article = page.slice(page.indexOf('id="refund-issued-v1"'));
    expect(article).toMatch(
      /<h5>Headers<\/h5><table class=f><tr><th>header<th>type<th>required<th>description<tr><td>X-Tenant<td>string<td>yes<td>Data region <i>one of "eu", "us"<\/i>/,
    );
    expect(article).toContain('<tr><td>X-Trace<td><a href="#schema-traceid">TraceId</a><td>no');
    expect(article.indexOf('<h5>Payload</h5>')).toBeGreaterThan(article.indexOf('X-Trace'));
    expect(article).toContain('<td>source <i>oneOf 1 of 2, kind = "card"</i><td>object<td><td>');
    expect(article).toContain('<td>source <i>oneOf 2 of 2, kind = "bank"</i>');
    expect(article).toContain('<tr><td>source.iban<td>string<td>no');
    expect(page).toContain('id="schema-traceid"');
    // The receiver's status table gains its 422 row for headers, which contracts without any lack.
    expect(page).toContain("the message's headers fail the event's <code>headers</code> schema");
    const plain = emitDocs({ ...contract, events: contract.events.map(({ headers: _, ...e }) => e) });
    expect(plain.files['index.html']).not.toContain("the message's headers fail");
  });

  it('Markdown: the same tables', () => {
    const text = Object.values(emitDocs(contract, { format: 'markdown' }).files)[0]!;
    expect(text).toContain('Headers:\n\n| header | type | required | description |');
    expect(text).toContain('| `X-Tenant` | string | yes | Data region `one of "eu", "us"` |');
    expect(text).toContain('| `source` *oneOf 2 of 2, kind = "bank"* | object |  |  |');
    expect(text).toContain('Payload:\n\n| field | type | required | description |');
    expect(text).toContain(
      "| the message's headers fail the event's `headers` schema (names matched case-insensitively) | 422",
    );
  });
});
