import type { Impact } from './impact.js';

/**
 * Every rule id `diff` reports, with the impact it usually has and one line on what it means.
 * docs/evolution.md shows the same table with examples; a test keeps the three in step.
 */
export const DIFF_RULES: ReadonlyArray<{ id: string; impact: Impact | 'depends'; description: string }> = [
  { id: 'event-added', impact: 'safe', description: 'A new event type.' },
  { id: 'version-added', impact: 'safe', description: 'A new version of an existing event type.' },
  {
    id: 'event-removed',
    impact: 'breaks-receivers',
    description: 'An event version that was not deprecated was removed.',
  },
  { id: 'deprecated-event-removed', impact: 'safe', description: 'A deprecated event version was removed.' },
  { id: 'event-deprecated', impact: 'safe', description: 'An event version was marked deprecated.' },
  { id: 'event-undeprecated', impact: 'safe', description: 'An event version is no longer deprecated.' },
  {
    id: 'body-mode-changed',
    impact: 'breaks-both',
    description: 'The body changed between the envelope and the bare payload.',
  },
  {
    id: 'wire-changed',
    impact: 'breaks-both',
    description: 'Where the event type, version or delivery id is read, or the signature scheme, changed.',
  },
  {
    id: 'docs-changed',
    impact: 'safe',
    description: 'A summary, description, title, example or other annotation changed.',
  },
  {
    id: 'type-widened',
    impact: 'breaks-receivers',
    description: 'The type accepts more kinds of values (also a new null).',
  },
  { id: 'type-narrowed', impact: 'breaks-senders', description: 'The type accepts fewer kinds of values.' },
  {
    id: 'type-changed',
    impact: 'breaks-both',
    description: 'The type accepts some kinds of values only before and some only after.',
  },
  {
    id: 'enum-value-added',
    impact: 'breaks-receivers',
    description: 'An allowed value was added to an enum (or const).',
  },
  {
    id: 'enum-value-removed',
    impact: 'breaks-senders',
    description: 'An allowed value was removed from an enum (or const).',
  },
  { id: 'enum-added', impact: 'breaks-senders', description: 'Values are now limited to an enum.' },
  { id: 'enum-removed', impact: 'breaks-receivers', description: 'Values are no longer limited to an enum.' },
  {
    id: 'limit-tightened',
    impact: 'breaks-senders',
    description: 'A minimum/maximum/length/items/properties bound moved inwards or appeared.',
  },
  { id: 'limit-loosened', impact: 'breaks-receivers', description: 'A bound moved outwards or disappeared.' },
  {
    id: 'multiple-of-added',
    impact: 'breaks-senders',
    description: 'Numbers must now be multiples of a value.',
  },
  {
    id: 'multiple-of-removed',
    impact: 'breaks-receivers',
    description: 'Numbers no longer need to be multiples of a value.',
  },
  {
    id: 'multiple-of-changed',
    impact: 'depends',
    description: 'multipleOf changed: narrower, wider or both depending on divisibility.',
  },
  { id: 'pattern-added', impact: 'breaks-senders', description: 'Strings must now match a pattern.' },
  {
    id: 'pattern-removed',
    impact: 'breaks-receivers',
    description: 'Strings no longer need to match a pattern.',
  },
  {
    id: 'pattern-changed',
    impact: 'undecided',
    description: 'A pattern changed: regular expressions are not compared.',
  },
  { id: 'format-added', impact: 'breaks-senders', description: 'Strings must now have a format.' },
  { id: 'format-removed', impact: 'breaks-receivers', description: 'Strings no longer need a format.' },
  {
    id: 'format-changed',
    impact: 'depends',
    description: 'A format changed: decided only for known inclusions (uri within uri-reference, ...).',
  },
  { id: 'required-added', impact: 'breaks-senders', description: 'A property became required.' },
  { id: 'required-removed', impact: 'breaks-receivers', description: 'A property is no longer required.' },
  {
    id: 'property-added',
    impact: 'depends',
    description:
      'A property was listed: breaks receivers of a closed object; narrows an open one unless it allows anything.',
  },
  {
    id: 'property-removed',
    impact: 'depends',
    description: 'A property is no longer listed: breaks senders of a closed object; widens an open one.',
  },
  { id: 'object-closed', impact: 'breaks-senders', description: 'additionalProperties became false.' },
  {
    id: 'object-opened',
    impact: 'breaks-receivers',
    description: 'additionalProperties is no longer false.',
  },
  { id: 'unique-items-added', impact: 'breaks-senders', description: 'Arrays must now have unique items.' },
  { id: 'unique-items-removed', impact: 'breaks-receivers', description: 'Arrays may now repeat items.' },
  {
    id: 'tuple-length-changed',
    impact: 'undecided',
    description: 'A tuple (items array) changed length or became a list: not compared.',
  },
  {
    id: 'variant-added',
    impact: 'breaks-receivers',
    description: 'A new anyOf/oneOf branch (undecided for oneOf when it may overlap another branch).',
  },
  {
    id: 'variant-removed',
    impact: 'breaks-senders',
    description: 'An anyOf/oneOf branch was removed (undecided for overlapping oneOf branches).',
  },
  {
    id: 'variant-list-added',
    impact: 'breaks-senders',
    description: 'Values must now also match one of a new list of anyOf/oneOf branches.',
  },
  {
    id: 'variant-list-removed',
    impact: 'breaks-receivers',
    description: 'A list of anyOf/oneOf branches next to other keywords was removed.',
  },
  {
    id: 'all-of-member-added',
    impact: 'breaks-senders',
    description: 'An allOf member that cannot be merged was added.',
  },
  {
    id: 'all-of-member-removed',
    impact: 'breaks-receivers',
    description: 'An allOf member that cannot be merged was removed.',
  },
  { id: 'false-schema-added', impact: 'breaks-senders', description: 'A schema now accepts nothing.' },
  {
    id: 'false-schema-removed',
    impact: 'breaks-receivers',
    description: 'A schema that accepted nothing now accepts values.',
  },
  {
    id: 'keyword-without-effect',
    impact: 'safe',
    description: 'A type-specific keyword changed where its type is not accepted.',
  },
  {
    id: 'keyword-changed',
    impact: 'undecided',
    description:
      'A keyword this tool does not reason about (not, if/then/else, patternProperties, ...) changed.',
  },
  {
    id: 'unclassified-change',
    impact: 'undecided',
    description: 'The schemas differ in a way no rule classifies.',
  },
];
