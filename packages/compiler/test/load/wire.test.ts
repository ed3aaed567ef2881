/**
 * The wire setting: the document's x-hookwright-wire and the `wire` option (config) give the IR its
 * `bodyMode` and `wire`; errors in either are located diagnostics; the event table module carries it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitEventsSource } from '../../src/emit/packages/events-source.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import type { LoadOptions } from '../../src/load/load-options.js';

let dir: string;
const loader = new ContractLoader();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-wire-'));
});
afterAll(() => loader.close());

const document = (wire: string) => `asyncapi: 3.0.0
info:
  title: Wire Test
  version: 1.0.0
${wire}channels:
  webhooks:
    address: /webhooks
    messages:
      push:
        name: push
        payload: { type: object, properties: { ref: { type: string } } }
      opened:
        name: issues.opened
        payload: { type: object, properties: { action: { const: opened } } }
operations:
  send:
    action: send
    channel: { $ref: '#/channels/webhooks' }
`;

let count = 0;
async function load(wire: string, options: LoadOptions = {}) {
  const name = `doc${count++}.yaml`;
  await writeFile(join(dir, name), document(wire));
  const result = await loader.load(name, { cwd: dir, ...options });
  return { ...result, lines: result.diagnostics.map(formatDiagnostic), name };
}

describe('x-hookwright-wire', () => {
  it('absent: the envelope, and no wire in the IR', async () => {
    const { contract } = await load('');
    expect(contract?.bodyMode).toBe('envelope');
    expect(contract && 'wire' in contract).toBe(false);
  });

  it('sets bodyMode and the parts', async () => {
    const { contract, lines } = await load(
      `x-hookwright-wire:\n  body: payload\n  eventType: ['header:x-github-event', 'body:/action']\n  signature: github\n`,
    );
    expect(lines).toEqual([]);
    expect(contract?.bodyMode).toBe('payload');
    expect(contract?.wire).toEqual({
      eventType: ['header:x-github-event', 'body:/action'],
      signature: 'github',
    });
  });

  it('each option alone', async () => {
    for (const [yaml, want] of [
      ['  signature: stripe\n', { bodyMode: 'envelope', wire: { signature: 'stripe' } }],
      ['  body: envelope\n', { bodyMode: 'envelope', wire: {} }],
      [
        "  body: payload\n  eventType: ['body:/type']\n",
        { bodyMode: 'payload', wire: { eventType: ['body:/type'] } },
      ],
      [
        "  eventVersion: 'header:x-version'\n",
        { bodyMode: 'envelope', wire: { eventVersion: 'header:x-version' } },
      ],
      ["  deliveryId: 'body:/id'\n", { bodyMode: 'envelope', wire: { deliveryId: 'body:/id' } }],
    ] as const) {
      const { contract, lines } = await load(`x-hookwright-wire:\n${yaml}`);
      expect(lines).toEqual([]);
      expect({ bodyMode: contract?.bodyMode, wire: contract?.wire }).toEqual(want);
    }
  });

  it('the wire option wins over the document', async () => {
    const { contract } = await load(`x-hookwright-wire:\n  signature: stripe\n`, {
      wire: { body: 'payload', eventType: ['header:x-event'] },
    });
    expect(contract?.bodyMode).toBe('payload');
    expect(contract?.wire).toEqual({ eventType: ['header:x-event'] });
  });

  it('errors are located at the faulty field', async () => {
    const { contract, lines, name } = await load(
      `x-hookwright-wire:\n  body: bare\n  eventType: ['header:x-github-event', action]\n  signature: hmac\n  extra: 1\n`,
    );
    expect(contract).toBeUndefined();
    expect(lines).toEqual([
      `${name}:6:3 error invalid-wire x-hookwright-wire/body: must be equal to one of the allowed values (envelope, payload), found "bare"`,
      `${name}:7:40 error invalid-wire x-hookwright-wire/eventType/1: expected "header:<name>" or "body:<JSON pointer>" (e.g. "header:x-github-event", "body:/action"), found "action"`,
      `${name}:8:3 error invalid-wire x-hookwright-wire/signature: must be equal to one of the allowed values (standard, github, stripe), found "hmac"`,
      `${name}:9:3 error invalid-wire x-hookwright-wire: unknown key "extra"; expected body, eventType, eventVersion, signature, deliveryId`,
    ]);
  });

  it('payload mode without eventType says what to add', async () => {
    const { lines, name } = await load('x-hookwright-wire:\n  body: payload\n');
    expect(lines).toEqual([
      `${name}:5:1 error invalid-wire x-hookwright-wire: body "payload" needs eventType: the parts naming the event, e.g. ["header:x-github-event", "body:/action"]`,
    ]);
  });
});

describe('config wire', () => {
  it('is checked with file:line:col like the rest of the config', async () => {
    const path = join(dir, 'hookwright.config.json');
    await writeFile(
      path,
      '{\n  "wire": {\n    "body": "payload",\n    "eventType": ["header:x-event", "query:type"]\n  }\n}\n',
    );
    const { diagnostics } = await loadConfig(path, 'hookwright.config.json');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^hookwright\.config\.json:4:37 error config-invalid \/wire\/eventType\/1: must match pattern/,
      ),
    ]);
    await writeFile(path, '{\n  "wire": { "body": "payload" }\n}\n');
    const missing = await loadConfig(path, 'hookwright.config.json');
    expect(missing.diagnostics.map(formatDiagnostic)).toEqual([
      "hookwright.config.json:2:3 error config-invalid /wire: must have required property 'eventType'",
    ]);
  });
});

describe('the event table module', () => {
  it('carries the wire format as quoted data, only when set', async () => {
    const plain = (await load('')).contract!;
    expect(emitEventsSource(plain)).not.toContain('defineWire');
    const wired = (
      await load(
        `x-hookwright-wire:\n  body: payload\n  eventType: ['header:x-event', 'body:/"a"</script>']\n`,
      )
    ).contract!;
    const source = emitEventsSource(wired);
    expect(source).toContain(
      "import { createEventTable, defineWire, type EventTable } from '@hookwright/runtime/events';",
    );
    expect(source).toContain(
      `], {\n  wire: defineWire({"body":"payload","eventType":["header:x-event","body:/\\"a\\"</script>"]}),\n});`,
    );
  });
});
