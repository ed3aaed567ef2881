/**
 * Documents written the way other people write them (fixtures of our own in the shapes vendors and
 * AsyncAPI's examples publish): identity stated in vendor extensions, 2.6 messages referenced by
 * key from a shared file, a lone message named by its operation, the type in a payload const.
 */
import { describe, expect, it } from 'vitest';
import type { Validator } from '../../../runtime/src/validation/index.js';
import { emitEventsSource } from '../../src/emit/packages/events-source.js';
import { emitTypes } from '../../src/emit/types/index.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import type { LoadResult } from '../../src/load/load-options.js';
import { declarationsOf } from '../helpers/declarations.js';
import { formatTypeDiagnostics, typecheck } from '../helpers/typecheck.js';
import { createValidatorSandbox } from '../helpers/validator-sandbox.js';
import { diagnosticLines, fixtureLoader } from './load-fixture.js';

const load = fixtureLoader();

const events = (result: LoadResult) =>
  result.contract?.events.map((e) => `${e.id} ${e.identitySource} ${e.name} ${e.messageName}`);

const vendor = {
  identity: { typeKeys: ['x-relay-event-type'], versionKey: 'x-relay-event-version' },
};

describe('a vendor document naming anonymous oneOf messages in its own extension', () => {
  it('--event-type-key / --event-version-key take the place of x-event-type / x-event-version', async () => {
    const result = await load('real-world/vendor-extension.yaml', vendor);
    expect(diagnosticLines(result)).toBe('');
    expect(events(result)).toEqual([
      'contact.creation@1 x-extension ContactCreation subscribe /hooks/crm',
      'contact.deletion@1 x-extension ContactDeletion subscribe /hooks/crm',
      'deal.stage_change@2 x-extension DealStageChangeV2 subscribe /hooks/crm',
    ]);
  });

  it('several type keys: the first one a message sets wins', async () => {
    const result = await load('real-world/vendor-extension.yaml', {
      identity: { typeKeys: ['x-relay-category', 'x-relay-event-type'] },
    });
    expect(events(result)?.map((line) => line.split(' ')[0])).toEqual([
      'contact.deletion@1',
      'contacts@1',
      'deal.stage_change@1',
    ]);
  });

  it('keeps the vendor keywords and nullable references as legal schema (the IR carries them as written)', async () => {
    const result = await load('real-world/vendor-extension.yaml', vendor);
    const deal = result.contract!.events.find((e) => e.id === 'deal.stage_change@2')!;
    expect(deal.payload).toMatchObject({
      properties: {
        owner: { $ref: '#/schemas/Owner', nullable: true },
        previousOwner: { allOf: [{ $ref: '#/schemas/Owner' }], nullable: true },
      },
    });
    expect(result.contract!.schemas.ContactEvent!.schema).toMatchObject({ tsAdditionalProperties: false });
  });

  it('without the flag: ambiguous-identity lists the extensions it saw and gives the exact flag', async () => {
    const result = await load('real-world/vendor-extension.yaml');
    expect(result.contract).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'ambiguous-identity',
      'ambiguous-identity',
      'ambiguous-identity',
    ]);
    expect(result.diagnostics[0]!.message).toContain(
      'String x- extensions on the message: x-relay-category: "contacts", x-relay-event-type: "contact.creation". To take the type from x-relay-event-type, pass --event-type-key x-relay-event-type',
    );
  });

  it('a type key that matches no message is a located error naming the messages looked at, first', async () => {
    const result = await load('real-world/vendor-extension.yaml', {
      identity: { typeKeys: ['x-relay-type'] },
    });
    expect(result.diagnostics[0]).toMatchObject({
      code: 'unused-event-type-key',
      severity: 'error',
      line: 8,
      pointer: '/channels',
    });
    expect(result.diagnostics[0]!.message).toBe(
      '--event-type-key x-relay-type: expected at least one sent message to set it, found none among the 3 looked at: (unnamed in /hooks/crm) at real-world/vendor-extension.yaml:13:13, (unnamed in /hooks/crm) at real-world/vendor-extension.yaml:18:13, (unnamed in /hooks/crm) at real-world/vendor-extension.yaml:25:13',
    );
  });
});

describe('AsyncAPI 2.6 multi-file: messages referenced by key from a shared file', () => {
  it("the message's key in the file that defines it names it (as 3.x would); a lone message takes its operationId", async () => {
    const result = await load('real-world/social-26/asyncapi.yaml');
    expect(diagnosticLines(result)).toBe('');
    expect(events(result)).toEqual([
      'memberMuted@1 operation-id MemberMuted memberMuted',
      'postLiked@1 message-name PostLiked postLiked',
      'replyCountChanged@1 message-name ReplyCountChanged replyCountChanged',
    ]);
  });
});

describe('identity.typeProperty', () => {
  it('a const or one-value enum on the named payload property gives the type (through $ref and allOf)', async () => {
    const result = await load('real-world/type-property.yaml', { identity: { typeProperty: 'type' } });
    expect(diagnosticLines(result)).toBe('');
    expect(events(result)).toEqual([
      'ledger.closed@1 payload-property LedgerClosed b',
      'ledger.entry_posted@1 payload-property LedgerEntryPosted a',
    ]);
  });

  it('without it, the message keys name the events', async () => {
    const result = await load('real-world/type-property.yaml');
    expect(result.contract?.events.map((e) => e.id)).toEqual(['a@1', 'b@1']);
  });
});

describe('odd names and headers, end to end', () => {
  it('PascalCase from SCREAMING_SNAKE, no doubled suffix, no global shadowed, <Event>Headers declared', async () => {
    const result = await load('real-world/odd-names.yaml');
    expect(diagnosticLines(result)).toBe('');
    expect(events(result)).toEqual([
      'AUTHORIZATION_REVOCATION@1 message-name AuthorizationRevocation AUTHORIZATION_REVOCATION',
      'MarketData@1 message-name MarketData MarketData',
      'message@1 message-name Message message',
    ]);
    const source = emitTypes(result.contract!)['types.ts']!;
    const decls = declarationsOf(source);
    expect([...decls.keys()].filter((n) => !['EventId', 'EventType', 'WebhookEvent'].includes(n))).toEqual([
      'AuthorizationRevocationData',
      'AuthorizationRevocationEvent',
      'MarketData',
      'MarketDataHeaders',
      'MarketDataEvent',
      'MessageData',
      'MessageEvent_2',
      'EventMap',
      'LatestEventMap',
      'EventHeadersMap',
    ]);
    expect(decls.get('MarketDataHeaders')).toContain("'x-feed-id': string;");
    expect(decls.get('MarketDataHeaders')).toContain('@pattern ^[a-z]+$');
    expect(decls.get('MarketData')).toContain('@exclusiveMinimum 0');
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': source }))).toBe('');
  });

  it('header validators check the headers schema', async () => {
    const result = await load('real-world/odd-names.yaml');
    const sandbox = await createValidatorSandbox(emitValidators(result.contract!));
    try {
      const { headerValidators } = await sandbox.load<{ headerValidators: Record<string, Validator> }>(
        'validators.js',
      );
      expect(Object.keys(headerValidators)).toEqual(['MarketData@1']);
      expect(headerValidators['MarketData@1']!({ 'x-feed-id': 'nyse' }).valid).toBe(true);
      expect(headerValidators['MarketData@1']!({ 'x-feed-id': 'NYSE' }).valid).toBe(false);
      expect(headerValidators['MarketData@1']!({}).valid).toBe(false);
    } finally {
      await sandbox.cleanup();
    }
  });
});

describe('headers described as numbers (AsyncAPI broker examples)', () => {
  it('a warning where each header no string satisfies is written, once for a trait two events share', async () => {
    const result = await load('real-world/number-headers.yaml');
    expect(result.contract?.events.map((e) => e.id)).toEqual(['sensor.lost@1', 'sensor.read@1']);
    expect(
      result.diagnostics.map((d) => [d.severity, d.code, d.line, d.col, d.message.split(':')[0]]),
    ).toEqual([['warning', 'header-not-string', 37, 11, 'header "x-priority"']]);
    // x-retry-count is typed integer: read from its text (the event table's `values`), no warning.
    expect(emitEventsSource(result.contract!)).toContain(
      'headers: { names: ["x-priority","x-region","x-retry-count","x-trace-id"], values: {"x-retry-count":"integer"}, validate:',
    );
    expect(result.diagnostics[0]!.message).toContain(
      'found enum [1,2,3]; receivers refuse every request carrying this header and senders cannot send it',
    );
  });
});

describe('header families described with patternProperties', () => {
  it('a warning at each pattern with upper-case letters, once for a trait two events share', async () => {
    const result = await load('real-world/header-patterns.yaml');
    expect(result.contract?.events.map((e) => e.id)).toEqual(['trace.ended@1', 'trace.started@1']);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.col])).toEqual([
      ['warning', 'header-pattern-case', 36, 15],
      ['warning', 'header-pattern-case', 43, 11],
    ]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'header pattern "^X-Trace-": expected lower-case letters, found "X"; header names arrive lower-cased, so this pattern never matches one and its schema is never applied; write "^x-trace-"',
      'header pattern "^X-B3-(?<Part>[a-z]+)$": expected lower-case letters, found "X"; header names arrive lower-cased, so this pattern never matches one and its schema is never applied; write "^x-b3-(?<Part>[a-z]+)$"',
    ]);
  });
});

describe('payloads written as OpenAPI Schema Objects', () => {
  it('become JSON Schema: boolean exclusive bounds, OpenAPI annotations dropped, nullable kept', async () => {
    const result = await load('real-world/openapi-payloads.yaml');
    expect(diagnosticLines(result)).toBe('');
    const contract = result.contract!;
    expect(contract.events.map((e) => [e.id, e.dialect])).toEqual([
      ['invoice.paid@1', 'draft-07'],
      ['invoice.voided@1', 'draft-07'],
    ]);
    const paid = contract.events[0]!.payload as Record<string, Record<string, unknown>>;
    expect(paid.xml).toBeUndefined();
    expect(paid.discriminator).toBeUndefined();
    expect(paid.properties!.amount).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 1000000 });
    expect(contract.schemas.VoidedInvoice?.schema).toMatchObject({
      properties: { refund: { type: 'integer', exclusiveMaximum: 0 } },
    });

    const sandbox = await createValidatorSandbox(emitValidators(contract));
    try {
      const { validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js');
      const paidValid = validators['invoice.paid@1']!;
      expect(paidValid({ id: 'in_1', amount: 10, memo: null }).valid).toBe(true);
      expect(paidValid({ id: 'in_1', amount: 0 }).valid).toBe(false);
      expect(paidValid({ id: 'in_1', amount: 1000000 }).valid).toBe(true);
      const voided = validators['invoice.voided@1']!;
      expect(voided({ id: 'in_1', refund: -5 }).valid).toBe(true);
      expect(voided({ id: 'in_1', refund: 0 }).valid).toBe(false);
    } finally {
      await sandbox.cleanup();
    }
    const types = emitTypes(contract)['types.ts']!;
    expect(declarationsOf(types).get('InvoicePaidData')).toContain('memo?: string | null;');
    expect(formatTypeDiagnostics(typecheck({ 'types.ts': types }))).toBe('');
  });
});
