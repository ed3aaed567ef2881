import type { EventData } from 'acme-shop-sender';

/** What the shop's backend would send: typed by the generated package, checked by tsc. */
export const orderCreated: EventData<'order.created'> = {
  id: '9c2e7f41-3a5b-4d8c-b1e6-7f0a2d9c4e58',
  number: 'ACME-10042',
  status: 'paid',
  customer: { id: '4f6d2a1c-8b3e-4c7a-9e52-1d0f3b6a8c24', email: 'jane.doe@example.com' },
  items: [
    {
      id: 'e1a4b7c2-6d3f-4a9e-8b5c-0f2d7e1a3b96',
      sku: 'SHOE-TRAIL-42',
      name: 'Trail Running Shoes',
      quantity: 2,
      unitPrice: { amount: 8999, currency: 'USD' },
      total: { amount: 17998, currency: 'USD' },
      imageUrl: null,
    },
  ],
  subtotal: { amount: 17998, currency: 'USD' },
  shippingCost: { amount: 695, currency: 'USD' },
  tax: { amount: 1440, currency: 'USD' },
  total: { amount: 20133, currency: 'USD' },
  shippingAddress: {
    recipient: 'Jane Doe',
    line1: '500 Market Street',
    line2: null,
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94105',
    country: 'US',
  },
  billingAddress: {
    recipient: 'Jane Doe',
    company: 'Doe & Daughters',
    line1: 'Königstraße 12',
    line2: '3. OG',
    city: 'Stuttgart',
    region: null,
    postalCode: '70173',
    country: 'DE',
  },
  couponCode: null,
  note: 'Leave at the front desk 🙂',
  placedAt: '2026-03-14T09:26:53Z',
  metadata: { sales_channel: 'web' },
};

export const paymentSucceeded: EventData<'payment.succeeded'> = {
  paymentId: '2d7f9a1e-4c6b-4e3d-a8f0-5b1c9e7d3a62',
  orderId: orderCreated.id,
  amount: { amount: 20133, currency: 'USD' },
  fee: { amount: 614, currency: 'USD' },
  method: { kind: 'card', brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028, wallet: null },
  capturedAt: '2026-03-14T09:27:05Z',
  receiptUrl: 'https://pay.acme-shop.example/receipts/2d7f9a1e',
  metadata: {},
};

export const shipmentDelivered: EventData<'shipment.delivered'> = {
  shipmentId: 'c8e2a6d4-0b9f-4e1c-b7a3-6f5d2c8e0a91',
  orderId: orderCreated.id,
  deliveredAt: '2026-03-18T14:12:37Z',
  signedBy: null,
  proofOfDeliveryUrl: null,
  location: 'front_door',
};
