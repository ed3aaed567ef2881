/**
 * JSON Schema of `hookwright.config.{json,yaml,yml}`. The published copy is
 * `schemas/hookwright.config.schema.json`; a test keeps the two identical.
 */
import { type WireSetting, wireSchema } from '../ir/wire.js';
import { type LintConfig, lintConfigSchema } from '../lint/lint-config.js';

export const CONFIG_SCHEMA_ID = 'https://hookwright.dev/schemas/hookwright.config.schema.json';

const packageName = {
  type: 'string',
  pattern: '^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$',
  maxLength: 214,
  description: 'npm package name.',
} as const;

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: CONFIG_SCHEMA_ID,
  title: 'Hookwright configuration',
  description:
    'Settings for `hookwright generate`. Relative paths are resolved from the folder of the config file. Command-line flags override these values.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    input: { type: 'string', minLength: 1, description: 'AsyncAPI entry document.' },
    out: { type: 'string', minLength: 1, description: 'Output directory, replaced as a whole.' },
    docs: {
      type: 'boolean',
      default: false,
      description:
        '`generate` also writes the HTML event catalog to `<out>/docs/index.html`. Flags --docs and --no-docs win.',
    },
    name: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description:
        'Base name of the generated packages (`<name>-sender`, `<name>-receiver`). Default: slug of info.title.',
    },
    scope: {
      type: 'string',
      pattern: '^@[a-z0-9][a-z0-9._~-]*$',
      description: 'npm scope for the generated packages, e.g. `@acme`.',
    },
    version: {
      type: 'string',
      pattern: '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$',
      description: 'Version of the generated packages. Default: info.version when it is semver, else 0.0.0.',
    },
    sender: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { ...packageName, description: 'Full npm name of the sender package.' } },
    },
    receiver: {
      type: 'object',
      additionalProperties: false,
      properties: { name: { ...packageName, description: 'Full npm name of the receiver package.' } },
    },
    allowRemoteRefs: { type: 'boolean', default: false, description: 'Follow http(s) $refs.' },
    acceptReceive: {
      type: 'boolean',
      default: false,
      description: "Accept a document written from the consumer's side (only receive operations).",
    },
    lint: lintConfigSchema,
    identity: {
      type: 'object',
      additionalProperties: false,
      description:
        'Where the document states event identity its own way (docs/event-identity.md). Flags --event-type-key and --event-version-key win.',
      properties: {
        typeKeys: {
          type: 'array',
          minItems: 1,
          items: { type: 'string', minLength: 1 },
          description:
            'Message extensions that name the event type, first match wins; they take the place of x-event-type (e.g. ["x-acme-event-type"]).',
        },
        versionKey: {
          type: 'string',
          minLength: 1,
          description: 'Message extension holding the event version; takes the place of x-event-version.',
        },
        typeProperty: {
          type: 'string',
          minLength: 1,
          description: 'Payload property whose const (or one-value enum) is the event type, e.g. "type".',
        },
      },
    },
    wire: wireSchema,
    unknownKeywords: {
      enum: ['warn', 'ignore', 'error'],
      default: 'warn',
      description:
        'Schema keywords the JSON Schema dialect does not define are ignored, as JSON Schema says; `warn` reports each once, `error` refuses them.',
    },
  },
} as const;

export interface HookwrightConfig {
  input?: string;
  out?: string;
  docs?: boolean;
  name?: string;
  scope?: string;
  version?: string;
  sender?: { name?: string };
  receiver?: { name?: string };
  allowRemoteRefs?: boolean;
  acceptReceive?: boolean;
  lint?: LintConfig;
  unknownKeywords?: 'warn' | 'ignore' | 'error';
  identity?: { typeKeys?: string[]; versionKey?: string; typeProperty?: string };
  wire?: WireSetting;
}
