import { Ajv, type Logger, Name, type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaDialect } from '../../ir/contract.js';
import { formatDefinitions } from './formats.js';

export type AjvInstance = Ajv | Ajv2020;

/** Name generated modules import the runtime's format table as (see emit-module.ts). */
export const RUNTIME_FORMATS_NAME = 'hw_formats';

/**
 * The ajv options behind every validator Hookwright generates, and behind the run-time ajv the
 * differential tests compare them with. Why each one is set is in docs/validators.md.
 */
export function validatorOptions(logger: Logger, setup: AjvSetup): Options {
  const { emitCode, messages } = setup;
  return {
    // Legal JSON Schema is never refused: keywords ajv would ignore (`if` without `then`,
    // `additionalItems` beside a schema `items`, a property matching a `patternProperties`
    // pattern), type and tuple doubts are warnings, and so would unknown keywords be, but those
    // are reported once each by legal-schema.ts. Unknown formats are registered as annotations
    // before compiling.
    // `required` naming an undeclared property is not reported: it is how `if`/`then` and `allOf`
    // conditions are written.
    strict: true,
    strictSchema: 'log',
    strictTypes: 'log',
    strictTuples: 'log',
    strictRequired: false,
    // `type: ["string", "null"]` is how nullable fields are written in JSON Schema.
    allowUnionTypes: true,
    // Stop at the first problem: an attacker cannot make one request produce millions of errors,
    // and validators stay small and fast. Developer tools (devtools/) ask for every problem.
    allErrors: setup.allErrors ?? false,
    // Generated code carries no message strings (the runtime rebuilds ajv's wording from the
    // error's keyword and params); generate-time diagnostics ask ajv for its messages.
    messages,
    // Named schemas are compiled once and called, never copied into every schema that uses them.
    inlineRefs: false,
    // Validators only answer; they never change the value they check.
    useDefaults: false,
    coerceTypes: false,
    removeAdditional: false,
    logger,
    ...(setup.ownProperties ? { ownProperties: true } : {}),
    code: emitCode
      ? {
          source: true,
          esm: true,
          // One statement per line: reviewable golden files and readable stack traces.
          lines: true,
          formats: new Name(RUNTIME_FORMATS_NAME),
        }
      : {},
  };
}

export interface AjvSetup {
  /** Keep the source ajv needs for standalone modules. */
  emitCode: boolean;
  /** Put message strings into error objects. */
  messages: boolean;
  /** Check own properties only (see own-properties.ts). */
  ownProperties?: boolean;
  /** Report every problem instead of the first (developer tools only; never generated code). */
  allErrors?: boolean;
}

/** An ajv instance for one dialect with Hookwright's options and formats. */
export function createAjv(dialect: SchemaDialect, logger: Logger, setup: AjvSetup): AjvInstance {
  const options = validatorOptions(logger, setup);
  const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
  for (const [name, format] of Object.entries(formatDefinitions())) ajv.addFormat(name, format);
  return ajv;
}
