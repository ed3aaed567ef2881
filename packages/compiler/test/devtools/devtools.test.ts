import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  createContractEventTable,
  DevtoolsError,
  exampleFor,
  prepareTrigger,
  sendTrigger,
  startListener,
} from '../../src/devtools/index.js';
import type { JsonSchema } from '../../src/ir/contract.js';
import { contractOf, eventVersion, testSource } from '../helpers/contract-ir.js';
import { recordingListener, SECRET } from './recording-listener.js';

const order: JsonSchema = {
  type: 'object',
  required: ['id', 'total', 'items'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^ord_[0-9]+$' },
    total: { type: 'integer', minimum: 0 },
    items: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
    },
  },
};
const example = (name: string, payload: unknown) => ({
  name,
  payload: payload as never,
  source: testSource(),
});
const contract = contractOf({
  events: [
    eventVersion('order.created', 1, order, {
      examples: [
        example('small', { id: 'ord_1', total: 5, items: [{ sku: 'a' }] }),
        example('big', { id: 'ord_2', total: 900, items: [{ sku: 'b' }, { sku: 'c' }] }),
      ],
    }),
    eventVersion('order.deleted', 1, {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string', minLength: 3 } },
    }),
  ],
});

describe('createContractEventTable', () => {
  it('validates with run-time compiled validators and reports every issue by JSON pointer', () => {
    const { table } = createContractEventTable(contract);
    expect(table.resolve('order.created').validate({ id: 'ord_1', total: 5, items: [{ sku: 'a' }] })).toEqual(
      { valid: true },
    );
    const check = table.resolve('order.created@1').validate({ id: 'x', total: -1, items: [{}], extra: 1 });
    expect(check.valid).toBe(false);
    const pointers = check.valid ? [] : check.issues.map((i) => i.pointer).sort();
    expect(pointers).toEqual(['/extra', '/id', '/items/0/sku', '/total']);
  });
});

describe('exampleFor', () => {
  it('picks the first example, one by name, or lists the names', () => {
    expect(exampleFor(contract, 'order.created@1')).toMatchObject({ name: 'small', origin: 'contract' });
    expect(exampleFor(contract, 'order.created@1', 'big').value).toMatchObject({ id: 'ord_2' });
    const error = (() => {
      try {
        exampleFor(contract, 'order.created@1', 'huge');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DevtoolsError);
    expect(error).toMatchObject({
      code: 'UNKNOWN_EXAMPLE',
      message: 'order.created@1 has no example named "huge"; its examples: small, big',
    });
  });

  it('synthesises a valid payload for an event without examples', () => {
    const found = exampleFor(contract, 'order.deleted@1');
    expect(found.origin).toBe('synthesized');
    expect(createContractEventTable(contract).table.resolve('order.deleted').validate(found.value)).toEqual({
      valid: true,
    });
  });
});

describe('prepareTrigger, sendTrigger and startListener', () => {
  it('refuses invalid data before anything is sent', async () => {
    const { table } = createContractEventTable(contract);
    await expect(
      prepareTrigger({
        table,
        event: 'order.created',
        data: { id: 'ord_1' },
        url: 'http://127.0.0.1:9/',
        secret: SECRET,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_PAYLOAD',
      issues: [{ pointer: '/total' }, { pointer: '/items' }],
    });
    await expect(
      prepareTrigger({ table, event: 'order.created', data: {}, url: 'ftp://127.0.0.1/', secret: SECRET }),
    ).rejects.toMatchObject({ code: 'INVALID_URL' });
  });

  it('reports concurrent requests apart, each with its own type, id and verdict', async () => {
    const { table } = createContractEventTable(contract);
    const { listener, records } = await recordingListener(table);
    try {
      const data = {
        'order.created': exampleFor(contract, 'order.created@1').value,
        'order.deleted': { id: 'abc' },
      };
      const sends = Array.from({ length: 12 }, async (_, i) => {
        const event = i % 2 === 0 ? 'order.created' : 'order.deleted';
        const bad = i % 3 === 0;
        const request = await prepareTrigger({
          table,
          event,
          data: data[event],
          url: listener.url,
          secret: SECRET,
        });
        if (bad) request.headers['webhook-signature'] = 'v1,AAAA';
        const result = await sendTrigger(request);
        return { id: request.headers['webhook-id'], event, status: result.response.status, bad };
      });
      const sent = await Promise.all(sends);
      expect(sent.map((s) => s.status)).toEqual(sent.map((s) => (s.bad ? 401 : 204)));
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const s of sent) {
        expect(byId.get(s.id)).toMatchObject({
          type: s.event,
          version: 1,
          verdict: s.bad ? 'rejected' : 'accepted',
          ...(s.bad ? { code: 'NO_MATCHING_SIGNATURE' } : {}),
        });
      }
      expect(listener.summary()).toEqual({
        received: 12,
        accepted: 8,
        duplicate: 0,
        unknown: 0,
        rejected: { NO_MATCHING_SIGNATURE: 4 },
      });
    } finally {
      await listener.close();
    }
  });

  it('answers an oversized body 413 and a GET 405, and counts both by code', async () => {
    const { table } = createContractEventTable(contract);
    const listener = await startListener({ table, secret: SECRET, port: 0, onDelivery: () => {} });
    try {
      const big = await fetch(listener.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(2 * 1024 * 1024),
      });
      expect(big.status).toBe(413);
      expect((await fetch(listener.url)).status).toBe(405);
      expect(listener.summary().rejected).toEqual({ BODY_TOO_LARGE: 1, METHOD_NOT_ALLOWED: 1 });
    } finally {
      await listener.close();
    }
  });

  it('answers 502 FORWARD_FAILED when the app is unreachable, and relays the retry once the app is up', async () => {
    const { table } = createContractEventTable(contract);
    const app = createServer((_req, res) => res.writeHead(200).end('ok'));
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const { port } = app.address() as AddressInfo;
    await new Promise<void>((resolve) => app.close(() => resolve()));
    const forward = `http://127.0.0.1:${port}/`;
    const { listener, records } = await recordingListener(table, forward);
    try {
      const request = await prepareTrigger({
        table,
        event: 'order.deleted',
        data: { id: 'abc' },
        url: listener.url,
        secret: SECRET,
      });
      const first = await sendTrigger(request);
      expect(first.response.status).toBe(502);
      expect(JSON.parse(first.response.body)).toMatchObject({ error: { code: 'FORWARD_FAILED' } });
      await new Promise<void>((resolve) => app.listen(port, '127.0.0.1', resolve));
      const retry = await sendTrigger(request);
      expect(retry.response).toMatchObject({ status: 200, body: 'ok' });
      expect(records.map((r) => r.verdict)).toEqual(['rejected', 'accepted']);
    } finally {
      await listener.close();
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  });
});
