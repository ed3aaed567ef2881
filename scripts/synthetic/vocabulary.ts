/**
 * Words the synthetic contract is made of. Event types are `<entity>.<action>` in snake_case,
 * the shape real providers use (`invoice.payment_failed`, `customer.subscription.updated`).
 */
export const ENTITIES = [
  'order',
  'invoice',
  'subscription',
  'customer',
  'product',
  'inventory_item',
  'coupon',
  'cart',
  'shipment',
  'refund',
  'payout',
  'dispute',
  'review',
  'ticket',
  'warehouse',
  'supplier',
  'purchase_order',
  'gift_card',
  'loyalty_account',
  'price_list',
  'tax_rate',
  'store',
  'employee',
  'appointment',
  'booking',
  'campaign',
  'segment',
  'report',
  'document',
  'quote',
  'lead',
  'task',
  'project',
  'member',
  'team',
  'plan',
  'usage_record',
  'credit_note',
  'return_request',
  'payment_link',
] as const;

export const ACTIONS = [
  'created',
  'updated',
  'deleted',
  'archived',
  'restored',
  'approved',
  'rejected',
  'expired',
  'renewed',
  'paused',
  'resumed',
  'completed',
] as const;

/** Status values an entity's named status enum draws from. */
export const STATUS_WORDS = [
  'draft',
  'pending',
  'active',
  'paused',
  'completed',
  'cancelled',
  'failed',
  'archived',
  'expired',
  'open',
  'closed',
] as const;

export const TAG_WORDS = [
  'priority',
  'internal',
  'b2b',
  'wholesale',
  'gift',
  'trial',
  'vip',
  'beta',
] as const;

/** snake_case or dotted words to PascalCase: `inventory_item.created` -> `InventoryItemCreated`. */
export function pascalCase(words: string): string {
  return words
    .split(/[._-]/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

export function camelCase(words: string): string {
  const pascal = pascalCase(words);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}
