import { describe, expect, it } from 'vitest';
import { runTable } from '../helpers/table.js';
import { diagnosticLines, eventOf, fixtureLoader } from './load-fixture.js';

const load = fixtureLoader();

type Given = [file: string, id: string];
interface Want {
  identitySource: string;
  name: string;
  messageName: string;
  channel: string;
  operation: string;
}

async function identityOf([file, id]: Given): Promise<Want> {
  const { identitySource, name, messageName, channel, operation } = eventOf(
    await load(`identity/${file}`),
    id,
  );
  return { identitySource, name, messageName, channel, operation };
}

const want = (
  identitySource: string,
  name: string,
  messageName: string,
  channel: string,
  operation: string,
) => ({
  identitySource,
  name,
  messageName,
  channel,
  operation,
});

describe('event tables', () => {
  it.each([
    [
      'v30-channel.yaml',
      [
        'invoice_paid@1',
        'invoice_paid@2',
        'order.created@1',
        'order.created@2',
        'refund.issued@1',
        'refund.issued@3',
      ],
    ],
    [
      'v30-endpoint.yaml',
      ['issueOpened@1', 'order_created@2', 'ping@1', 'pull_request@1', 'push@1', 'repository.starred@4'],
    ],
    [
      'v31-mixed.yaml',
      ['ShipmentShipped@2', 'customer.created@1', 'customer.deleted@1', 'payment.succeeded@3'],
    ],
    ['v26-channel.yaml', ['UserSignedUp@1', 'invoice.voided@2', 'order.created@1', 'order.created@2']],
    ['v26-endpoint.yaml', ['fromTrait@1', 'issue_closed@3', 'push@1', 'release.published@1']],
  ])('%s: every sent message is one event, sorted, receive operations ignored', async (file, ids) => {
    const result = await load(`identity/${file}`);
    expect(diagnosticLines(result)).toBe('');
    expect(result.contract?.events.map((e) => e.id)).toEqual(ids);
  });
});

runTable<Given, Want>(
  'identity: AsyncAPI 3.0, one channel per event type',
  [
    {
      name: 'the channel address gives the type; no suffix means version 1',
      given: ['v30-channel.yaml', 'order.created@1'],
      want: want('channel', 'OrderCreated', 'created', 'orderCreated', 'sendOrderCreated'),
    },
    {
      name: 'a version suffix on the address gives the version',
      given: ['v30-channel.yaml', 'order.created@2'],
      want: want('channel', 'OrderCreatedV2', 'created', 'orderCreatedV2', 'sendOrderCreatedV2'),
    },
    {
      name: 'messages that are versions of one name keep the channel style; names give versions',
      given: ['v30-channel.yaml', 'invoice_paid@2'],
      want: want('channel', 'InvoicePaidV2', 'InvoicePaidV2', 'invoicePaid', 'sendInvoicePaid'),
    },
    {
      name: 'messages with distinct x-event-version keep the channel style',
      given: ['v30-channel.yaml', 'refund.issued@3'],
      want: want('channel', 'RefundIssuedV3', 'refund', 'refundIssued', 'sendRefundIssued'),
    },
  ],
  identityOf,
);

runTable<Given, Want>(
  'identity: AsyncAPI 3.0, one endpoint channel with many messages',
  [
    {
      name: 'the message name gives the type',
      given: ['v30-endpoint.yaml', 'pull_request@1'],
      want: want('message-name', 'PullRequest', 'pull_request', 'webhooks', 'deliver'),
    },
    {
      name: 'without a name, the message key gives the type',
      given: ['v30-endpoint.yaml', 'issueOpened@1'],
      want: want('message-name', 'IssueOpened', 'issueOpened', 'webhooks', 'deliver'),
    },
    {
      name: 'a snake_case version suffix on the name gives the version',
      given: ['v30-endpoint.yaml', 'order_created@2'],
      want: want('message-name', 'OrderCreatedV2', 'order_created_v2', 'webhooks', 'deliver'),
    },
    {
      name: 'x-event-type and x-event-version win over the name',
      given: ['v30-endpoint.yaml', 'repository.starred@4'],
      want: want('x-extension', 'RepositoryStarredV4', 'star', 'webhooks', 'deliver'),
    },
    {
      name: 'a single message on a path-like address is named by the message',
      given: ['v30-endpoint.yaml', 'ping@1'],
      want: want('message-name', 'Ping', 'ping', 'ping', 'deliverPing'),
    },
  ],
  identityOf,
);

runTable<Given, Want>(
  'identity: AsyncAPI 3.1',
  [
    {
      name: 'channel address type, version from the message name suffix (PascalCase V3)',
      given: ['v31-mixed.yaml', 'payment.succeeded@3'],
      want: want('channel', 'PaymentSucceededV3', 'PaymentSucceededV3', 'paymentSucceeded', 'sendPayment'),
    },
    {
      name: 'a null address falls back to message names',
      given: ['v31-mixed.yaml', 'ShipmentShipped@2'],
      want: want('message-name', 'ShipmentShippedV2', 'ShipmentShippedV2', 'events', 'sendEvents'),
    },
    {
      name: 'a name set by a message trait',
      given: ['v31-mixed.yaml', 'customer.created@1'],
      want: want('message-name', 'CustomerCreated', 'customer.created', 'events', 'sendEvents'),
    },
    {
      name: 'x-event-type wins over the name; version 1 when nothing gives one',
      given: ['v31-mixed.yaml', 'customer.deleted@1'],
      want: want('x-extension', 'CustomerDeleted', 'ignoredName', 'events', 'sendEvents'),
    },
  ],
  identityOf,
);

runTable<Given, Want>(
  'identity: AsyncAPI 2.6 (subscribe = the application sends)',
  [
    {
      name: 'the channel key gives the type; operationId names the operation',
      given: ['v26-channel.yaml', 'order.created@1'],
      want: want('channel', 'OrderCreated', 'OrderCreated', 'order.created', 'sendOrderCreated'),
    },
    {
      name: 'a version suffix on the channel key (and the same on the name)',
      given: ['v26-channel.yaml', 'order.created@2'],
      want: want(
        'channel',
        'OrderCreatedV2',
        'OrderCreatedV2',
        'order.created.v2',
        'subscribe order.created.v2',
      ),
    },
    {
      name: 'a topic path is not an event type: the message name gives it',
      given: ['v26-channel.yaml', 'UserSignedUp@1'],
      want: want('message-name', 'UserSignedUp', 'UserSignedUp', 'user/signedup', 'subscribe user/signedup'),
    },
    {
      name: 'x-event-type, and x-event-version written as a string',
      given: ['v26-channel.yaml', 'invoice.voided@2'],
      want: want('x-extension', 'InvoiceVoidedV2', 'subscribe explicit', 'explicit', 'subscribe explicit'),
    },
    {
      name: 'oneOf on one endpoint: the components/messages key when there is no name',
      given: ['v26-endpoint.yaml', 'push@1'],
      want: want('message-name', 'Push', 'push', '/webhooks', 'deliverWebhook'),
    },
    {
      name: 'oneOf on one endpoint: messageId with a version suffix',
      given: ['v26-endpoint.yaml', 'issue_closed@3'],
      want: want('message-name', 'IssueClosedV3', 'issue_closed_v3', '/webhooks', 'deliverWebhook'),
    },
    {
      name: 'in 2.x a trait overrides the message',
      given: ['v26-endpoint.yaml', 'fromTrait@1'],
      want: want('message-name', 'FromTrait', 'fromTrait', '/webhooks', 'deliverWebhook'),
    },
  ],
  identityOf,
);

describe('message fields', () => {
  it('reads summary, deprecation (deprecated, x-deprecated) and sorted tags', async () => {
    const created = eventOf(await load('identity/v26-channel.yaml'), 'order.created@1');
    expect([created.summary, created.deprecated, created.tags]).toEqual(['An order was placed.', true, []]);
    const payment = eventOf(await load('identity/v31-mixed.yaml'), 'payment.succeeded@3');
    expect([payment.deprecated, payment.tags]).toEqual([true, ['billing', 'payments']]);
  });

  it('in 3.x the message wins over its traits', async () => {
    const event = eventOf(await load('identity/v31-mixed.yaml'), 'customer.created@1');
    expect(event.summary).toBe('From the message.');
  });

  it('places every event where its message is written', async () => {
    const event = eventOf(await load('identity/v31-mixed.yaml'), 'payment.succeeded@3');
    expect(event.source).toEqual({
      file: 'v31-mixed.yaml',
      line: 36,
      col: 5,
      pointer: '/components/messages/PaymentSucceeded',
    });
  });
});

describe('documents written from the consumer side', () => {
  it('refuses a 3.x document with only receive operations', async () => {
    const result = await load('identity/v30-receive-only.yaml');
    expect(result.contract).toBeUndefined();
    expect(diagnosticLines(result)).toBe(
      'identity/v30-receive-only.yaml:13:1 error no-send-operations webhooks are the messages the described application sends: expected at least one send operation (3.x "action: send", 2.x "subscribe"), found only operations it receives (onOrderCreated); a document written from the consumer\'s side needs acceptReceive (--accept-receive)',
    );
  });

  it('refuses a 2.x document with only publish operations', async () => {
    const result = await load('identity/v26-publish-only.yaml');
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'identity/v26-publish-only.yaml:5:1 no-send-operations',
    ]);
  });

  it('accepts receive operations with acceptReceive', async () => {
    const result = await load('identity/v30-receive-only.yaml', { acceptReceive: true });
    expect(diagnosticLines(result)).toBe('');
    expect(result.contract?.events.map((e) => [e.id, e.operation])).toEqual([
      ['order.created@1', 'onOrderCreated'],
    ]);
  });
});
