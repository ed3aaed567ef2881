/** A lint rule option in the config file that cannot be used; names the rule and option to fix. */
export class LintOptionError extends Error {
  override readonly name = 'LintOptionError';
  readonly code = 'lint-option-invalid';
  constructor(
    readonly rule: string,
    readonly option: string,
    problem: string,
  ) {
    super(`lint.rules["${rule}"].${option}: ${problem}`);
  }
}
