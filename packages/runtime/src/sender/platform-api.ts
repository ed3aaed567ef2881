import type { EventTable } from '../events/event-table.js';
import type { NoHeaders } from '../events/message-headers.js';
import { createSenderWith, type Platform, type Sender, type SenderOptions } from './create-sender.js';
import { bindWebhooksWith, type Webhooks } from './webhook.js';

/** The two functions each sender entry binds to its platform (transport and signer). */
export interface PlatformApi {
  createSender<M extends object, L extends object, H extends object = NoHeaders>(
    table: EventTable,
    options: SenderOptions,
  ): Sender<M, L, H>;
  bindWebhooks<M extends object, L extends object, H extends object = NoHeaders>(
    table: EventTable,
  ): Webhooks<M, L, H>;
}

export function platformApi(platform: Platform): PlatformApi {
  return {
    createSender: (table, options) => createSenderWith(table, options, platform),
    bindWebhooks: (table) => bindWebhooksWith(table, platform.signer),
  };
}
