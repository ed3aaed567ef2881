/**
 * trigger and listen on payload-mode contracts (the github-style and stripe-style examples): every
 * event's example is sent the way the provider sends it, verified with the contract's scheme,
 * identified from its wire parts and reported with its delivery id; forged and repeated requests
 * are told apart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  createContractEventTable,
  type DeliveryRecord,
  exampleFor,
  prepareTrigger,
  sendTrigger,
  startListener,
} from '../../src/devtools/index.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { loadWireExample, WIRE_EXAMPLES } from '../helpers/wire-examples.js';

const loader = new ContractLoader();
afterAll(() => loader.close());

describe.each(WIRE_EXAMPLES)('$name: trigger -> listen', ({ name, secret, header }) => {
  it('delivers every event, reports it by type, version and delivery id, and refuses forgeries', async () => {
    const contract = await loadWireExample(loader, name);
    const { table } = createContractEventTable(contract);
    const records: DeliveryRecord[] = [];
    const listener = await startListener({ table, secret, port: 0, onDelivery: (r) => records.push(r) });
    try {
      for (const event of contract.events) {
        const data = exampleFor(contract, event.id).value;
        const request = await prepareTrigger({ table, event: event.id, data, url: listener.url, secret });
        expect(request.eventId).toBe(event.id);
        expect(request.body).toBe(JSON.stringify(data));
        expect(Object.keys(request.headers).some((h) => h.startsWith('webhook-'))).toBe(false);
        const result = await sendTrigger(request);
        expect(result.response.status, event.id).toBeLessThan(300);
        const id = header ? request.headers[header] : (data as { id: string }).id;
        expect(records.at(-1)).toMatchObject({
          verdict: 'accepted',
          type: event.type,
          version: event.version,
          id,
        });
        // The same delivery again is a duplicate, answered 2xx.
        expect((await sendTrigger(request)).response.status).toBeLessThan(300);
        expect(records.at(-1)).toMatchObject({ verdict: 'duplicate', id });
      }
      const first = contract.events[0]!;
      const forged = await prepareTrigger({
        table,
        event: first.id,
        data: exampleFor(contract, first.id).value,
        url: listener.url,
        secret: `${secret}-wrong`,
      });
      expect((await sendTrigger(forged)).response.status).toBe(401);
      const rejected = records.at(-1)!;
      expect(rejected).toMatchObject({ verdict: 'rejected', status: 401 });
      expect(rejected.type).toBeUndefined();
      if (header) expect(rejected.id).toBe(forged.headers[header]);
      const events = contract.events.length;
      expect(listener.summary()).toMatchObject({
        received: 2 * events + 1,
        accepted: events,
        duplicate: events,
      });
    } finally {
      await listener.close();
    }
  });
});
