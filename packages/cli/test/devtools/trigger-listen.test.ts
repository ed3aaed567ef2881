import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../run-cli.js';
import {
  ERASURE,
  example,
  jsonLines,
  OTHER_SECRET,
  postTo,
  SECRET,
  signedHeaders,
  spawnListen,
  startApp,
} from './helpers.js';

// Spawning the CLI and loading the contract for every trigger takes seconds on a loaded machine.
const SLOW = 240_000;

// trigger runs in-process (one generator for the file); listen runs as the built CLI, stopped with SIGINT.
const { run, close } = cliRunner();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-devtools-'));
});
afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

interface TriggerJson {
  event: string;
  request: { headers: Record<string, string>; body: string };
  response: { status: number; headers: Record<string, string>; body: string };
  ok: boolean;
}

function triggerJson(stdout: string): TriggerJson[] {
  return jsonLines(stdout) as unknown as TriggerJson[];
}

describe('hookwright trigger -> hookwright listen over loopback', () => {
  it(
    'delivers every event of the example contract, each accepted with its type, version and id',
    async () => {
      const inspect = await run('inspect', example, '--json');
      const ids = (JSON.parse(inspect.stdout) as { events: { id: string }[] }).events.map((e) => e.id);
      expect(ids.length).toBeGreaterThan(10);
      const listen = await spawnListen('--json');
      const sent: TriggerJson[] = [];
      try {
        for (const id of ids) {
          const result = await run('trigger', example, id, '--url', listen.url, '--secret', SECRET, '--json');
          expect({ id, code: result.code, stderr: result.stderr }).toEqual({ id, code: 0, stderr: '' });
          const [exchange] = triggerJson(result.stdout);
          expect(exchange).toMatchObject({ event: id, ok: true, response: { status: 204 } });
          sent.push(exchange!);
        }
      } finally {
        const stopped = await listen.stop();
        expect(stopped.code).toBe(0);
        const lines = jsonLines(stopped.stdout);
        const summary = lines.pop();
        expect(summary).toEqual({
          summary: { received: ids.length, accepted: ids.length, duplicate: 0, unknown: 0, rejected: {} },
        });
        expect(lines.map((l) => `${l.type}@${l.version} ${l.id} ${l.verdict} ${l.status}`)).toEqual(
          sent.map((s) => `${s.event} ${s.request.headers['webhook-id']} accepted 204`),
        );
      }
    },
    SLOW,
  );

  it(
    '--repeat sends new webhook-ids; a replayed request is reported as a duplicate',
    async () => {
      const listen = await spawnListen('--json');
      try {
        const result = await run(
          'trigger',
          example,
          'order.created@1',
          '--url',
          listen.url,
          '--secret',
          SECRET,
          '--repeat',
          '2',
          '--json',
        );
        expect(result.code).toBe(0);
        const [first, second] = triggerJson(result.stdout);
        expect(first!.request.headers['webhook-id']).not.toBe(second!.request.headers['webhook-id']);
        const replay = await postTo(listen.url, first!.request.headers, first!.request.body);
        expect(replay.status).toBe(204);
      } finally {
        const lines = jsonLines((await listen.stop()).stdout);
        expect(lines.map((l) => l.verdict)).toEqual(['accepted', 'accepted', 'duplicate', undefined]);
        expect(lines.at(-1)).toMatchObject({ summary: { received: 3, accepted: 2, duplicate: 1 } });
      }
    },
    SLOW,
  );
});

describe('hookwright listen', () => {
  it(
    'rejects forged, stale and invalid requests with the pipeline status, code and JSON pointers',
    async () => {
      const listen = await spawnListen('--json');
      const valid = JSON.stringify({
        type: 'customer.deleted',
        version: 1,
        timestamp: new Date().toISOString(),
        data: ERASURE,
      });
      const invalid = JSON.stringify({
        type: 'order.cancelled',
        version: 1,
        timestamp: new Date().toISOString(),
        data: { orderId: 42 },
      });
      let answers: { status: number; body: string }[] = [];
      try {
        answers = [
          await postTo(listen.url, signedHeaders(OTHER_SECRET, valid), valid),
          await postTo(
            listen.url,
            signedHeaders(SECRET, valid, { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
            valid,
          ),
          await postTo(listen.url, signedHeaders(SECRET, invalid), invalid),
        ];
      } finally {
        const stopped = await listen.stop();
        expect(stopped.code).toBe(0);
        const lines = jsonLines(stopped.stdout);
        expect(answers.map((a) => a.status)).toEqual([401, 401, 422]);
        expect(answers.map((a) => (JSON.parse(a.body) as { error: { code: string } }).error.code)).toEqual([
          'NO_MATCHING_SIGNATURE',
          'TIMESTAMP_TOO_OLD',
          'INVALID_PAYLOAD',
        ]);
        const [forged, stale, bad, summary] = lines;
        expect(forged).toMatchObject({
          verdict: 'rejected',
          status: 401,
          code: 'NO_MATCHING_SIGNATURE',
          type: 'customer.deleted',
          version: 1,
        });
        expect(forged!.message).toMatch(/no signature matches/);
        expect(stale).toMatchObject({ verdict: 'rejected', status: 401, code: 'TIMESTAMP_TOO_OLD' });
        expect(stale!.message).toMatch(/timestamp/);
        expect(bad).toMatchObject({
          verdict: 'rejected',
          status: 422,
          code: 'INVALID_PAYLOAD',
          type: 'order.cancelled',
        });
        const pointers = (bad!.issues as { pointer: string; message: string }[]).map((i) => i.pointer);
        expect(pointers).toContain('/orderId');
        expect(summary).toEqual({
          summary: {
            received: 3,
            accepted: 0,
            duplicate: 0,
            unknown: 0,
            rejected: { INVALID_PAYLOAD: 1, NO_MATCHING_SIGNATURE: 1, TIMESTAMP_TOO_OLD: 1 },
          },
        });
      }
    },
    SLOW,
  );

  it(
    '--forward relays the exact body bytes and signature headers and answers with the app',
    async () => {
      const app = await startApp(202, 'queued by the app');
      const listen = await spawnListen('--json', '--forward', app.url);
      let exchange: TriggerJson | undefined;
      try {
        const result = await run(
          'trigger',
          example,
          'payment.succeeded',
          '--url',
          listen.url,
          '--secret',
          SECRET,
          '--json',
        );
        expect(result.code).toBe(0);
        exchange = triggerJson(result.stdout)[0];
      } finally {
        const lines = jsonLines((await listen.stop()).stdout);
        await app.close();
        expect(exchange?.response).toMatchObject({ status: 202, body: 'queued by the app' });
        expect(exchange?.response.headers['x-app']).toBe('yes');
        expect(app.received).toHaveLength(1);
        const got = app.received[0]!;
        expect(got.body.equals(Buffer.from(exchange!.request.body, 'utf8'))).toBe(true);
        for (const name of ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature']) {
          expect(got.headers[name]).toBe(exchange!.request.headers[name]);
        }
        // The relayed request still verifies: same bytes, same signed headers.
        const resigned = signedHeaders(SECRET, got.body.toString('utf8'), {
          id: String(got.headers['webhook-id']),
          timestamp: Number(got.headers['webhook-timestamp']),
        });
        expect(got.headers['webhook-signature']).toBe(resigned['webhook-signature']);
        expect(lines[0]).toMatchObject({ verdict: 'accepted', status: 202, forward: { status: 202 } });
      }
    },
    SLOW,
  );

  it(
    '--forward reports an app that fails, and answers the sender with its status',
    async () => {
      const app = await startApp(500, 'app broke');
      const listen = await spawnListen('--json', '--forward', app.url);
      let code: number | undefined;
      try {
        code = (
          await run('trigger', example, 'refund.created', '--url', listen.url, '--secret', SECRET, '--json')
        ).code;
      } finally {
        const lines = jsonLines((await listen.stop()).stdout);
        await app.close();
        expect(code).toBe(1);
        expect(lines[0]).toMatchObject({
          verdict: 'rejected',
          status: 500,
          code: 'FORWARD_FAILED',
          forward: { status: 500 },
        });
        expect(lines[1]).toMatchObject({ summary: { rejected: { FORWARD_FAILED: 1 } } });
      }
    },
    SLOW,
  );
});

describe('hookwright trigger', () => {
  it('refuses invalid --data before sending, naming each field by JSON pointer', async () => {
    const app = await startApp(204, '');
    const data = join(dir, 'bad-order.json');
    await writeFile(data, JSON.stringify({ orderId: 42, reason: 'not-a-reason', extra: true }));
    try {
      const result = await run(
        'trigger',
        example,
        'order.cancelled',
        '--url',
        app.url,
        '--secret',
        SECRET,
        '--data',
        data,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/invalid data for order\.cancelled@1 .*nothing was sent/);
      expect(result.stderr).toMatch(/^ {2}\/orderId must be string$/m);
      expect(app.received).toHaveLength(0);
    } finally {
      await app.close();
    }
  });

  it('sends --data that is valid, prints request and answer, and exits 1 on a non-2xx answer', async () => {
    const app = await startApp(410, 'gone');
    const data = join(dir, 'good.json');
    await writeFile(data, JSON.stringify(ERASURE));
    try {
      const result = await run(
        'trigger',
        example,
        'customer.deleted@1',
        '--url',
        app.url,
        '--secret',
        SECRET,
        '--data',
        data,
        '--header',
        'X-Trace=abc',
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^> POST http:\/\/127\.0\.0\.1:\d+\/webhooks {2}customer\.deleted@1$/m);
      expect(result.stdout).toMatch(/^ {2}webhook-signature: v1,\S+$/m);
      expect(result.stdout).toMatch(/^< 410 {2}[\d.]+ ms$/m);
      expect(result.stdout).toMatch(/^gone$/m);
      expect(app.received[0]?.headers['x-trace']).toBe('abc');
    } finally {
      await app.close();
    }
  });

  it('names the examples an event has when --example is unknown, and unknown events', async () => {
    const unknownExample = await run(
      'trigger',
      example,
      'order.created@2',
      '--url',
      'http://127.0.0.1:9/',
      '--secret',
      SECRET,
      '--example',
      'nope',
    );
    expect(unknownExample.code).toBe(1);
    expect(unknownExample.stderr).toContain(
      'order.created@2 has no example named "nope"; its examples: usdOrder',
    );
    const unknownEvent = await run(
      'trigger',
      example,
      'order.exploded',
      '--url',
      'http://127.0.0.1:9/',
      '--secret',
      SECRET,
    );
    expect(unknownEvent.code).toBe(1);
    expect(unknownEvent.stderr).toContain('unknown event type "order.exploded"');
  });

  it('refuses a document whose example fails its schema, with the diagnostic generate prints', async () => {
    // A 3.0 message example (the parser checks 2.x examples itself, and the load fails first).
    const document = join(dir, 'bad-example.yaml');
    await writeFile(
      document,
      [
        'asyncapi: 3.0.0',
        'info: { title: Bad Example, version: 1.0.0 }',
        'channels:',
        '  orders:',
        '    address: /orders',
        '    messages:',
        "      orderCreated: { $ref: '#/components/messages/OrderCreated' }",
        'operations:',
        '  sendOrders:',
        '    action: send',
        "    channel: { $ref: '#/channels/orders' }",
        'components:',
        '  messages:',
        '    OrderCreated:',
        '      x-event-type: order.created',
        '      payload:',
        '        type: object',
        '        required: [id]',
        '        properties: { id: { type: string } }',
        '      examples:',
        '        - name: numeric',
        '          payload: { id: 7 }',
        '',
      ].join('\n'),
    );
    const invalidExample = (stderr: string) =>
      stderr.split('\n').filter((line) => line.includes(' invalid-example '));
    const generated = await run('generate', document, '--out', join(dir, 'bad-example-out'));
    expect(generated.code).toBe(1);
    const wanted = invalidExample(generated.stderr);
    expect(wanted).toHaveLength(1);
    expect(wanted[0]).toMatch(
      /bad-example\.yaml:22:22 error invalid-example example "numeric" of order\.created@1/,
    );
    const trigger = await run(
      'trigger',
      document,
      'order.created',
      '--url',
      'http://127.0.0.1:9/',
      '--secret',
      SECRET,
    );
    expect([trigger.code, invalidExample(trigger.stderr), trigger.stdout]).toEqual([1, wanted, '']);
    const listen = await run('listen', document, '--secret', SECRET, '--port', '0');
    expect([listen.code, invalidExample(listen.stderr)]).toEqual([1, wanted]);
  });

  it('exits 1 with the network error when nothing answers', async () => {
    const app = await startApp(204, '');
    await app.close();
    const result = await run('trigger', example, 'order.created', '--url', app.url, '--secret', SECRET);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^hookwright: POST http:\/\/127\.0\.0\.1:\d+\/webhooks failed: .*ECONNREFUSED/m,
    );
  });
});
