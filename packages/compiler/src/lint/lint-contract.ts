import { createSourceDocuments, type SourceDocuments } from '../diff/source-locator.js';
import type { Contract } from '../ir/contract.js';
import type { LintConfig, LintSeverity } from './lint-config.js';
import type { LintFinding, LintRule } from './lint-rule.js';
import { LINT_RULES } from './rules/index.js';

export interface LintOptions {
  /** The `lint` key of the config file: severities and options per rule. */
  config?: LintConfig;
  /** The source documents (see `createSourceDocuments`); default: read from the working directory. */
  documents?: SourceDocuments;
  /** How files are shown; default: as the IR names them (relative to the entry's folder). */
  displayFile?: (file: string) => string;
}

export interface LintResult {
  /** Sorted by file, line, column, rule. */
  findings: LintFinding[];
  errors: number;
  warnings: number;
}

/**
 * Runs every lint rule that is not `off` over a contract (docs/evolution.md lists them).
 *
 * @example
 * const { findings, errors } = lintContract(contract, {
 *   config: { rules: { 'event-summary': 'error', 'max-payload-size': { limit: 65536 } } },
 *   documents: createSourceDocuments(dirname('asyncapi.yaml')),
 * });
 */
export function lintContract(contract: Contract, options: LintOptions = {}): LintResult {
  const documents = options.documents ?? createSourceDocuments(process.cwd());
  const display = options.displayFile ?? ((file: string) => file);
  const findings: LintFinding[] = [];
  for (const rule of LINT_RULES) {
    const { severity, settings } = settingOf(rule, options.config);
    if (severity === 'off') continue;
    for (const found of rule.check({ contract, documents, options: settings })) {
      const position =
        (found.pointer === undefined ? undefined : documents.locate(found.at.file, found.pointer)) ??
        found.at;
      findings.push({
        rule: rule.id,
        severity,
        message: found.message,
        file: display(found.at.file),
        line: position.line,
        col: position.col,
        pointer: found.pointer ?? found.at.pointer,
      });
    }
  }
  findings.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { findings, errors, warnings: findings.length - errors };
}

/** Rule ids with their default severity and meaning, for docs and SARIF. */
export function lintRules(): ReadonlyArray<Pick<LintRule, 'id' | 'defaultSeverity' | 'description'>> {
  return LINT_RULES;
}

function settingOf(
  rule: LintRule,
  config: LintConfig | undefined,
): { severity: LintSeverity; settings: Record<string, unknown> } {
  const setting = config?.rules?.[rule.id];
  if (setting === undefined) return { severity: rule.defaultSeverity, settings: {} };
  if (typeof setting === 'string') return { severity: setting, settings: {} };
  const { severity, ...settings } = setting;
  return { severity: severity ?? rule.defaultSeverity, settings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
