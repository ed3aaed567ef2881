/**
 * The generated sender's queued delivery in GitHub's wire format, on loopback: `createSender` sends the
 * bare payload with X-GitHub-Event, X-GitHub-Delivery and X-Hub-Signature-256, retries after a 503
 * with the same delivery id and signature, and the generated receiver runs its handler once.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from 'github-style-receiver';
import { createSender } from 'github-style-sender';
import { expect, it } from 'vitest';

const secret = 'It is a secret to everybody';
const user = { login: 'octocat', id: 1 };
const opened = {
  action: 'opened',
  issue: { number: 1347, title: 'Found a bug', state: 'open', user },
  repository: { id: 1296269, full_name: 'octocat/Hello-World' },
  sender: user,
} as const;

const until = async (condition: () => boolean, what: string) => {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
  }
};

it('createSender delivers GitHub-shaped requests; a retry keeps the delivery id and is de-duplicated', async () => {
  const handled: Array<{ id: string; type: string; number: number }> = [];
  const receiver = createReceiver({ secret });
  receiver.on('issues.opened', (event) => {
    handled.push({ id: event.id, type: event.type, number: event.data.issue.number });
  });
  const arrived: Array<{ headers: IncomingHttpHeaders; body: string; status: number }> = [];
  // Every request reaches the receiver, but the first answer is lost: GitHub-style senders retry.
  const server = createServer(async (request, response) => {
    const body = Buffer.concat(await request.toArray());
    const answer = await receiver.handle({ method: request.method ?? '', headers: request.headers, body });
    arrived.push({ headers: request.headers, body: body.toString(), status: answer.status });
    response.writeHead(arrived.length === 1 ? 503 : answer.status).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  let delivered = 0;
  const sender = createSender({
    endpoints: [{ id: 'app', url, secret }],
    schedule: [0, 20],
    jitter: 0,
    allowPrivateNetworks: true,
    logger: false,
    hooks: { delivered: () => void delivered++ },
  });
  try {
    const messageId = await sender.send('issues.opened', opened);
    await until(() => delivered === 1, 'the retry to be delivered');
    const [first, retry] = arrived as [(typeof arrived)[0], (typeof arrived)[0]];
    expect(retry.body).toBe(first.body);
    expect(JSON.parse(retry.body)).toEqual(opened);
    expect(retry.headers).toMatchObject({
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': messageId,
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(retry.body).digest('hex')}`,
    });
    expect(retry.headers['x-github-delivery']).toBe(first.headers['x-github-delivery']);
    expect([first.status, retry.status]).toEqual([204, 204]);
    expect(handled).toEqual([{ id: messageId, type: 'issues.opened', number: 1347 }]);
  } finally {
    await sender.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
});
