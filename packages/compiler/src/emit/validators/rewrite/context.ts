import type { ConcatPart } from './concat.js';
import { messageParts } from './issue-message.js';

/**
 * What the rewrite steps of one dialect module share: the factories of schema values handed out
 * in issue params, and the schema constants ajv declared (to read values from).
 */

/** Runtime exports generated code may call, by their local name in the module. */
export const ISSUE_HELPERS: Readonly<Record<string, string>> = {
  hw_issue: 'validationIssue',
  hw_fail: 'failValidation',
  hw_failFrom: 'failWithIssuesOf',
  hw_escape: 'escapePointerToken',
  hw_append: 'appendIssues',
  hw_toIssue: 'toValidationIssue',
};

export class RewriteContext {
  private readonly factories = new Map<string, string>();
  /** Messages by keyword and params: thousands of sites share a few dozen. */
  private readonly messages = new Map<string, ConcatPart[] | undefined>();

  /**
   * @param relative whether functions report pointers relative to the value they were given
   *   (see relative-paths.ts)
   * @param schemas the values of ajv's `const schemaN = {...}` declarations, by name
   */
  constructor(
    readonly relative: boolean,
    readonly schemas: ReadonlyMap<string, unknown>,
  ) {}

  /** `messageParts`, remembered for the module. */
  message(
    keyword: string,
    known: Readonly<Record<string, unknown>>,
    runtime: Readonly<Record<string, string>>,
  ): ConcatPart[] | undefined {
    const key = JSON.stringify([keyword, known, runtime]);
    if (!this.messages.has(key)) this.messages.set(key, messageParts(keyword, known, runtime));
    return this.messages.get(key);
  }

  /**
   * A call that builds a fresh copy of `value` for an issue's params (`hw_value3()`): one factory
   * per distinct value in the module, so an `enum` shared by many schemas is written once and no
   * issue ever hands out the array the validator itself compares with.
   */
  fresh(value: unknown): string {
    const json = JSON.stringify(value);
    let name = this.factories.get(json);
    if (name === undefined) {
      name = `hw_value${this.factories.size}`;
      this.factories.set(json, name);
    }
    return `${name}()`;
  }

  /** Declarations of the factories handed out, in order of first use. */
  factoryDeclarations(): string {
    return [...this.factories].map(([json, name]) => factoryDeclaration(name, json)).join('');
  }
}

/** The declaration of the factory `name` of a value (given as JSON). */
export function factoryDeclaration(name: string, json: string): string {
  return `const ${name} = () => (${json});\n`;
}
