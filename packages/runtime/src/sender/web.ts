/**
 * `@hookwright/runtime/sender` outside Node (Workers, Deno, Bun, browsers): the same API over `fetch`
 * and Web Crypto. Its SSRF guard is WEAKER than on Node: only IP literals in endpoint URLs and
 * `requireHttps` are checked, because `fetch` resolves names itself and does not report the address it
 * connected to (see `fetch-transport.ts`). The `resolve` option is ignored here.
 */
import type { SchemeName, SecretInput } from '../signing/core/types.js';
import { createSigner } from '../signing/web.js';
import type { Platform } from './create-sender.js';
import type { SignFunction } from './endpoints.js';
import { createFetchTransport } from './fetch-transport.js';
import { type PlatformApi, platformApi } from './platform-api.js';

export * from './exports.js';

const signer = (secret: SecretInput, scheme?: SchemeName): SignFunction => {
  const parsed = createSigner(scheme === undefined ? { secret } : { secret, scheme });
  return (input) => parsed.sign(input);
};

const platform: Platform = {
  signer,
  transport: (guard, _options, clock) => createFetchTransport(guard, clock),
};

const api = platformApi(platform);

/**
 * Creates a sender for a contract's event table (see the Node entry; behaviour is the same except for
 * the SSRF guard, which here checks only IP literals).
 *
 * @example
 * const sender = createSender<EventMap, LatestVersions>(events, { endpoints });
 * await sender.send('order.created', data);
 */
export const createSender: PlatformApi['createSender'] = api.createSender;

/**
 * The one-request helpers for a contract's event table.
 *
 * @example
 * const { createWebhook } = bindWebhooks<EventMap, LatestVersions>(events);
 */
export const bindWebhooks: PlatformApi['bindWebhooks'] = api.bindWebhooks;
