import type { EventRule } from '../../event-changes.js';
import { bodyModeChanged } from './body-mode-changed.js';
import { eventAdded } from './event-added.js';
import { eventDeprecated } from './event-deprecated.js';
import { eventDocs } from './event-docs.js';
import { eventRemoved } from './event-removed.js';
import { wireChanged } from './wire-changed.js';

export const EVENT_RULES: readonly EventRule[] = [
  eventAdded,
  eventRemoved,
  eventDeprecated,
  eventDocs,
  bodyModeChanged,
  wireChanged,
];
