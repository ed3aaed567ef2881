/** Programmatic API behind `hookwright trigger` and `hookwright listen`. */
export { DevtoolsError, type DevtoolsErrorCode } from './errors.js';
export { type ContractEventTable, createContractEventTable } from './event-table.js';
export { type EventExample, exampleFor } from './examples.js';
export { type ForwardResult, forwardRequest } from './forward.js';
export type { HttpExchange } from './http.js';
export {
  type DeliveryRecord,
  type Listener,
  type ListenOptions,
  type ListenSummary,
  startListener,
} from './listen.js';
export {
  type PrepareTriggerOptions,
  prepareTrigger,
  sendTrigger,
  type TriggerRequest,
  type TriggerResult,
} from './trigger.js';
