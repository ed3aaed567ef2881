import type { Contract } from '../../src/ir/contract.js';

/**
 * A consumer module exercising the public types of both generated packages for one contract.
 * Lines marked `@ts-expect-error` must fail to compile: if the types got looser, tsc reports the
 * unused directive and the test fails.
 */
export function consumerTypeTest(contract: Contract, sender: string, receiver: string): string {
  const event = contract.events.find((e) => !e.deprecated) ?? contract.events[0]!;
  const versions = contract.events.filter((e) => e.type === event.type).map((e) => e.version);
  const latest = Math.max(
    ...contract.events.filter((e) => e.type === event.type && !e.deprecated).map((e) => e.version),
  );
  const t = JSON.stringify(event.type);
  return `import { createEnvelope, createWebhook, type EventData, type EventMap } from '${sender}';
import { constructEvent, createReceiver, isEvent, parseEvent, type WebhookEvent } from '${receiver}';
import type { EventId } from '${sender}/types';

declare const data: EventData<${t}>;
const envelope = createEnvelope(${t}, data);
export const latest: ${latest} = envelope.version;
export const request = createWebhook(${t}, data, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
// @ts-expect-error an event the contract does not have
createEnvelope('no.such.event', data);
// @ts-expect-error data of the wrong shape
createEnvelope(${t}, 42);

const receiver = createReceiver({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
receiver.on(${t}, (event) => {
  const version: ${versions.join(' | ')} = event.version;
  void version;
});
receiver.on(${JSON.stringify(event.id)}, async (event) => {
  const payload: EventMap[${JSON.stringify(event.id)}] = event.data;
  const id: string = event.id;
  void payload, id;
});
// @ts-expect-error an event the contract does not have
receiver.on('no.such.event', () => {});
// @ts-expect-error a version the contract does not have
receiver.on(${JSON.stringify(`${event.type}@999`)}, () => {});
export const serve: (request: Request) => Promise<Response> = receiver.fetch;

export async function handle(body: string, headers: Record<string, string>): Promise<void> {
  const event: WebhookEvent = await constructEvent(body, headers, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
  if (isEvent(event, ${JSON.stringify(event.id)})) {
    const payload: EventMap[${JSON.stringify(event.id)}] = event.data;
    void payload;
  }
  if (event.type === ${t}) {
    const version: ${versions.join(' | ')} = event.version;
    void version;
  }
  const ids: EventId[] = [${contract.events.map((e) => JSON.stringify(e.id)).join(', ')}];
  void ids;
  void parseEvent(body);
}
`;
}

/** A script that sends every example through sender and receiver and checks what comes out. */
export function consumerRunScript(sender: string, receiver: string): string {
  return `import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { createWebhook, events, InvalidPayloadError } from '${sender}';
import { constructEvent } from '${receiver}';

const contract = JSON.parse(readFileSync('contract.json', 'utf8'));
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const report = { examples: 0, intact: 0, refused: 0, problems: [] };
for (const event of contract.events) {
  for (const example of event.examples) {
    if (example.payload === undefined) continue;
    report.examples++;
    const request = await createWebhook(event.id, example.payload, { secret });
    const received = await constructEvent(request.body, request.headers, { secret });
    if (received.type === event.type && received.version === event.version && isDeepStrictEqual(received.data, example.payload)) report.intact++;
    else report.problems.push(event.id + ': received differs');
    try {
      await createWebhook(event.id, ['not', 'the', 'payload'], { secret });
      report.problems.push(event.id + ': wrong-shaped data was accepted');
    } catch (error) {
      if (error instanceof InvalidPayloadError && error.issues.length > 0) report.refused++;
      else report.problems.push(event.id + ': ' + error);
    }
  }
}
// Which version a bare type stands for, as the runtime decides it: must match the types' LatestEventMap.
report.latest = Object.fromEntries(events.latest);
console.log(JSON.stringify(report));
`;
}
