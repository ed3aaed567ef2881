import { type EventTable } from '@hookwright/runtime/events';
/** Every event version of the contract with its compiled payload validator. */
export declare const events: EventTable;
/** The version each event type stands for when no version is named: the highest one not deprecated. */
export interface LatestVersions {
    "issues.closed": 1;
    "issues.opened": 1;
    "push": 1;
}
