import { describe, expect, it } from 'vitest';
import {
  createEnvelope,
  createEventTable,
  type EventDefinition,
  InvalidEnvelopeError,
  InvalidJsonError,
  InvalidPayloadError,
  type PayloadCheck,
  parseEnvelope,
  UnknownEventError,
} from '../../src/events/index.js';

/** A validator that requires `{ id: string }`, enough to observe that validation runs. */
const needsId = (data: unknown): PayloadCheck =>
  typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string'
    ? { valid: true }
    : { valid: false, issues: [{ pointer: '/id', keyword: 'required', message: 'must have property id' }] };

const def = (type: string, version: number, deprecated = false): EventDefinition => ({
  type,
  version,
  deprecated,
  validate: needsId,
});

const table = createEventTable([
  def('order.created', 1, true),
  def('order.created', 2),
  def('order.created', 3, true),
  def('legacy.ping', 1, true),
  def('legacy.ping', 2, true),
]);

describe('createEventTable', () => {
  it('picks the highest non-deprecated version as latest', () => {
    expect(table.latest.get('order.created')).toBe(2);
  });

  it('falls back to the highest version when every version is deprecated', () => {
    expect(table.latest.get('legacy.ping')).toBe(2);
  });

  it('resolves explicit ids, including deprecated versions', () => {
    expect(table.resolve('order.created@1')).toMatchObject({ id: 'order.created@1', deprecated: true });
  });

  it('throws UnknownEventError with the known ids', () => {
    expect(() => table.resolve('order.deleted')).toThrow(UnknownEventError);
    expect(() => table.resolve('order.created@9')).toThrow(
      /unknown event "order.created@9"; known: order.created@1/,
    );
  });
});

describe('createEnvelope', () => {
  it('wraps valid data with type, version and timestamp', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(createEnvelope(table, 'order.created', { id: 'o1' }, { timestamp: at })).toEqual({
      type: 'order.created',
      version: 2,
      timestamp: '2026-01-02T03:04:05.000Z',
      data: { id: 'o1' },
    });
  });

  it('refuses invalid data with the issues', () => {
    const error = (() => {
      try {
        createEnvelope(table, 'order.created@1', {});
      } catch (e) {
        return e;
      }
    })() as InvalidPayloadError;
    expect(error).toBeInstanceOf(InvalidPayloadError);
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toBe('invalid data for order.created@1 at /id: must have property id');
  });
});

describe('parseEnvelope', () => {
  const body = (value: unknown) => JSON.stringify(value);
  const good = { type: 'order.created', version: 2, timestamp: '2026-01-02T03:04:05Z', data: { id: 'o1' } };

  it('parses strings, bytes and ArrayBuffers alike', () => {
    const bytes = new TextEncoder().encode(body(good));
    for (const raw of [body(good), bytes, bytes.buffer]) {
      expect(parseEnvelope(table, raw)).toEqual({ known: true, id: 'order.created@2', event: good });
    }
  });

  it('returns unknown events without validating them', () => {
    const unknown = { ...good, type: 'order.teleported', data: 42 };
    expect(parseEnvelope(table, body(unknown))).toEqual({
      known: false,
      id: 'order.teleported@2',
      event: unknown,
    });
  });

  it.each([
    ['not JSON', '{"type":', InvalidJsonError],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), InvalidJsonError],
    ['an array', '[]', InvalidEnvelopeError],
    ['an empty type', body({ ...good, type: '' }), InvalidEnvelopeError],
    ['a fractional version', body({ ...good, version: 1.5 }), InvalidEnvelopeError],
    ['a bad timestamp', body({ ...good, timestamp: 'yesterday' }), InvalidEnvelopeError],
    ['no data', body({ type: 'order.created', version: 2, timestamp: good.timestamp }), InvalidEnvelopeError],
    ['invalid data', body({ ...good, data: {} }), InvalidPayloadError],
  ])('rejects %s', (_what, raw, kind) => {
    expect(() => parseEnvelope(table, raw)).toThrow(kind);
  });

  it('names the envelope field at fault', () => {
    expect(() => parseEnvelope(table, body({ ...good, version: '2' }))).toThrow(
      expect.objectContaining({ pointer: '/version', message: '"version" must be an integer >= 1, got "2"' }),
    );
  });
});

describe('createMessageId', () => {
  it('makes distinct ids a Standard Webhooks signer accepts', async () => {
    const { createMessageId } = await import('../../src/events/index.js');
    const ids = new Set(Array.from({ length: 1000 }, createMessageId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^msg_[0-9A-Za-z]{24}$/);
  });
});
