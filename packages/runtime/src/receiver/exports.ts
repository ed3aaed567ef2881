/** What the Node and Web entries of `@hookwright/runtime/receiver` both export besides the bound factories. */
export type { FastifyPlugin, FastifyReceiverOptions } from '../adapters/fastify.js';
export type { NodeHandler, NodeRequestLike, NodeResponseLike } from '../adapters/node.js';
export type { BodyFormat } from './create-receiver.js';
export { ReceiverError, type ReceiverErrorCode, ReceiverOptionError } from './errors.js';
export type { EventApi, EventVerifier } from './event-api.js';
export {
  type ConformanceOptions,
  idempotencyStoreChecks,
  runIdempotencyStoreConformance,
  type StoreCheck,
  type StoreFactory,
  type TestHooks,
} from './idempotency/conformance.js';
export {
  createRedisIdempotencyStore,
  type RedisCommands,
  type RedisStoreOptions,
} from './idempotency/redis-store.js';
export {
  type ClaimResult,
  createMemoryIdempotencyStore,
  type IdempotencyStore,
  type MemoryStoreOptions,
} from './idempotency/store.js';
export { PIPELINE_STEPS, type PipelineStep, RECEIVER_STATUS, type ReceiverResponse } from './pipeline.js';
export type { BodyLimits, BodyReader, BodyResult, BodySource } from './read-body.js';
export type * from './types.js';
