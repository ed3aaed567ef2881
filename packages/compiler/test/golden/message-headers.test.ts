/**
 * A contract whose message describes headers (required `X-Request-Id` with a pattern, optional
 * `X-Priority` enum): the generated receiver checks them with the compiled header validator after
 * the signature, matching the lower-cased names HTTP delivers to the schema's spelling, answers 422
 * with pointers into the headers, and hands handlers (and `constructEvent`) typed headers. A closed
 * header schema (`additionalProperties: false`) is checked against its declared headers alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePackageNames } from '../../src/emit/packages/package-settings.js';
import { createGenerator } from '../../src/generate/generator.js';
import { createConsumerProject, runWithoutEval, typecheck } from './consumer-project.js';

const DOCUMENT = `asyncapi: 3.0.0
info: { title: Header Shop, version: 1.0.0 }
channels:
  orders:
    address: /orders
    messages:
      created:
        name: order.created
        headers:
          type: object
          required: [X-Request-Id]
          properties:
            X-Request-Id: { type: string, pattern: "^req_[a-z0-9]+$" }
            X-Priority: { type: string, enum: [low, high] }
        payload:
          type: object
          required: [id]
          properties: { id: { type: string } }
      shipped:
        name: order.shipped
        headers:
          type: object
          additionalProperties: false
          required: [X-Carrier]
          properties:
            X-Carrier: { type: string, enum: [ups, dhl] }
        payload:
          type: object
          required: [id]
          properties: { id: { type: string } }
      deleted:
        name: order.deleted
        payload:
          type: object
          required: [id]
          properties: { id: { type: string } }
operations:
  sendOrders:
    action: send
    channel: { $ref: "#/channels/orders" }
`;

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** Signs requests with the generated sender and sends them through the generated receiver. */
const runScript = (sender: string, receiver: string) => `
import { createSigner } from '@hookwright/runtime/signing';
import { constructEvent, createReceiver, InvalidHeadersError } from '${receiver}';
import { createEnvelope, createWebhook, InvalidHeadersError as SenderHeadersError } from '${sender}';

const secret = '${SECRET}';
const seen = [];
const receiver = createReceiver({ secret, idempotency: false });
receiver.on('order.created', (event) => {
  seen.push({ headers: { ...event.headers }, viaGet: event.headers.get('X-REQUEST-ID') });
});
const shipped = [];
receiver.on('order.shipped', (event) => {
  shipped.push({ ...event.headers });
});
receiver.on('order.deleted', (event) => {
  seen.push({ deleted: Object.keys(event.headers), viaGet: event.headers.get('x-request-id') });
});
// Signed by hand: the generated sender refuses headers its schema refuses, and these tests need them.
const signer = createSigner({ secret });
let ids = 0;
const signed = async (type, extra, shape = 'record') => {
  const body = JSON.stringify(createEnvelope(type, { id: 'o_1' }));
  const signature = await signer.sign({ id: \`msg_\${++ids}\`, body });
  const all = { 'content-type': 'application/json', ...signature, ...extra };
  return { body, headers: shape === 'fetch' ? new Headers(all) : all };
};
const send = async (type, extra, shape) => {
  const response = await receiver.handle({ method: 'POST', ...(await signed(type, extra, shape)) });
  return { status: response.status, body: response.body === null ? null : JSON.parse(response.body) };
};
const report = {
  valid: await send('order.created', { 'x-request-id': 'req_abc', 'x-priority': 'high', 'x-trace': 't1' }),
  mixedCaseRecord: await send('order.created', { 'X-REQUEST-ID': 'req_def' }),
  fetchHeaders: await send('order.created', { 'X-Request-Id': 'req_ghi' }, 'fetch'),
  missing: await send('order.created', {}),
  badPattern: await send('order.created', { 'x-request-id': 'nope' }),
  badEnum: await send('order.created', { 'x-request-id': 'req_abc', 'x-priority': 'urgent' }),
  noSchema: await send('order.deleted', { 'x-request-id': 'anything' }),
  // A closed schema (additionalProperties: false) sees its declared headers alone, not host or the signature's.
  closedValid: await send('order.shipped', { 'x-carrier': 'ups', 'x-trace': 't1' }),
  closedInvalid: await send('order.shipped', { 'x-carrier': 'fedex' }),
  closedMissing: await send('order.shipped', {}),
  seen,
  shipped,
};
const good = await signed('order.created', { 'x-request-id': 'req_xyz' });
const event = await constructEvent(good.body, good.headers, { secret });
report.constructed = { id: event.id === good.headers['webhook-id'], requestId: event.headers['X-Request-Id'] };
const bad = await signed('order.created', { 'x-request-id': 'REQ' });
report.thrown = await constructEvent(bad.body, bad.headers, { secret }).then(
  () => 'accepted',
  (error) => ({ isClass: error instanceof InvalidHeadersError, code: error.code, issues: error.issues.map((i) => i.pointer) }),
);
const sent = await createWebhook('order.created', { id: 'o_2' }, { secret, headers: { 'X-Request-Id': 'req_sent' } });
report.sent = { header: sent.headers['x-request-id'], answer: (await receiver.handle({ method: 'POST', ...sent })).status };
report.senderRefuses = await createWebhook('order.created', { id: 'o_3' }, { secret }).then(
  () => 'signed',
  (error) => error instanceof SenderHeadersError && error.code,
);
report.senderClosed = await createWebhook('order.shipped', { id: 'o_4' }, { secret, headers: { 'X-Carrier': 'dhl', 'X-Other': 'x' } }).then(
  () => 'signed',
  (error) => error instanceof SenderHeadersError && error.issues.map((i) => i.keyword),
);
console.log(JSON.stringify(report));
`;

/** Type-level use: `event.headers` carries the schema's names and types where the message has headers. */
const consumer = (sender: string, receiver: string) => `
import { constructEvent, createReceiver, type ReceivedEvent } from '${receiver}';
import { createSender } from '${sender}';

const receiver = createReceiver({ secret: '${SECRET}' });
receiver.on('order.created', (event) => {
  const requestId: string = event.headers['X-Request-Id'];
  const priority: 'low' | 'high' | undefined = event.headers['X-Priority'];
  // @ts-expect-error the header is a string, not a number
  const wrong: number = event.headers['X-Request-Id'];
  void requestId, priority, wrong;
});
receiver.on('order.deleted', (event) => {
  const any: string | undefined = event.headers.get('x-request-id');
  // @ts-expect-error order.deleted describes no headers
  void event.headers['X-Request-Id'];
  void any;
});
export async function handle(body: string, headers: Record<string, string>): Promise<string | undefined> {
  const event = await constructEvent(body, headers, { secret: '${SECRET}' });
  if (event.type === 'order.created') return event.headers['X-Request-Id'];
  return event.id;
}
export type Created = ReceivedEvent<'order.created'>['headers']['X-Request-Id'];

const sender = createSender({ endpoints: [] });
export const queued = sender.send('order.created', { id: 'o_1' }, { headers: { 'X-Request-Id': 'req_1' } });
// @ts-expect-error X-Priority is 'low' | 'high'
export const refused = sender.send('order.created', { id: 'o_1' }, { headers: { 'X-Request-Id': 'r', 'X-Priority': 'now' } });
`;

describe('a contract whose message describes headers', () => {
  let dir: string;
  let sender: string;
  let receiver: string;
  let events: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hookwright-headers-'));
    const file = join(dir, 'asyncapi.yaml');
    await writeFile(file, DOCUMENT);
    const result = await createGenerator().generate(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    ({ sender, receiver } = resolvePackageNames(result.contract!));
    events = result.files![`${receiver}/src/events.ts`]!;
    await createConsumerProject(join(dir, 'project'), result.files!);
    await writeFile(join(dir, 'project/run.mjs'), runScript(sender, receiver));
    await writeFile(join(dir, 'project/consumer.ts'), consumer(sender, receiver));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('puts the schema spellings and the header validator in the event table', () => {
    expect(events).toContain(
      'headers: { names: ["X-Priority","X-Request-Id"], validate: headerValidators["order.created@1"] }',
    );
    expect(events).toContain(
      '{ type: "order.deleted", version: 1, deprecated: false, validate: validators["order.deleted@1"] }',
    );
    expect(events).toContain(
      'headers: { names: ["X-Carrier"], closed: true, validate: headerValidators["order.shipped@1"] }',
    );
  });

  it('checks headers case-insensitively, answers 422 with pointers, and hands over typed headers', async () => {
    const report = JSON.parse(await runWithoutEval(join(dir, 'project'), 'run.mjs'));
    expect(report.valid).toEqual({ status: 204, body: null });
    expect(report.mixedCaseRecord.status).toBe(204);
    expect(report.fetchHeaders.status).toBe(204);
    const invalid = (pointer: string, keyword: string, event = 'order.created@1') => ({
      status: 422,
      body: {
        error: {
          code: 'INVALID_HEADERS',
          message: expect.stringContaining(`invalid headers for ${event} at ${pointer}`),
          issues: [expect.objectContaining({ pointer, keyword })],
        },
      },
    });
    expect(report.missing).toEqual(invalid('/X-Request-Id', 'required'));
    expect(report.badPattern).toEqual(invalid('/X-Request-Id', 'pattern'));
    expect(report.badEnum).toEqual(invalid('/X-Priority', 'enum'));
    expect(report.noSchema.status).toBe(204);
    const [valid, mixed, fetched, deleted] = report.seen;
    // Declared names in the schema's spelling, the others kept in lower case (none lost).
    expect(valid.headers).toMatchObject({ 'X-Request-Id': 'req_abc', 'X-Priority': 'high', 'x-trace': 't1' });
    expect(valid.headers).toHaveProperty('webhook-signature');
    expect(valid.headers).not.toHaveProperty('x-request-id');
    expect(valid.viaGet).toBe('req_abc');
    expect(mixed.headers['X-Request-Id']).toBe('req_def');
    expect(fetched.headers['X-Request-Id']).toBe('req_ghi');
    expect(deleted).toEqual({ deleted: ['get'], viaGet: 'anything' });
    expect(report.seen).toHaveLength(5);
    expect(report.seen[4].headers['X-Request-Id']).toBe('req_sent');
    expect(report.sent).toEqual({ header: 'req_sent', answer: 204 });
    expect(report.senderRefuses).toBe('INVALID_HEADERS');
    expect(report.constructed).toEqual({ id: true, requestId: 'req_xyz' });
    expect(report.thrown).toEqual({ isClass: true, code: 'INVALID_HEADERS', issues: ['/X-Request-Id'] });
    expect(report.closedValid).toEqual({ status: 204, body: null });
    expect(report.closedInvalid).toEqual(invalid('/X-Carrier', 'enum', 'order.shipped@1'));
    expect(report.closedMissing).toEqual(invalid('/X-Carrier', 'required', 'order.shipped@1'));
    expect(report.shipped).toEqual([{ 'X-Carrier': 'ups' }]);
    expect(report.senderClosed).toEqual(['additionalProperties']);
  });

  it('types event.headers from EventHeadersMap', async () => {
    expect(await typecheck(join(dir, 'project'), 'consumer.ts', 'bundler')).toBe('');
  });
});
