/**
 * The example's main job: the generated sender signs three events, a loopback server built on the
 * generated receiver verifies, parses and validates them. Exits 1 if anything does not arrive intact.
 */
import { createWebhookSigner } from 'acme-shop-sender';
import { startReceiver } from './receiver-server.js';
import { orderCreated, paymentSucceeded, shipmentDelivered } from './sample-events.js';

export async function roundTrip(log: (line: string) => void = console.log): Promise<boolean> {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const receiver = await startReceiver(secret);
  const webhooks = createWebhookSigner({ secret });
  try {
    const requests = [
      await webhooks.create('order.created', orderCreated),
      await webhooks.create('payment.succeeded', paymentSucceeded),
      await webhooks.create('shipment.delivered', shipmentDelivered),
    ];
    let ok = true;
    for (const request of requests) {
      const response = await fetch(receiver.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
      });
      const label = `${request.envelope.type}@${request.envelope.version}`;
      log(`sent ${label} as ${request.id} -> ${response.status}`);
      ok &&= response.status === 204;
    }
    const intact = requests.every(
      (request, i) => JSON.stringify(receiver.received[i]) === JSON.stringify(request.envelope),
    );
    log(
      intact
        ? `received ${receiver.received.length} events intact`
        : 'received events differ from what was sent',
    );
    return ok && intact;
  } finally {
    await receiver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await roundTrip()) ? 0 : 1;
}
