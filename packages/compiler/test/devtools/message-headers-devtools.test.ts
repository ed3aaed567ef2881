/**
 * Message headers in trigger and listen: the example's headers are checked and sent, listen checks
 * them with the event's header schema (422 INVALID_HEADERS, names matched case-insensitively).
 */
import { describe, expect, it } from 'vitest';
import {
  createContractEventTable,
  exampleFor,
  prepareTrigger,
  sendTrigger,
} from '../../src/devtools/index.js';
import { contractOf, eventVersion, testSource } from '../helpers/contract-ir.js';
import { recordingListener, SECRET } from './recording-listener.js';

const contract = contractOf({
  events: [
    eventVersion(
      'refund.issued',
      1,
      { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      {
        headers: {
          type: 'object',
          required: ['X-Tenant'],
          properties: { 'X-Tenant': { type: 'string', enum: ['eu', 'us'] } },
        },
        examples: [
          { name: 'eu', payload: { id: 're_1' }, headers: { 'X-Tenant': 'eu' }, source: testSource() },
        ],
      },
    ),
  ],
});

describe('trigger and listen with message headers', () => {
  it("sends the example's headers, and listen accepts them; without them listen answers 422", async () => {
    const { table } = createContractEventTable(contract);
    const example = exampleFor(contract, 'refund.issued@1');
    expect(example.headers).toEqual({ 'X-Tenant': 'eu' });
    const { listener, records } = await recordingListener(table);
    try {
      const base = { table, event: 'refund.issued', data: example.value, url: listener.url, secret: SECRET };
      const request = await prepareTrigger({ ...base, messageHeaders: example.headers! });
      expect(request.headers['x-tenant']).toBe('eu');
      expect((await sendTrigger(request)).response.status).toBe(204);
      expect(records.at(-1)).toMatchObject({ verdict: 'accepted', type: 'refund.issued' });

      const bare = await sendTrigger(await prepareTrigger(base));
      expect(bare.response.status).toBe(422);
      expect(JSON.parse(bare.response.body)).toMatchObject({
        error: { code: 'INVALID_HEADERS', issues: [{ pointer: '/X-Tenant' }] },
      });
      expect(records.at(-1)).toMatchObject({ verdict: 'rejected', code: 'INVALID_HEADERS' });

      await expect(prepareTrigger({ ...base, messageHeaders: { 'x-tenant': 'mars' } })).rejects.toMatchObject(
        {
          name: 'InvalidHeadersError',
          issues: [{ pointer: '/X-Tenant' }],
        },
      );
    } finally {
      await listener.close();
    }
  });

  it('an integer header goes out as its text and listen reads it back as a number', async () => {
    const numbered = contractOf({
      events: [
        eventVersion(
          'job.failed',
          1,
          { type: 'object' },
          {
            headers: {
              type: 'object',
              required: ['X-Attempt'],
              properties: { 'X-Attempt': { type: 'integer', minimum: 1 } },
            },
          },
        ),
      ],
    });
    const { table } = createContractEventTable(numbered);
    const { listener, records } = await recordingListener(table);
    try {
      const base = { table, event: 'job.failed', data: {}, url: listener.url, secret: SECRET };
      const request = await prepareTrigger({
        ...base,
        messageHeaders: { 'X-Attempt': 2 } as unknown as Record<string, string>,
      });
      expect(request.headers['x-attempt']).toBe('2');
      expect((await sendTrigger(request)).response.status).toBe(204);
      expect(records.at(-1)).toMatchObject({ verdict: 'accepted', type: 'job.failed' });
      const zero = await sendTrigger({ ...request, headers: { ...request.headers, 'x-attempt': '0' } });
      expect(zero.response.status).toBe(422);
    } finally {
      await listener.close();
    }
  });
});
