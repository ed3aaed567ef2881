import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { diagnosticLines, FIXTURES } from './load-fixture.js';

let dir: string;
const loader = new ContractLoader();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-load-'));
  await cp(join(FIXTURES, 'schemas'), dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('ContractLoader in watch mode', () => {
  it('returns the previous result for byte-identical files, well under 100 ms', async () => {
    const first = await loader.load('asyncapi.yaml', { cwd: dir });
    expect(first.contract).toBeDefined();
    const started = performance.now();
    const second = await loader.load('asyncapi.yaml', { cwd: dir });
    const elapsed = performance.now() - started;
    expect(second.contract).toBe(first.contract);
    expect(second.timings.parseMs).toBe(0);
    expect(elapsed).toBeLessThan(100);
    expect(first.files).toEqual(
      ['asyncapi.yaml', 'common.yaml', 'money.schema.json'].map((f) => join(dir, f)).sort(),
    );
  });

  it('builds the same contract in a fresh loader (deterministic)', async () => {
    const cached = await loader.load('asyncapi.yaml', { cwd: dir });
    const fresh = await new ContractLoader().load(join(dir, 'asyncapi.yaml'), { cwd: dir });
    expect(JSON.stringify(fresh.contract)).toBe(JSON.stringify(cached.contract));
  });

  it('sees a change in a referenced file', async () => {
    const common = join(dir, 'common.yaml');
    const text = await readFile(common, 'utf8');
    await writeFile(common, text.replace('enum: [USD, EUR]', 'enum: [USD, EUR, GBP]'));
    const result = await loader.load('asyncapi.yaml', { cwd: dir });
    expect(result.timings.parseMs).toBeGreaterThan(0);
    expect(result.contract?.schemas.Currency?.schema).toEqual({
      type: 'string',
      enum: ['USD', 'EUR', 'GBP'],
    });
  });

  it('reports a referenced file that disappears, and recovers when it is back', async () => {
    const money = join(dir, 'money.schema.json');
    await rename(money, `${money}.away`);
    const broken = await loader.load('asyncapi.yaml', { cwd: dir });
    expect(broken.contract).toBeUndefined();
    expect(diagnosticLines(broken)).toBe(
      'asyncapi.yaml:93:17 error ref-not-found $ref "./money.schema.json": expected the document money.schema.json, found no such file',
    );
    expect(broken.files).not.toContain(money);
    // Still missing: the failed result is reused (same diagnostics object), nothing is re-read.
    expect((await loader.load('asyncapi.yaml', { cwd: dir })).diagnostics).toBe(broken.diagnostics);
    await rename(`${money}.away`, money);
    expect((await loader.load('asyncapi.yaml', { cwd: dir })).contract?.schemas.Money2).toBeDefined();
  });
});

describe('remote references', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url !== '/shared.yaml') {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.setHeader('content-type', 'application/yaml');
      response.end('components:\n  schemas:\n    Money:\n      type: integer\n      x-unit: cents\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await writeFile(
      join(dir, 'remote.yaml'),
      [
        'asyncapi: 3.0.0',
        'info: { title: Remote, version: 1.0.0 }',
        'channels:',
        '  paid:',
        '    address: invoice.paid',
        '    messages:',
        '      paid:',
        `        payload: { $ref: '${base}/shared.yaml#/components/schemas/Money' }`,
        'operations:',
        '  sendPaid: { action: send, channel: { $ref: "#/channels/paid" } }',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('are refused without a request by default', async () => {
    const result = await loader.load('remote.yaml', { cwd: dir });
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      '8:26 remote-ref-refused',
    ]);
    expect(requests).toEqual([]);
  });

  it('are fetched once and named like local ones with allowRemoteRefs', async () => {
    const result = await loader.load('remote.yaml', { cwd: dir, allowRemoteRefs: true });
    expect(diagnosticLines(result)).toBe('');
    expect(requests).toEqual(['/shared.yaml']);
    expect(result.contract?.events[0]?.payload).toEqual({ $ref: '#/schemas/Money' });
    expect(result.contract?.schemas.Money).toEqual({
      name: 'Money',
      nameSource: 'component',
      schema: { type: 'integer' },
      source: { file: `${base}/shared.yaml`, line: 3, col: 5, pointer: '/components/schemas/Money' },
    });
  });

  it('that cannot be fetched are reported at the $ref', async () => {
    const text = await readFile(join(dir, 'remote.yaml'), 'utf8');
    await writeFile(join(dir, 'gone.yaml'), text.replace('/shared.yaml', '/gone.yaml'));
    const result = await loader.load('gone.yaml', { cwd: dir, allowRemoteRefs: true });
    expect(diagnosticLines(result)).toBe(
      `gone.yaml:8:26 error remote-ref-failed $ref "${base}/gone.yaml#/components/schemas/Money": expected the document ${base}/gone.yaml, found HTTP 404 Not Found`,
    );
    requests.length = 0;
  });

  it('are fetched again on the next load: remote documents are not watched, so never reused', async () => {
    await loader.load('remote.yaml', { cwd: dir, allowRemoteRefs: true });
    await loader.load('remote.yaml', { cwd: dir, allowRemoteRefs: true });
    expect(requests).toEqual(['/shared.yaml', '/shared.yaml']);
  });
});
