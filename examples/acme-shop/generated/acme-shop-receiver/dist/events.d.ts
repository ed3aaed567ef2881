import { type EventTable } from '@hookwright/runtime/events';
/** Every event version of the contract with its compiled payload validator. */
export declare const events: EventTable;
/** The version each event type stands for when no version is named: the highest one not deprecated. */
export interface LatestVersions {
    "customer.created": 1;
    "customer.deleted": 1;
    "customer.updated": 1;
    "order.cancelled": 1;
    "order.created": 2;
    "order.fulfilled": 1;
    "payment.failed": 1;
    "payment.succeeded": 2;
    "refund.created": 1;
    "refund.succeeded": 1;
    "shipment.created": 1;
    "shipment.delivered": 1;
}
