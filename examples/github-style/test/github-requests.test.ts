/**
 * GitHub-shaped requests (bare payload, X-GitHub-Event + action, X-Hub-Signature-256 made here with
 * node:crypto, X-GitHub-Delivery) through the generated receiver on a loopback server.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constructEvent, createReceiver, type ReceivedEvent } from 'github-style-receiver';
import { createWebhook } from 'github-style-sender';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';

const secret = 'It is a secret to everybody';
const user = { login: 'octocat', id: 1 };
const repository = { id: 1296269, full_name: 'octocat/Hello-World' };
const opened = {
  action: 'opened',
  issue: { number: 1347, title: 'Found a bug', state: 'open', user },
  repository,
  sender: user,
} as const;
const push = {
  ref: 'refs/heads/main',
  before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
  after: '0000000000000000000000000000000000000000',
  repository,
  sender: user,
};

let delivery = 0;
/** What GitHub sends: its headers, the payload as the body, the hex HMAC of the body. */
function github(event: string, payload: unknown, options: { id?: string; key?: string } = {}) {
  const body = JSON.stringify(payload);
  const mac = createHmac('sha256', options.key ?? secret)
    .update(body)
    .digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/044aadd',
      'x-github-event': event,
      'x-github-delivery':
        options.id ?? `72d3162e-cc78-11e3-81ab-4c9367dc${String(delivery++).padStart(4, '0')}`,
      'x-hub-signature-256': `sha256=${mac}`,
    },
  };
}

const seen: Array<{ id: string; type: string; data: unknown }> = [];
const unknown: string[] = [];
const receiver = createReceiver({
  secret,
  onUnknown: (event) => {
    unknown.push(event.type);
  },
});
receiver.on('issues.opened', (event) => {
  expectTypeOf(event.data.issue.number).toEqualTypeOf<number>();
  expectTypeOf(event.data.action).toEqualTypeOf<'opened'>();
  seen.push({ id: event.id, type: event.type, data: event.data });
});
receiver.on('push', (event) => {
  expectTypeOf(event).toEqualTypeOf<ReceivedEvent<'push'>>();
  seen.push({ id: event.id, type: event.type, data: event.data });
});

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(receiver.node);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = async (request: { body: string; headers: Record<string, string> }) => {
  const response = await fetch(url, { method: 'POST', ...request });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
};

describe('GitHub-shaped requests', () => {
  it('issues + action "opened" is issues.opened, handled once per delivery', async () => {
    seen.length = 0;
    const request = github('issues', opened, { id: 'delivery-opened' });
    expect((await post(request)).status).toBe(204);
    expect((await post(request)).status).toBe(204);
    expect(seen).toEqual([{ id: 'delivery-opened', type: 'issues.opened', data: opened }]);
  });

  it('push has no action: the header alone names it', async () => {
    seen.length = 0;
    expect((await post(github('push', push))).status).toBe(204);
    expect(seen.map((e) => e.type)).toEqual(['push']);
  });

  it('events the contract does not describe (ping, issues.edited) go to onUnknown with 204', async () => {
    unknown.length = 0;
    expect((await post(github('ping', { zen: 'Design for failure.', hook_id: 1 }))).status).toBe(204);
    expect((await post(github('issues', { ...opened, action: 'edited' }))).status).toBe(204);
    expect(unknown).toEqual(['ping', 'issues.edited']);
  });

  it('401 for another secret or a changed body', async () => {
    expect(await post(github('push', push, { key: 'not the secret' }))).toMatchObject({
      status: 401,
      body: { error: { code: 'NO_MATCHING_SIGNATURE' } },
    });
    const request = github('push', push);
    expect((await post({ ...request, body: request.body.replace('main', 'mainx') })).status).toBe(401);
  });

  it('400 naming the part when action is not a string', async () => {
    const response = await post(github('issues', { ...opened, action: 42 }));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'body:/action: an event type part must be a non-empty string, got 42',
    );
  });

  it('400 when X-GitHub-Event is missing and the body names nothing', async () => {
    const request = github('push', push);
    const { 'x-github-event': _, ...headers } = request.headers;
    expect((await post({ ...request, headers })).status).toBe(400);
  });

  it('422 with JSON pointers when the payload breaks its schema', async () => {
    const response = await post(github('issues', { ...opened, issue: { ...opened.issue, number: 0 } }));
    expect(response.status).toBe(422);
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ pointer: '/issue/number', keyword: 'minimum' }),
    ]);
  });
});

describe('the generated sender speaks the same format', () => {
  it('createWebhook sets X-GitHub-Event from the type minus the action, and signs like GitHub', async () => {
    const request = await createWebhook('issues.opened', opened, { secret, id: 'sent-1' });
    expect(request.headers).toMatchObject({
      'x-github-event': 'issues',
      'x-github-delivery': 'sent-1',
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(request.body).digest('hex')}`,
    });
    expect(JSON.parse(request.body)).toEqual(opened);
    seen.length = 0;
    expect((await post(request)).status).toBe(204);
    expect(seen).toEqual([{ id: 'sent-1', type: 'issues.opened', data: opened }]);
  });

  it('constructEvent verifies with the github scheme and returns the payload as data', async () => {
    const request = github('push', push);
    const event = await constructEvent(request.body, request.headers, { secret });
    expect(event).toMatchObject({ type: 'push', version: 1, data: push });
  });
});
