/** Diff cases on hand-built IR: what no AsyncAPI document can express yet, and recursion edge cases. */
import { describe, expect, it } from 'vitest';
import { diffContracts } from '../../src/diff/diff-contracts.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';

const changesOf = (...args: Parameters<typeof diffContracts>) =>
  diffContracts(...args).changes.map((c) => `${c.event} ${c.impact} ${c.rule} ${c.pointer}`);

describe('diffContracts on IR', () => {
  it('a body mode change breaks both sides of every event in both contracts', () => {
    const events = [eventVersion('order.created', 1, {}), eventVersion('order.paid', 1, {})];
    expect(changesOf(contractOf({ events }), contractOf({ events, bodyMode: 'payload' }))).toEqual([
      'order.created@1 breaks-both body-mode-changed ',
      'order.paid@1 breaks-both body-mode-changed ',
    ]);
  });

  it('a wire change breaks both sides; the same setting spelled with its defaults is no change', () => {
    const events = [eventVersion('push', 1, {})];
    const github = contractOf({
      events,
      bodyMode: 'payload',
      wire: { eventType: ['header:x-github-event', 'body:/action'], signature: 'github' },
    });
    const spelled = contractOf({
      events,
      bodyMode: 'payload',
      wire: {
        eventType: ['header:x-github-event', 'body:/action'],
        signature: 'github',
        deliveryId: 'header:x-github-delivery',
      },
    });
    expect(changesOf(github, spelled)).toEqual([]);
    const header = contractOf({ events, bodyMode: 'payload', wire: { eventType: ['header:x-event'] } });
    expect(changesOf(github, header)).toEqual(['push@1 breaks-both wire-changed ']);
    expect(
      changesOf(contractOf({ events }), contractOf({ events, wire: { signature: 'standard' } })),
    ).toEqual([]);
  });

  it('mutual recursion renamed on both schemas is no change; a change deep inside is found once', () => {
    const a = (b: string, extra = {}) => ({
      type: 'object',
      properties: { next: { $ref: `#/schemas/${b}` }, ...extra },
    });
    const old = contractOf({
      schemas: { A: a('B'), B: { type: 'object', properties: { back: { $ref: '#/schemas/A' } } } },
      events: [eventVersion('tree.changed', 1, { $ref: '#/schemas/A' })],
    });
    const renamed = contractOf({
      schemas: { X: a('Y'), Y: { type: 'object', properties: { back: { $ref: '#/schemas/X' } } } },
      events: [eventVersion('tree.changed', 1, { $ref: '#/schemas/X' })],
    });
    expect(changesOf(old, renamed)).toEqual([]);
    const deeper = contractOf({
      schemas: {
        X: a('Y'),
        Y: { type: 'object', properties: { back: { $ref: '#/schemas/X' } }, required: ['back'] },
      },
      events: [eventVersion('tree.changed', 1, { $ref: '#/schemas/X' })],
    });
    expect(changesOf(old, deeper)).toEqual([
      'tree.changed@1 breaks-senders required-added /properties/next/required',
    ]);
  });

  it('recursion through a $ref with sibling keywords terminates (once per distinct context)', () => {
    const node = (extra = {}) => ({
      type: 'object',
      properties: { child: { $ref: '#/schemas/Node', minProperties: 1 }, name: { type: 'string', ...extra } },
    });
    const old = contractOf({
      schemas: { Node: node() },
      events: [eventVersion('n.x', 1, { $ref: '#/schemas/Node' })],
    });
    const next = contractOf({
      schemas: { Node: node({ maxLength: 5 }) },
      events: [eventVersion('n.x', 1, { $ref: '#/schemas/Node' })],
    });
    expect(changesOf(old, old)).toEqual([]);
    // The root reaches Node bare, the child with minProperties beside the $ref: two contexts.
    expect(changesOf(old, next)).toEqual([
      'n.x@1 breaks-senders limit-tightened /properties/child/properties/name/maxLength',
      'n.x@1 breaks-senders limit-tightened /properties/name/maxLength',
    ]);
  });

  it('without locators, a change is placed at the nearest location the IR carries', () => {
    const old = contractOf({ events: [eventVersion('a.b', 1, { type: 'string' })] });
    const next = contractOf({ events: [eventVersion('a.b', 1, { type: 'integer' })] });
    const [change] = diffContracts(old, next).changes;
    expect(change).toMatchObject({
      location: 'asyncapi.yaml:1:1',
      source: { side: 'new', pointer: '/components/messages/ABV1/payload/type' },
    });
  });
});
