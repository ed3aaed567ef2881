/**
 * The README's main command (`npm run example`): the shop's backend sends a handful of events with the
 * generated sender to three merchant endpoints on loopback and prints what happened, in order.
 *
 * - `shop`: the generated receiver (createReceiver), healthy; subscribed to everything.
 * - `flaky`: the same receiver behind a server that answers 503 to its first two requests; payments only.
 * - `gone`: a merchant who left: it answers 410 Gone, so the sender disables it; shipments only.
 *
 * A schedule of milliseconds instead of minutes makes the retries visible in about a second.
 * Exits 1 if anything did not happen as described.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from 'acme-shop-receiver';
import { createSender, type Endpoint, type SenderHooks } from 'acme-shop-sender';
import { startReceiver } from './receiver-server.js';
import { orderCreated, paymentSucceeded, shipmentDelivered } from './sample-events.js';

const SHOP_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const FLAKY_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

/** Listens on a free loopback port; answers the URL and a close function. */
async function listen(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface DemoResult {
  ok: boolean;
  lines: string[];
}

export async function demo(print: (line: string) => void = console.log): Promise<DemoResult> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  const started = Date.now();
  const at = () => `+${String(Date.now() - started).padStart(5)} ms`;

  const shop = await startReceiver(SHOP_SECRET);
  let flakyRequests = 0;
  const flakyReceiver = createReceiver({ secret: FLAKY_SECRET });
  const flaky = await listen((req, res) => {
    if (++flakyRequests <= 2) res.writeHead(503).end('warming up');
    else flakyReceiver.node(req, res);
  });
  const gone = await listen((_req, res) => res.writeHead(410).end());

  const endpoints: Endpoint[] = [
    { id: 'shop', url: shop.url, secret: SHOP_SECRET },
    { id: 'flaky', url: flaky.url, secret: FLAKY_SECRET, events: ['payment.succeeded', 'payment.failed'] },
    {
      id: 'gone',
      url: gone.url,
      secret: 'whsec_dGhlIG1lcmNoYW50IGxlZnQgbG9uZyBhZ28=',
      events: ['shipment.delivered'],
    },
  ];
  let settled = 0;
  const outcomes = new Map<string, string>();
  const hooks: SenderHooks = {
    attempt({ delivery, endpoint, attempt, attemptNumber, nextAttemptAt }) {
      const answer = attempt.status ? `HTTP ${attempt.status}` : (attempt.error?.code ?? attempt.outcome);
      const next = nextAttemptAt === undefined ? '' : `, retry in ${nextAttemptAt - Date.now()} ms`;
      say(
        `${at()}  ${delivery.eventId.padEnd(20)} -> ${endpoint.id.padEnd(5)}  attempt ${attemptNumber}: ${answer} (${attempt.outcome}${next})`,
      );
      if (attempt.outcome === 'delivered') {
        settled++;
        outcomes.set(`${endpoint.id} ${delivery.eventId}`, `delivered on attempt ${attemptNumber}`);
      }
    },
    endpointDisabled({ endpoint, reason }) {
      say(`${at()}  endpoint ${endpoint.id} disabled: ${reason}`);
    },
    deadLettered({ delivery, endpoint, reason }) {
      settled++;
      outcomes.set(`${endpoint.id} ${delivery.eventId}`, `dead letter: ${reason}`);
      say(`${at()}  ${delivery.eventId.padEnd(20)} -> ${endpoint.id.padEnd(5)}  dead letter: ${reason}`);
    },
  };
  // Loopback endpoints: the SSRF guard would (rightly) refuse them without allowPrivateNetworks.
  const sender = createSender({
    endpoints,
    hooks,
    schedule: [0, 250, 500, 1000],
    allowPrivateNetworks: true,
    logger: false,
  });

  try {
    say('Sending 3 events to 3 endpoints (schedule 0 / 250 / 500 / 1000 ms, +-20% jitter):');
    const order = await sender.send('order.created', orderCreated, {
      idempotencyKey: `order-${orderCreated.id}`,
    });
    say(`${at()}  sent order.created      as ${order}`);
    const payment = await sender.send('payment.succeeded', paymentSucceeded);
    say(`${at()}  sent payment.succeeded  as ${payment}`);
    const shipment = await sender.send('shipment.delivered', shipmentDelivered);
    say(`${at()}  sent shipment.delivered as ${shipment}`);
    const again = await sender.send('order.created', orderCreated, {
      idempotencyKey: `order-${orderCreated.id}`,
    });
    say(
      `${at()}  sent order.created again with the same idempotency key: ${again === order ? 'same id, not sent twice' : 'NEW id'}`,
    );

    const expected = 5; // order -> shop; payment -> shop, flaky; shipment -> shop, gone
    const deadline = Date.now() + 10_000;
    while (settled < expected && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));

    const deadLetters = (await sender.deadLetters.list()).items;
    const disabled = Object.keys(await sender.endpoints.disabled());
    // Concurrent deliveries may arrive in any order: compare by type.
    const byType = (list: { type: string; data: unknown }[]) =>
      JSON.stringify([...list].sort((a, b) => a.type.localeCompare(b.type)).map((e) => e.data));
    const intact =
      byType(shop.received) ===
      byType([
        { type: 'order.created', data: orderCreated },
        { type: 'payment.succeeded', data: paymentSucceeded },
        { type: 'shipment.delivered', data: shipmentDelivered },
      ]);
    const checks: [string, boolean][] = [
      ['every delivery settled', settled === expected],
      ['the shop received 3 events, intact', shop.received.length === 3 && intact],
      ['the idempotent repeat returned the first id', again === order],
      [
        'flaky got the payment on attempt 3',
        outcomes.get('flaky payment.succeeded@2') === 'delivered on attempt 3',
      ],
      ['gone was disabled after its 410', disabled.includes('gone')],
      [
        'one dead letter, the shipment to gone',
        deadLetters.length === 1 && deadLetters[0]?.endpointId === 'gone',
      ],
    ];
    say('');
    say('Summary:');
    for (const [what, passed] of checks) say(`  ${passed ? 'ok  ' : 'FAIL'} ${what}`);
    say(
      `  dead letters: ${deadLetters.map((d) => `${d.id} (${d.attempts.length} attempt${d.attempts.length === 1 ? '' : 's'})`).join(', ') || 'none'}`,
    );
    return { ok: checks.every(([, passed]) => passed), lines };
  } finally {
    await sender.close();
    await Promise.all([shop.close(), flaky.close(), gone.close()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await demo()).ok ? 0 : 1;
}
