/** Payload mode, reading side: each wire option alone and combined, unknown events, missing and malformed parts. */
import { describe, expect, it } from 'vitest';
import {
  defineWire,
  InvalidJsonError,
  InvalidPayloadError,
  InvalidWirePartError,
  parseWirePart,
  WireFormatError,
} from '../../src/events/index.js';
import { createPayloadReader } from '../../src/events/wire/read-payload.js';
import { GITHUB, tableWith } from './contract.js';

const opened = { action: 'opened', issue: { number: 7 } };
const read = (wire = GITHUB, body: unknown = opened, headers: Record<string, string> = {}) =>
  createPayloadReader(wire)(tableWith(wire), JSON.stringify(body), headers, { signedAt: 1_700_000_000 });

describe('parseWirePart', () => {
  it.each([
    ['header:X-GitHub-Event', { source: 'header', name: 'x-github-event' }],
    ['body:/action', { source: 'body', segments: ['action'] }],
    ['body:/data/object', { source: 'body', segments: ['data', 'object'] }],
    ['body:/a~1b/c~0d', { source: 'body', segments: ['a/b', 'c~d'] }],
    ['body:', { source: 'body', segments: [] }],
  ])('%s', (text, want) => {
    expect(parseWirePart(text, 'eventType[0]')).toMatchObject(want);
  });

  it.each([
    ['action', /expected "header:<name>" or "body:<JSON pointer>"/],
    ['header:', /not a header name/],
    ['header:x github', /not a header name/],
    ['body:action', /not a JSON pointer/],
    ['body:/a~2', /not a JSON pointer/],
  ])('refuses %s naming the setting', (text, message) => {
    const error = (() => {
      try {
        parseWirePart(text, 'eventType[1]');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WireFormatError);
    expect(error).toMatchObject({ code: 'INVALID_WIRE_FORMAT', setting: 'eventType[1]' });
    expect((error as Error).message).toMatch(/^wire\.eventType\[1\]: /);
    expect((error as Error).message).toMatch(message);
  });

  it('payload mode needs an eventType part', () => {
    expect(() => createPayloadReader({ body: 'payload' })).toThrow(/wire\.eventType: body "payload" needs/);
  });
});

describe('eventType', () => {
  it('joins the parts present with "."', () => {
    const parsed = read(GITHUB, opened, { 'x-github-event': 'issues' });
    expect(parsed).toMatchObject({ known: true, id: 'issues.opened@1' });
    expect(parsed.event).toEqual({
      type: 'issues.opened',
      version: 1,
      timestamp: '2023-11-14T22:13:20.000Z',
      data: opened,
    });
  });

  it('skips a missing part (push has no action) and takes the latest version', () => {
    const parsed = read(GITHUB, { ref: 'refs/heads/main', after: 'abc' }, { 'x-github-event': 'push' });
    expect(parsed).toMatchObject({ known: true, id: 'push@2' });
  });

  it('reads a header alone', () => {
    const wire = { body: 'payload', eventType: ['header:x-event'] } as const;
    expect(read(wire, { ref: 'r', after: 'a' }, { 'X-Event': 'push' }).id).toBe('push@2');
  });

  it('reads a body field alone, nested pointers included', () => {
    const wire = { body: 'payload', eventType: ['body:/meta/kind'] } as const;
    expect(read(wire, { meta: { kind: 'push' }, ref: 'r', after: 'a' }).id).toBe('push@2');
  });

  it('unknown names are returned as unknown, with what was read', () => {
    const parsed = read(GITHUB, { action: 'edited' }, { 'x-github-event': 'issues' });
    expect(parsed).toMatchObject({
      known: false,
      id: 'issues.edited',
      event: { type: 'issues.edited', version: 0 },
    });
  });

  it('no part present: an error naming the parts', () => {
    expect(() => read(GITHUB, { ref: 'r' })).toThrow(InvalidWirePartError);
    expect(() => read(GITHUB, { ref: 'r' })).toThrow(
      'header:x-github-event, body:/action: no part naming the event type is present in the request',
    );
  });

  it.each([
    [{ action: 3 }, 'body:/action: an event type part must be a non-empty string, got 3'],
    [{ action: null }, 'body:/action: an event type part must be a non-empty string, got null'],
    [{ action: '' }, 'body:/action: an event type part must be a non-empty string, got ""'],
    [{ action: ['opened'] }, 'body:/action: an event type part must be a non-empty string, got an array'],
  ])('a present part of the wrong type is an error naming it: %j', (body, message) => {
    const attempt = () => read(GITHUB, body, { 'x-github-event': 'issues' });
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_ENVELOPE', part: 'body:/action', pointer: '/action' });
    }
  });

  it('a body that is not an object has no body parts, and then fails validation', () => {
    expect(() => read(GITHUB, ['x'], { 'x-github-event': 'push' })).toThrow(
      'invalid data for push@2 at /: must be object',
    );
  });

  it('validates the payload of a known event', () => {
    expect(() => read(GITHUB, { action: 'opened', issue: {} }, { 'x-github-event': 'issues' })).toThrow(
      InvalidPayloadError,
    );
  });

  it('refuses bodies that are not JSON', () => {
    expect(() => createPayloadReader(GITHUB)(tableWith(GITHUB), '{', {})).toThrow(InvalidJsonError);
  });
});

describe('eventVersion', () => {
  const header = {
    body: 'payload',
    eventType: ['header:x-event'],
    eventVersion: 'header:x-event-version',
  } as const;
  const body = { body: 'payload', eventType: ['body:/type'], eventVersion: 'body:/version' } as const;
  const push1 = { ref: 'r' };

  it('from a header', () => {
    expect(read(header, push1, { 'x-event': 'push', 'x-event-version': '1' }).id).toBe('push@1');
  });

  it('from the body, as a number or a digit string', () => {
    expect(read(body, { ...push1, type: 'push', version: 1 }).id).toBe('push@1');
    expect(read(body, { ...push1, type: 'push', version: '1' }).id).toBe('push@1');
  });

  it('absent: the latest non-deprecated version', () => {
    expect(read(header, { ref: 'r', after: 'a' }, { 'x-event': 'push' }).id).toBe('push@2');
  });

  it('an unknown version is an unknown event', () => {
    expect(read(header, push1, { 'x-event': 'push', 'x-event-version': '9' })).toMatchObject({
      known: false,
      id: 'push@9',
    });
  });

  it.each([['0'], ['v1'], ['1.5']])('malformed %s: an error naming the part', (version) => {
    expect(() => read(header, push1, { 'x-event': 'push', 'x-event-version': version })).toThrow(
      /^header:x-event-version: the event version must be an integer >= 1/,
    );
  });

  it('a non-integer body version is refused', () => {
    expect(() => read(body, { type: 'push', version: 1.5 })).toThrow(
      'body:/version: the event version must be an integer >= 1, got 1.5',
    );
  });
});

describe('deliveryId', () => {
  const push = { ref: 'r', after: 'a' };
  it.each([
    ['standard', { 'x-github-event': 'push', 'webhook-id': 'msg_1' }, push, 'msg_1'],
    ['github', { 'x-github-event': 'push', 'x-github-delivery': 'd-1' }, push, 'd-1'],
    ['stripe', { 'x-github-event': 'push' }, { ...push, id: 'evt_1' }, 'evt_1'],
  ] as const)('defaults to the %s scheme’s place', (signature, headers, body, id) => {
    expect(read({ ...GITHUB, signature }, body, headers).deliveryId).toBe(id);
  });

  it('is on the compiled wire, parsed, with the scheme default applied', () => {
    expect(defineWire({ ...GITHUB, signature: 'github' }).parts.deliveryId).toMatchObject({
      source: 'header',
      name: 'x-github-delivery',
    });
    expect(defineWire({ ...GITHUB, signature: 'stripe' }).parts.deliveryId).toMatchObject({
      source: 'body',
      segments: ['id'],
    });
  });

  it('an explicit part wins, and an absent one gives no id', () => {
    const wire = { ...GITHUB, deliveryId: 'body:/delivery' } as const;
    expect(read(wire, { ...push, delivery: 'x' }, { 'x-github-event': 'push' }).deliveryId).toBe('x');
    expect(read(wire, push, { 'x-github-event': 'push' }).deliveryId).toBeUndefined();
  });

  it('a malformed delivery id is an error naming the part', () => {
    expect(() =>
      read({ ...GITHUB, signature: 'stripe' }, { ...push, id: 5 }, { 'x-github-event': 'push' }),
    ).toThrow('body:/id: the delivery id must be a non-empty string, got 5');
  });
});
