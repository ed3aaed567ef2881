/**
 * A postal address used for shipping and billing.
 */
export interface Address {
    /**
     * Person or company the parcel is addressed to.
     */
    recipient: string;
    company?: string | null;
    line1: string;
    /**
     * Apartment, suite or floor; null when the address has none.
     */
    line2: string | null;
    city: string;
    /**
     * State, province or county; null in countries that do not use one.
     */
    region: string | null;
    postalCode: string;
    country: CountryCode;
    /**
     * E.164 phone number for the carrier.
     */
    phone?: string | null;
}
/**
 * Paid by bank transfer against a reference.
 */
export interface BankTransferPayment {
    kind: 'bank_transfer';
    bankName: string;
    ibanLast4?: string | null;
    reference: string;
}
export type CancellationReason = 'customer_request' | 'payment_failed' | 'fraud_suspected' | 'out_of_stock' | 'other';
/**
 * Paid by credit or debit card.
 */
export interface CardPayment {
    kind: 'card';
    brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'other';
    last4: string;
    expMonth: number;
    expYear: number;
    /**
     * Device wallet the card was presented through, if any.
     */
    wallet?: 'apple_pay' | 'google_pay' | null;
}
export type Carrier = 'ups' | 'fedex' | 'dhl' | 'usps' | 'royal_mail' | 'other';
/**
 * Version 1 of the payment.succeeded payload, without the payment method.
 */
export interface Charge {
    /**
     * @format uuid
     */
    paymentId: string;
    /**
     * @format uuid
     */
    orderId: string;
    amount: Money;
    /**
     * @format date-time
     */
    paidAt: string;
}
/**
 * ISO 3166-1 alpha-2 country code.
 *
 * @example "US"
 * @example "DE"
 */
export type CountryCode = string;
/**
 * ISO 4217 code of a currency Acme Shop settles in.
 */
export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'CAD' | 'AUD' | 'JPY';
/**
 * A shopper account.
 */
export interface Customer {
    /**
     * @format uuid
     */
    id: string;
    /**
     * @format email
     */
    email: string;
    name: PersonName;
    phone: string | null;
    defaultAddress: Address | null;
    marketingOptIn: boolean;
    tags: string[];
    /**
     * @format date-time
     */
    createdAt: string;
    /**
     * @format date-time
     */
    updatedAt: string;
    metadata: Metadata;
}
/**
 * A customer account was deleted; only its id survives.
 */
export interface CustomerDeletion {
    /**
     * @format uuid
     */
    customerId: string;
    reason: 'customer_request' | 'gdpr_erasure' | 'merged_duplicate' | 'fraud';
    /**
     * Set when reason is merged_duplicate.
     *
     * @format uuid
     */
    mergedIntoCustomerId?: string | null;
    /**
     * @format date-time
     */
    deletedAt: string;
}
export type CustomerField = 'email' | 'name' | 'phone' | 'defaultAddress' | 'marketingOptIn' | 'tags' | 'metadata';
/**
 * The customer who placed the order, as known when the event was sent.
 */
export interface CustomerRef {
    /**
     * @format uuid
     */
    id: string;
    /**
     * @format email
     */
    email: string;
}
/**
 * The customer after the change, and which fields changed.
 */
export interface CustomerUpdate {
    customer: Customer;
    changedFields: CustomerField[];
}
/**
 * Parcel size in centimetres and weight in grams.
 */
export interface Dimensions {
    lengthCm: number;
    widthCm: number;
    heightCm: number;
    weightGrams: number;
}
/**
 * Version 1 of the order.created payload: a flat summary without line items. Deprecated: subscribe to order.created version 2 instead.
 *
 * @deprecated
 */
export interface LegacyOrder {
    /**
     * @format uuid
     */
    orderId: string;
    orderNumber: OrderNumber;
    /**
     * @format email
     */
    customerEmail: string;
    /**
     * Order total in minor units of `currency`.
     */
    totalAmount: number;
    currency: CurrencyCode;
    /**
     * @format date-time
     */
    createdAt: string;
}
/**
 * One product line of an order; `total` is unitPrice x quantity after line discounts.
 */
export interface LineItem {
    /**
     * @format uuid
     */
    id: string;
    sku: string;
    name: string;
    quantity: number;
    unitPrice: Money;
    total: Money;
    /**
     * @format uri
     */
    imageUrl?: string | null;
}
/**
 * Up to 50 key/value pairs the merchant attached to the object. Keys are snake_case, values are strings; Acme Shop never interprets them.
 */
export interface Metadata {
    [key: string]: string;
}
/**
 * An amount of money in the currency's minor unit (cents for USD, yen for JPY), so that no amount is ever a floating-point number.
 */
export interface Money {
    /**
     * Amount in minor units.
     *
     * @example 4999
     */
    amount: number;
    currency: CurrencyCode;
}
/**
 * An order as placed at checkout.
 */
export interface Order {
    /**
     * @format uuid
     */
    id: string;
    number: OrderNumber;
    status: OrderStatus;
    customer: CustomerRef;
    items: LineItem[];
    subtotal: Money;
    shippingCost: Money;
    tax: Money;
    total: Money;
    /**
     * Null for orders that contain only digital goods.
     */
    shippingAddress: Address | null;
    billingAddress: Address;
    couponCode: string | null;
    /**
     * Free text the customer typed at checkout.
     */
    note: string | null;
    /**
     * @format date-time
     */
    placedAt: string;
    metadata: Metadata;
}
/**
 * An order was cancelled before it shipped.
 */
export interface OrderCancellation {
    /**
     * @format uuid
     */
    orderId: string;
    orderNumber: OrderNumber;
    reason: CancellationReason;
    note: string | null;
    /**
     * Refund issued for the cancelled order; null when nothing was paid yet.
     *
     * @format uuid
     */
    refundId: string | null;
    /**
     * @format date-time
     */
    cancelledAt: string;
}
/**
 * Every line item of an order has been handed to a carrier.
 */
export interface OrderFulfillment {
    /**
     * @format uuid
     */
    orderId: string;
    orderNumber: OrderNumber;
    shipmentIds: string[];
    /**
     * @format date-time
     */
    fulfilledAt: string;
}
/**
 * Human-facing order number printed on receipts and packing slips.
 *
 * @example "ACME-10042"
 */
export type OrderNumber = string;
/**
 * Where the order is in its lifecycle.
 */
export type OrderStatus = 'pending_payment' | 'paid' | 'partially_fulfilled' | 'fulfilled' | 'cancelled' | 'refunded';
/**
 * A captured payment for an order.
 */
export interface Payment {
    /**
     * @format uuid
     */
    paymentId: string;
    /**
     * @format uuid
     */
    orderId: string;
    amount: Money;
    fee: Money;
    method: PaymentMethod;
    /**
     * @format date-time
     */
    capturedAt: string;
    /**
     * @format uri
     */
    receiptUrl: string | null;
    metadata?: Metadata;
}
/**
 * A payment attempt for an order was declined or errored.
 */
export interface PaymentFailure {
    /**
     * @format uuid
     */
    paymentId: string;
    /**
     * @format uuid
     */
    orderId: string;
    amount: Money;
    method: PaymentMethod;
    failureCode: PaymentFailureCode;
    /**
     * Message from the payment processor, safe to show to the customer.
     */
    failureMessage: string | null;
    /**
     * True when the same method may succeed on a later attempt.
     */
    retryable: boolean;
    /**
     * @format date-time
     */
    failedAt: string;
}
export type PaymentFailureCode = 'card_declined' | 'insufficient_funds' | 'expired_card' | 'incorrect_cvc' | 'authentication_required' | 'processing_error';
/**
 * How the customer paid; `kind` tells the variants apart.
 */
export type PaymentMethod = CardPayment | BankTransferPayment | WalletPayment;
export interface PersonName {
    given: string;
    family: string;
}
/**
 * Money returned to the customer for all or part of a payment.
 */
export interface Refund {
    /**
     * @format uuid
     */
    id: string;
    /**
     * @format uuid
     */
    paymentId: string;
    /**
     * @format uuid
     */
    orderId: string;
    amount: Money;
    reason: RefundReason;
    status: RefundStatus;
    /**
     * Line items refunded; empty for a refund of the shipping cost only.
     */
    lineItemIds: string[];
    /**
     * @format date-time
     */
    createdAt: string;
    /**
     * When the processor confirmed the refund; null while pending.
     *
     * @format date-time
     */
    processedAt: string | null;
}
export type RefundReason = 'requested_by_customer' | 'duplicate' | 'fraudulent' | 'damaged_in_transit' | 'order_cancelled';
export type RefundStatus = 'pending' | 'succeeded' | 'failed';
/**
 * A parcel was handed to a carrier.
 */
export interface Shipment {
    /**
     * @format uuid
     */
    id: string;
    /**
     * @format uuid
     */
    orderId: string;
    carrier: Carrier;
    trackingNumber: string;
    /**
     * @format uri
     */
    trackingUrl: string | null;
    destination: Address;
    items: ShipmentItem[];
    parcel: Dimensions;
    /**
     * @format date-time
     */
    estimatedDeliveryAt: string | null;
    /**
     * @format date-time
     */
    shippedAt: string;
}
/**
 * The carrier reported the parcel as delivered.
 */
export interface ShipmentDelivery {
    /**
     * @format uuid
     */
    shipmentId: string;
    /**
     * @format uuid
     */
    orderId: string;
    /**
     * @format date-time
     */
    deliveredAt: string;
    /**
     * Name given at the door; null when no signature was collected.
     */
    signedBy: string | null;
    /**
     * @format uri
     */
    proofOfDeliveryUrl: string | null;
    location: 'front_door' | 'reception' | 'mailbox' | 'neighbour' | 'parcel_locker' | 'pickup_point';
}
export interface ShipmentItem {
    /**
     * @format uuid
     */
    lineItemId: string;
    quantity: number;
}
/**
 * Paid through a third-party wallet account.
 */
export interface WalletPayment {
    kind: 'wallet';
    provider: 'paypal' | 'klarna' | 'alipay';
    /**
     * @format email
     */
    accountEmail: string | null;
}
/**
 * A shopper created an account.
 *
 * Payload (`data`) of `customer.created@1`.
 */
export type CustomerCreatedData = Customer;
/**
 * A shopper created an account.
 *
 * `customer.created@1` as delivered: the webhook envelope around `CustomerCreatedData`.
 */
export interface CustomerCreatedEvent {
    type: 'customer.created';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: CustomerCreatedData;
}
/**
 * A customer account was deleted.
 *
 * Payload (`data`) of `customer.deleted@1`.
 */
export type CustomerDeletedData = CustomerDeletion;
/**
 * A customer account was deleted.
 *
 * `customer.deleted@1` as delivered: the webhook envelope around `CustomerDeletedData`.
 */
export interface CustomerDeletedEvent {
    type: 'customer.deleted';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: CustomerDeletedData;
}
/**
 * A customer changed their account details.
 *
 * Payload (`data`) of `customer.updated@1`.
 */
export type CustomerUpdatedData = CustomerUpdate;
/**
 * A customer changed their account details.
 *
 * `customer.updated@1` as delivered: the webhook envelope around `CustomerUpdatedData`.
 */
export interface CustomerUpdatedEvent {
    type: 'customer.updated';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: CustomerUpdatedData;
}
/**
 * An order was cancelled before it shipped.
 *
 * Payload (`data`) of `order.cancelled@1`.
 */
export type OrderCancelledData = OrderCancellation;
/**
 * An order was cancelled before it shipped.
 *
 * `order.cancelled@1` as delivered: the webhook envelope around `OrderCancelledData`.
 */
export interface OrderCancelledEvent {
    type: 'order.cancelled';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: OrderCancelledData;
}
/**
 * A customer completed checkout (flat summary).
 *
 * Deprecated; kept for merchants that have not moved to version 2.
 *
 * Payload (`data`) of `order.created@1`.
 *
 * @deprecated Use `order.created@2`.
 */
export type OrderCreatedData = LegacyOrder;
/**
 * A customer completed checkout (flat summary).
 *
 * Deprecated; kept for merchants that have not moved to version 2.
 *
 * `order.created@1` as delivered: the webhook envelope around `OrderCreatedData`.
 *
 * @deprecated Use `order.created@2`.
 */
export interface OrderCreatedEvent {
    type: 'order.created';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: OrderCreatedData;
}
/**
 * A customer completed checkout.
 *
 * Payload (`data`) of `order.created@2`.
 */
export type OrderCreatedV2Data = Order;
/**
 * A customer completed checkout.
 *
 * `order.created@2` as delivered: the webhook envelope around `OrderCreatedV2Data`.
 */
export interface OrderCreatedV2Event {
    type: 'order.created';
    version: 2;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: OrderCreatedV2Data;
}
/**
 * Every line item of an order has shipped.
 *
 * Payload (`data`) of `order.fulfilled@1`.
 */
export type OrderFulfilledData = OrderFulfillment;
/**
 * Every line item of an order has shipped.
 *
 * `order.fulfilled@1` as delivered: the webhook envelope around `OrderFulfilledData`.
 */
export interface OrderFulfilledEvent {
    type: 'order.fulfilled';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: OrderFulfilledData;
}
/**
 * A payment attempt was declined or errored.
 *
 * Payload (`data`) of `payment.failed@1`.
 */
export type PaymentFailedData = PaymentFailure;
/**
 * A payment attempt was declined or errored.
 *
 * `payment.failed@1` as delivered: the webhook envelope around `PaymentFailedData`.
 */
export interface PaymentFailedEvent {
    type: 'payment.failed';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: PaymentFailedData;
}
/**
 * A payment was captured (amount only).
 *
 * Payload (`data`) of `payment.succeeded@1`.
 */
export type PaymentSucceededData = Charge;
/**
 * A payment was captured (amount only).
 *
 * `payment.succeeded@1` as delivered: the webhook envelope around `PaymentSucceededData`.
 */
export interface PaymentSucceededEvent {
    type: 'payment.succeeded';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: PaymentSucceededData;
}
/**
 * A payment was captured.
 *
 * Payload (`data`) of `payment.succeeded@2`.
 */
export type PaymentSucceededV2Data = Payment;
/**
 * A payment was captured.
 *
 * `payment.succeeded@2` as delivered: the webhook envelope around `PaymentSucceededV2Data`.
 */
export interface PaymentSucceededV2Event {
    type: 'payment.succeeded';
    version: 2;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: PaymentSucceededV2Data;
}
/**
 * A refund was requested and is being processed.
 *
 * Payload (`data`) of `refund.created@1`.
 */
export type RefundCreatedData = Refund;
/**
 * A refund was requested and is being processed.
 *
 * `refund.created@1` as delivered: the webhook envelope around `RefundCreatedData`.
 */
export interface RefundCreatedEvent {
    type: 'refund.created';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: RefundCreatedData;
}
/**
 * The payment processor confirmed a refund.
 *
 * Payload (`data`) of `refund.succeeded@1`.
 */
export type RefundSucceededData = Refund;
/**
 * The payment processor confirmed a refund.
 *
 * `refund.succeeded@1` as delivered: the webhook envelope around `RefundSucceededData`.
 */
export interface RefundSucceededEvent {
    type: 'refund.succeeded';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: RefundSucceededData;
}
/**
 * A parcel was handed to a carrier.
 *
 * Payload (`data`) of `shipment.created@1`.
 */
export type ShipmentCreatedData = Shipment;
/**
 * A parcel was handed to a carrier.
 *
 * `shipment.created@1` as delivered: the webhook envelope around `ShipmentCreatedData`.
 */
export interface ShipmentCreatedEvent {
    type: 'shipment.created';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: ShipmentCreatedData;
}
/**
 * The carrier reported the parcel as delivered.
 *
 * Payload (`data`) of `shipment.delivered@1`.
 */
export type ShipmentDeliveredData = ShipmentDelivery;
/**
 * The carrier reported the parcel as delivered.
 *
 * `shipment.delivered@1` as delivered: the webhook envelope around `ShipmentDeliveredData`.
 */
export interface ShipmentDeliveredEvent {
    type: 'shipment.delivered';
    version: 1;
    /**
     * RFC 3339 time at which the event happened (not the delivery attempt).
     * @format date-time
     */
    timestamp: string;
    data: ShipmentDeliveredData;
}
/**
 * Payload (`data`) type of every event version, keyed by `"type@version"`.
 */
export interface EventMap {
    /**
     * A shopper created an account.
     */
    'customer.created@1': CustomerCreatedData;
    /**
     * A customer account was deleted.
     */
    'customer.deleted@1': CustomerDeletedData;
    /**
     * A customer changed their account details.
     */
    'customer.updated@1': CustomerUpdatedData;
    /**
     * An order was cancelled before it shipped.
     */
    'order.cancelled@1': OrderCancelledData;
    /**
     * A customer completed checkout (flat summary).
     *
     * @deprecated Use `order.created@2`.
     */
    'order.created@1': OrderCreatedData;
    /**
     * A customer completed checkout.
     */
    'order.created@2': OrderCreatedV2Data;
    /**
     * Every line item of an order has shipped.
     */
    'order.fulfilled@1': OrderFulfilledData;
    /**
     * A payment attempt was declined or errored.
     */
    'payment.failed@1': PaymentFailedData;
    /**
     * A payment was captured (amount only).
     */
    'payment.succeeded@1': PaymentSucceededData;
    /**
     * A payment was captured.
     */
    'payment.succeeded@2': PaymentSucceededV2Data;
    /**
     * A refund was requested and is being processed.
     */
    'refund.created@1': RefundCreatedData;
    /**
     * The payment processor confirmed a refund.
     */
    'refund.succeeded@1': RefundSucceededData;
    /**
     * A parcel was handed to a carrier.
     */
    'shipment.created@1': ShipmentCreatedData;
    /**
     * The carrier reported the parcel as delivered.
     */
    'shipment.delivered@1': ShipmentDeliveredData;
}
/**
 * Every event version as `"type@version"`, e.g. for an allow-list of subscriptions.
 */
export type EventId = keyof EventMap;
/**
 * Every event type (the envelope's `type`).
 */
export type EventType = 'customer.created' | 'customer.deleted' | 'customer.updated' | 'order.cancelled' | 'order.created' | 'order.fulfilled' | 'payment.failed' | 'payment.succeeded' | 'refund.created' | 'refund.succeeded' | 'shipment.created' | 'shipment.delivered';
/**
 * Any event a receiver can get: narrow on `type`, then on `version`, to reach a typed `data`.
 */
export type WebhookEvent = CustomerCreatedEvent | CustomerDeletedEvent | CustomerUpdatedEvent | OrderCancelledEvent | OrderCreatedEvent | OrderCreatedV2Event | OrderFulfilledEvent | PaymentFailedEvent | PaymentSucceededEvent | PaymentSucceededV2Event | RefundCreatedEvent | RefundSucceededEvent | ShipmentCreatedEvent | ShipmentDeliveredEvent;
/**
 * Payload type of the version each event type is sent as by default: its highest
 * non-deprecated version, or its highest version when all are deprecated.
 */
export interface LatestEventMap {
    /**
     * A shopper created an account.
     *
     * Sent as `customer.created@1`.
     */
    'customer.created': CustomerCreatedData;
    /**
     * A customer account was deleted.
     *
     * Sent as `customer.deleted@1`.
     */
    'customer.deleted': CustomerDeletedData;
    /**
     * A customer changed their account details.
     *
     * Sent as `customer.updated@1`.
     */
    'customer.updated': CustomerUpdatedData;
    /**
     * An order was cancelled before it shipped.
     *
     * Sent as `order.cancelled@1`.
     */
    'order.cancelled': OrderCancelledData;
    /**
     * A customer completed checkout.
     *
     * Sent as `order.created@2`.
     */
    'order.created': OrderCreatedV2Data;
    /**
     * Every line item of an order has shipped.
     *
     * Sent as `order.fulfilled@1`.
     */
    'order.fulfilled': OrderFulfilledData;
    /**
     * A payment attempt was declined or errored.
     *
     * Sent as `payment.failed@1`.
     */
    'payment.failed': PaymentFailedData;
    /**
     * A payment was captured.
     *
     * Sent as `payment.succeeded@2`.
     */
    'payment.succeeded': PaymentSucceededV2Data;
    /**
     * A refund was requested and is being processed.
     *
     * Sent as `refund.created@1`.
     */
    'refund.created': RefundCreatedData;
    /**
     * The payment processor confirmed a refund.
     *
     * Sent as `refund.succeeded@1`.
     */
    'refund.succeeded': RefundSucceededData;
    /**
     * A parcel was handed to a carrier.
     *
     * Sent as `shipment.created@1`.
     */
    'shipment.created': ShipmentCreatedData;
    /**
     * The carrier reported the parcel as delivered.
     *
     * Sent as `shipment.delivered@1`.
     */
    'shipment.delivered': ShipmentDeliveredData;
}
