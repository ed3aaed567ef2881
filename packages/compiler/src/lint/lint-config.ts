/** How a lint rule reports: as an error (fails `hookwright lint`), a warning, or not at all. */
export type LintSeverity = 'error' | 'warning' | 'off';

/** A rule's setting in the config file: a severity, or an object with a severity and options. */
export type LintRuleSetting = LintSeverity | ({ severity?: LintSeverity } & Record<string, unknown>);

/** `lint` in hookwright.config.*: `{ "rules": { "event-summary": "error", "max-payload-size": { "limit": 65536 } } }`. */
export interface LintConfig {
  rules?: Record<string, LintRuleSetting>;
}

const severity = { enum: ['error', 'warning', 'off'] } as const;

/** Options each rule accepts besides `severity`, as JSON Schema properties. */
const OPTIONS: Record<string, Record<string, unknown>> = {
  'example-valid': {},
  'event-summary': {},
  'event-name-pattern': {
    pattern: {
      type: 'string',
      minLength: 1,
      description: 'Regular expression (u flag) every event type must match.',
    },
  },
  'deprecated-successor': {},
  'no-unused-schemas': {},
  'no-remote-refs': {},
  'max-payload-size': {
    limit: {
      type: 'integer',
      minimum: 1,
      description: "Bytes; default 1048576, the receiver's default body limit.",
    },
    stringLength: {
      type: 'integer',
      minimum: 0,
      description: 'Characters assumed for a string without maxLength; default 256.',
    },
    arrayItems: {
      type: 'integer',
      minimum: 0,
      description: 'Items assumed for an array without maxItems; default 16.',
    },
    mapEntries: {
      type: 'integer',
      minimum: 0,
      description: 'Entries assumed for additionalProperties maps without maxProperties; default 16.',
    },
  },
  'open-object': {},
};

export const LINT_RULE_IDS = Object.keys(OPTIONS);

/** JSON Schema of the `lint` config key (part of schemas/hookwright.config.schema.json). */
export const lintConfigSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Settings for `hookwright lint` (docs/evolution.md).',
  properties: {
    rules: {
      type: 'object',
      additionalProperties: false,
      description: 'Severity ("error", "warning", "off") or { "severity", ...options } per rule id.',
      properties: Object.fromEntries(
        Object.entries(OPTIONS).map(([id, options]) => [
          id,
          {
            anyOf: [
              severity,
              { type: 'object', additionalProperties: false, properties: { severity, ...options } },
            ],
          },
        ]),
      ),
    },
  },
} as const;
