/** The example's secret and a Stripe `invoice.paid` event object, shared by its tests. */
export const secret = 'whsec_stripe_style_example_secret';
export const invoicePaid = {
  id: 'evt_1NG8Du2eZvKYlo2CUI79vXWz',
  object: 'event',
  api_version: '2023-10-16',
  created: 1686089971,
  livemode: false,
  type: 'invoice.paid',
  data: {
    object: {
      id: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
      object: 'invoice',
      amount_paid: 2000,
      currency: 'usd',
      customer: 'cus_9s6XKzkNRiz8i3',
    },
  },
} as const;
