import type { Annotation } from '../report/annotation.js';
import { formatGithub } from '../report/github.js';
import { formatSarif } from '../report/sarif.js';
import { type LintResult, lintRules } from './lint-contract.js';

export const LINT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/**
 * Prints lint findings: `file:line:col severity rule message` lines (`text`), a JSON object,
 * GitHub Actions annotations or a SARIF log, the same formats as `hookwright diff`.
 *
 * @example
 * process.stdout.write(formatLint(lintContract(contract), 'github'));
 */
export function formatLint(result: LintResult, format: LintFormat): string {
  const annotations: Annotation[] = result.findings.map((f) => ({
    level: f.severity,
    rule: f.rule,
    message: f.message,
    file: f.file,
    line: f.line,
    col: f.col,
  }));
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          errors: result.errors,
          warnings: result.warnings,
          findings: result.findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            location: `${f.file}:${f.line}:${f.col}`,
            pointer: f.pointer,
          })),
        },
        null,
        2,
      )}\n`;
    case 'github':
      return formatGithub(annotations);
    case 'sarif':
      return formatSarif(
        'hookwright lint',
        lintRules().map((r) => ({ id: r.id, description: r.description })),
        annotations,
      );
    default: {
      const lines = result.findings.map(
        (f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}\n`,
      );
      const total = result.findings.length;
      const summary =
        total === 0
          ? 'No problems.\n'
          : `${total} problem${total === 1 ? '' : 's'} (${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}).\n`;
      return `${lines.join('')}${summary}`;
    }
  }
}
