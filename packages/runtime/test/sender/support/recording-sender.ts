import {
  type AttemptEvent,
  createSender,
  type DeadLetterEvent,
  type EndpointDisabledEvent,
  type Sender,
  type SenderLogEntry,
  type SenderOptions,
} from '../../../src/sender/node.js';
import { type EventMap, type LatestVersions, table } from './contract.js';

/** A sender on the test contract whose hooks and log lines are recorded. */
export interface RecordingSender {
  sender: Sender<EventMap, LatestVersions>;
  attempts: AttemptEvent[];
  delivered: AttemptEvent[];
  failed: AttemptEvent[];
  dead: DeadLetterEvent[];
  disabled: EndpointDisabledEvent[];
  logs: SenderLogEntry[];
}

/** Loopback endpoints need `allowPrivateNetworks`; tests that check the guard turn it off. */
export function recordingSender(options: SenderOptions): RecordingSender {
  const recorded: Omit<RecordingSender, 'sender'> = {
    attempts: [],
    delivered: [],
    failed: [],
    dead: [],
    disabled: [],
    logs: [],
  };
  const sender = createSender<EventMap, LatestVersions>(table, {
    allowPrivateNetworks: true,
    logger: (entry) => recorded.logs.push(entry),
    hooks: {
      attempt: (event) => void recorded.attempts.push(event),
      delivered: (event) => void recorded.delivered.push(event),
      failed: (event) => void recorded.failed.push(event),
      deadLettered: (event) => void recorded.dead.push(event),
      endpointDisabled: (event) => void recorded.disabled.push(event),
    },
    ...options,
  });
  return { sender, ...recorded };
}
