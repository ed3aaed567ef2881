/**
 * Payload mode, GitHub-style: the generated github-style receiver (examples/github-style: bare
 * payload, X-GitHub-Event + action, X-Hub-Signature-256; verify + identify + validate against the
 * schema + idempotency on X-GitHub-Delivery + dispatch) against `@octokit/webhooks` (verify + JSON.parse
 * + dispatch, no validation) on the same requests:
 *
 * - in process: our `createEventVerifier().constructEvent` vs octokit `webhooks.verifyAndReceive`;
 * - over HTTP: `receiver.node` vs octokit `createNodeMiddleware` (which calls `verifyAndReceive`),
 *   with the in-process load generator of this folder.
 *
 *   npm run build && npx tsx scripts/bench/receiver/github-style.ts [--rounds 7] [--sample-ms 1000]
 *
 * Uses the BUILT runtime (through the generated package). Target (issue 14): faster than octokit.
 */
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createNodeMiddleware, Webhooks } from '@octokit/webhooks';
import {
  createEventVerifier,
  createReceiver,
} from '../../../examples/github-style/generated/github-style-receiver/dist/index.js';
import { computeRatios, formatRatios, formatResults, median, runInterleaved } from '../lib/index.js';
import { runLoad } from './load.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    'sample-ms': { type: 'string', default: '1000' },
    connections: { type: 'string', default: '20' },
  },
});
const rounds = Number(values.rounds);
const sampleMs = Number(values['sample-ms']);
const SECRET = 'bench-secret';
const user = { login: 'octocat', id: 1 };
const repository = { id: 1296269, full_name: 'octocat/Hello-World' };

/** A push of about 1 KiB (the padding is a field the schema does not constrain) and an issue opened. */
const push = JSON.stringify({
  ref: 'refs/heads/main',
  before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
  after: '0000000000000000000000000000000000000000',
  repository,
  sender: user,
  compare: `https://github.com/octocat/Hello-World/compare/${'x'.repeat(760)}`,
});
const opened = JSON.stringify({
  action: 'opened',
  issue: { number: 1347, title: 'Found a bug', state: 'open', user, body: 'y'.repeat(700) },
  repository,
  sender: user,
});
const PAYLOADS = [
  { name: 'push', body: push, mac: sign(push) },
  { name: 'issues', body: opened, mac: sign(opened) },
];

function sign(body: string): string {
  return `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
}

let sequence = 0;
/** The next delivery: the two payloads in turn, each with a fresh X-GitHub-Delivery. */
function nextDelivery() {
  const payload = PAYLOADS[sequence % PAYLOADS.length]!;
  return { ...payload, id: `d${++sequence}` };
}

const ours = createReceiver({ secret: SECRET });
ours.on('push', () => {}).on('issues.opened', () => {});
const verifier = createEventVerifier({ secret: SECRET });
const webhooks = new Webhooks({ secret: SECRET });
webhooks.on('push', () => {});
webhooks.on('issues.opened', () => {});

// Both must accept the same requests before anything is measured.
for (const payload of PAYLOADS) {
  const headers = { 'x-github-event': payload.name, 'x-hub-signature-256': payload.mac };
  await verifier.constructEvent(payload.body, headers);
  await webhooks.verifyAndReceive({
    id: 'check',
    name: payload.name as 'push',
    payload: payload.body,
    signature: payload.mac,
  });
}

const load = () =>
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;
console.log(
  `GitHub-style payload mode, Node ${process.version}, bodies ${push.length} and ${opened.length} bytes in turn; ${load()}\n`,
);

const inProcess = await runInterleaved(
  [
    {
      name: 'ours constructEvent (verify + identify + validate)',
      kind: 'async',
      run: () => {
        const d = nextDelivery();
        return verifier.constructEvent(d.body, {
          'x-github-event': d.name,
          'x-github-delivery': d.id,
          'x-hub-signature-256': d.mac,
        });
      },
    },
    {
      name: 'octokit verifyAndReceive (verify + parse)',
      kind: 'async',
      run: () => {
        const d = nextDelivery();
        return webhooks.verifyAndReceive({
          id: d.id,
          name: d.name as 'push',
          payload: d.body,
          signature: d.mac,
        });
      },
    },
  ],
  { rounds, sampleMs },
);
console.log(formatResults('in process, calls per second (median, range over rounds)', inProcess));

async function listen(listener: RequestListener): Promise<{ port: number; server: Server }> {
  const server = createServer({ keepAliveTimeout: 60_000 }, listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as AddressInfo).port, server };
}

const octokitMiddleware = createNodeMiddleware(webhooks, {
  path: '/webhooks',
  log: { debug() {}, info() {}, warn() {}, error() {} },
});
const servers = {
  ours: await listen(ours.node as RequestListener),
  octokit: await listen((req, res) => void octokitMiddleware(req, res)),
};
const makeRequest = () => {
  const d = nextDelivery();
  const bytes = Buffer.from(d.body);
  const head =
    'POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
    `content-length: ${bytes.length}\r\nx-github-event: ${d.name}\r\nx-github-delivery: ${d.id}\r\n` +
    `x-hub-signature-256: ${d.mac}\r\nuser-agent: GitHub-Hookshot/bench\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
};
const connections = Number(values.connections);
const http = { ours: [] as number[], octokit: [] as number[] };
for (const name of ['ours', 'octokit'] as const) {
  await runLoad(servers[name].port, makeRequest, { connections, durationMs: sampleMs });
}
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 === 0 ? (['ours', 'octokit'] as const) : (['octokit', 'ours'] as const)) {
    const result = await runLoad(servers[name].port, makeRequest, { connections, durationMs: sampleMs });
    if (result.failures > 0) throw new Error(`${name}: ${result.failures} requests failed`);
    http[name].push(result.completed / result.cpuSeconds);
  }
}
const overHttp = (['ours', 'octokit'] as const).map((name) => ({
  name: `${name} over HTTP`,
  samples: http[name],
  median: median(http[name]),
}));
console.log(
  formatResults('over HTTP, requests per CPU second (median, range over rounds)', overHttp).replaceAll(
    'ops/s',
    'req/s',
  ),
);
console.log(
  formatRatios(
    computeRatios([
      {
        label: 'ours / octokit, in process',
        numerator: inProcess[0]!,
        denominator: inProcess[1]!,
        atLeast: 1,
      },
      { label: 'ours / octokit, over HTTP', numerator: overHttp[0]!, denominator: overHttp[1]!, atLeast: 1 },
    ]),
  ),
);
console.log(`\nafter: ${load()}`);
await Promise.all(
  Object.values(servers).map(
    ({ server }) =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  ),
);
