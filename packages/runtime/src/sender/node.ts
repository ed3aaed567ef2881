/**
 * `@hookwright/runtime/sender` on Node: delivery over `node:http`/`node:https` with keep-alive
 * connections and an SSRF guard on the address each connection actually reaches (see
 * `node-transport.ts`). Other runtimes get `web.ts`, whose guard is weaker.
 */
import type { SchemeName, SecretInput } from '../signing/core/types.js';
import { createSigner } from '../signing/node.js';
import type { Platform } from './create-sender.js';
import type { SignFunction } from './endpoints.js';
import { createNodeTransport } from './node-transport.js';
import { type PlatformApi, platformApi } from './platform-api.js';

export * from './exports.js';

const signer = (secret: SecretInput, scheme?: SchemeName): SignFunction => {
  const parsed = createSigner(scheme === undefined ? { secret } : { secret, scheme });
  return (input) => parsed.signSync(input);
};

const platform: Platform = {
  signer,
  transport: (guard, options, clock) =>
    createNodeTransport({
      ...guard,
      clock,
      ...(options.resolve ? { resolve: options.resolve } : {}),
      maxSockets: options.concurrency ?? 32,
    }),
};

const api = platformApi(platform);

/**
 * Creates a sender for a contract's event table: typed `send`, validation before queueing, fan-out,
 * retries with backoff, dead letters, the SSRF guard. Generated sender packages bind it, so apps call
 * `createSender({ endpoints })` from their package without the table.
 *
 * @example
 * const sender = createSender<EventMap, LatestVersions>(events, {
 *   endpoints: [{ id: 'ep_1', url: 'https://customer.example/webhooks', secret: 'whsec_...' }],
 * });
 * const id = await sender.send('order.created', data);
 * await sender.close();
 */
export const createSender: PlatformApi['createSender'] = api.createSender;

/**
 * The one-request helpers (`createEnvelope`, `createWebhook`, `createWebhookSigner`) for a contract's
 * event table.
 *
 * @example
 * const { createWebhook } = bindWebhooks<EventMap, LatestVersions>(events);
 */
export const bindWebhooks: PlatformApi['bindWebhooks'] = api.bindWebhooks;
