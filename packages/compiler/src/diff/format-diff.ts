import type { Annotation } from '../report/annotation.js';
import { formatGithub } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import type { DiffChange, DiffResult } from './change.js';
import { isBreakingImpact } from './diff-contracts.js';
import { DIFF_RULES } from './rule-table.js';

export const DIFF_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffFormatOptions {
  /** Count `undecided` changes as failures (`--fail-on undecided`). */
  failOnUndecided?: boolean;
}

/**
 * Prints a diff result for people (`text`), programs (`json`), GitHub Actions annotations
 * (`github`, changes that are not safe) or code scanning (`sarif`).
 *
 * @example
 * process.stdout.write(formatDiff(diffContracts(before, after), 'github'));
 */
export function formatDiff(result: DiffResult, format: DiffFormat, options: DiffFormatOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          breaking: failed(result, options),
          changes: result.changes.map(({ source: _, ...change }) => change),
        },
        null,
        2,
      )}\n`;
    case 'github':
      return formatGithub(
        result.changes.filter((c) => c.impact !== 'safe').map((c) => annotation(c, options)),
      );
    case 'sarif':
      return formatSarif(
        'hookwright diff',
        DIFF_RULES.map((r) => ({ id: r.id, description: r.description })),
        result.changes.map((c) => annotation(c, options)),
      );
    default:
      return formatText(result, options);
  }
}

/** True when the result fails the gate: `breaking`, or an undecided change with `failOnUndecided`. */
export function failed(result: DiffResult, options: DiffFormatOptions = {}): boolean {
  return result.changes.some((c) => isBreakingImpact(c.impact, options.failOnUndecided));
}

function annotation(change: DiffChange, options: DiffFormatOptions): Annotation {
  const level = isBreakingImpact(change.impact, options.failOnUndecided)
    ? 'error'
    : change.impact === 'safe'
      ? 'notice'
      : 'warning';
  return {
    level,
    rule: change.rule,
    message: `${change.impact}: ${where(change)}${change.reason}`,
    file: change.source.file,
    line: change.source.line,
    col: change.source.col,
    title: change.event,
  };
}

function where(change: DiffChange): string {
  if (change.part === undefined) return '';
  const part = change.part === 'headers' ? 'headers ' : '';
  return `${part}${change.pointer || '(root)'}: `;
}

function formatText(result: DiffResult, options: DiffFormatOptions): string {
  if (result.changes.length === 0) return 'No changes.\n';
  const lines = result.changes.map(
    (c) => `${c.location} ${c.impact} ${c.rule} ${c.event} ${where(c)}${c.reason}`,
  );
  const counts = new Map<string, number>();
  for (const c of result.changes) counts.set(c.impact, (counts.get(c.impact) ?? 0) + 1);
  const summary = [...counts].map(([impact, n]) => `${n} ${impact}`).join(', ');
  const verdict = failed(result, options) ? 'breaking' : 'not breaking';
  return `${lines.join('\n')}\n${result.changes.length} change${result.changes.length === 1 ? '' : 's'} (${summary}): ${verdict}.\n`;
}
