import type { LintRule } from '../lint-rule.js';
import { deprecatedSuccessor } from './deprecated-successor.js';
import { eventNamePattern } from './event-name-pattern.js';
import { eventSummary } from './event-summary.js';
import { exampleValid } from './example-valid.js';
import { maxPayloadSize } from './max-payload-size.js';
import { noRemoteRefs } from './no-remote-refs.js';
import { noUnusedSchemas } from './no-unused-schemas.js';
import { openObject } from './open-object.js';

export const LINT_RULES: readonly LintRule[] = [
  exampleValid,
  eventSummary,
  eventNamePattern,
  deprecatedSuccessor,
  noUnusedSchemas,
  noRemoteRefs,
  maxPayloadSize,
  openObject,
];
