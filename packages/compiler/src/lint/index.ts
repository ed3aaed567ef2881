export { formatLint, LINT_FORMATS, type LintFormat } from './format-lint.js';
export {
  LINT_RULE_IDS,
  type LintConfig,
  type LintRuleSetting,
  type LintSeverity,
  lintConfigSchema,
} from './lint-config.js';
export { type LintOptions, type LintResult, lintContract, lintRules } from './lint-contract.js';
export { LintOptionError } from './lint-option-error.js';
export type { LintFinding } from './lint-rule.js';
