import type { DeliveryRecord, ListenSummary } from '@hookwright/compiler';
import { createStyle, type Style, statusColour } from './style.js';

/**
 * One line per request `listen` answered: time, verdict, status, event, webhook-id, then the
 * reason and each payload issue (JSON pointer + message) and the app's answer on indented lines.
 */
export function formatDelivery(record: DeliveryRecord, at: Date, isTTY: boolean | undefined): string {
  const style = createStyle(isTTY);
  const event =
    record.type === undefined
      ? '-'
      : `${record.type}${record.version === undefined ? '' : `@${record.version}`}`;
  const head = [
    style.dim(at.toISOString().slice(11, 19)),
    verdictText(style, record.verdict),
    statusColour(style, record.status)(String(record.status)),
    style.bold(event),
    record.id ?? '-',
  ].join('  ');
  const lines = [head];
  if (record.code !== undefined) lines.push(`    ${style.red(record.code)}: ${record.message ?? ''}`);
  for (const issue of record.issues ?? []) lines.push(`    ${issue.pointer || '/'} ${issue.message}`);
  if (record.forward) {
    const ms = `${record.forward.durationMs.toFixed(1)} ms`;
    lines.push(
      'status' in record.forward
        ? `    -> app answered ${statusColour(style, record.forward.status)(String(record.forward.status))} ${style.dim(ms)}`
        : `    -> ${style.red(record.forward.error)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function verdictText(style: Style, verdict: DeliveryRecord['verdict']): string {
  const padded = verdict.padEnd(9);
  if (verdict === 'accepted') return style.green(padded);
  if (verdict === 'rejected') return style.red(padded);
  return style.yellow(padded);
}

/** `received 5: accepted 3, duplicate 0, unknown 0, rejected 2 (INVALID_PAYLOAD 1, NO_MATCHING_SIGNATURE 1)`. */
export function formatSummary(summary: ListenSummary): string {
  const entries = Object.entries(summary.rejected).sort(([a], [b]) => a.localeCompare(b));
  const reasons = entries.map(([code, n]) => `${code} ${n}`);
  const rejected = entries.reduce((sum, [, n]) => sum + n, 0);
  const detail = reasons.length > 0 ? ` (${reasons.join(', ')})` : '';
  return (
    `received ${summary.received}: accepted ${summary.accepted}, duplicate ${summary.duplicate}, ` +
    `unknown ${summary.unknown}, rejected ${rejected}${detail}\n`
  );
}
