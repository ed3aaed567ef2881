import type { AttemptRecord, DeliveryRecord } from '@hookwright/runtime/queue';

const iso = (ms: number | undefined) => (ms === undefined ? '-' : new Date(ms).toISOString());

/** One attempt as a line: when, how long, what came back. */
export function formatAttempt(attempt: AttemptRecord, index: number): string {
  const answer =
    attempt.status !== undefined
      ? `HTTP ${attempt.status}`
      : attempt.error
        ? `${attempt.error.code}: ${attempt.error.message}`
        : 'no answer';
  const extras = [
    attempt.location === undefined ? '' : ` -> ${attempt.location}`,
    attempt.retryAfterMs === undefined ? '' : ` (Retry-After ${attempt.retryAfterMs} ms)`,
  ].join('');
  return `  #${index + 1} ${iso(attempt.at)} ${attempt.outcome.padEnd(9)} ${answer}${extras} in ${attempt.durationMs} ms`;
}

/** `deliveries list`: one line per delivery, its attempt history indented below. */
export function formatList(deliveries: readonly DeliveryRecord[]): string {
  if (deliveries.length === 0) return 'no deliveries\n';
  const lines: string[] = [];
  for (const delivery of deliveries) {
    const when =
      delivery.state === 'dead'
        ? `dead since ${iso(delivery.deadAt)} (${delivery.deadReason ?? 'no reason'})`
        : `next attempt ${iso(delivery.nextAttemptAt)}${delivery.leaseExpiresAt === undefined ? '' : ' (leased)'}`;
    lines.push(
      `${delivery.id}  ${delivery.state}  ${delivery.eventId}  ${delivery.attempts.length} attempt(s)  ${when}`,
    );
    lines.push(...delivery.attempts.map(formatAttempt));
  }
  return `${lines.join('\n')}\n`;
}

/** `deliveries show <id>`: every field, the body and the full attempt history. */
export function formatDelivery(delivery: DeliveryRecord): string {
  const lines = [
    `delivery   ${delivery.id}`,
    `message    ${delivery.messageId}`,
    `endpoint   ${delivery.endpointId}`,
    `event      ${delivery.eventId}`,
    `state      ${delivery.state}${delivery.state === 'dead' ? ` since ${iso(delivery.deadAt)}: ${delivery.deadReason ?? ''}` : ''}`,
    `created    ${iso(delivery.createdAt)}`,
    `next       ${iso(delivery.nextAttemptAt)}${delivery.leaseExpiresAt === undefined ? '' : ` (leased until ${iso(delivery.leaseExpiresAt)})`}`,
    `schedule   attempt ${delivery.attemptCount} of this round, replayed ${delivery.replays} time(s)`,
    `attempts   ${delivery.attempts.length}`,
    ...delivery.attempts.flatMap((attempt, index) => [
      formatAttempt(attempt, index),
      ...(attempt.responseBody ? [`     body: ${JSON.stringify(attempt.responseBody.slice(0, 200))}`] : []),
    ]),
    `body       ${delivery.body}`,
  ];
  return `${lines.join('\n')}\n`;
}
