export * from './enums';
export * from './member-statuses';
export * from './attribution';
export * from './roi';
export * from './consent/consent';
export * from './records/campaign.record';

import { CAMPAIGN } from './records/campaign.record';
/** The marketing record types in definition form (docs/adr/0011). */
export const MARKETING_RECORDS = [CAMPAIGN];
export * from './consent/signed-address-token';
export * from './consent/unsubscribe-token';
export * from './consent/confirm-token';
export * from './email/template';
export * from './mailing/mailing';
export * from './tracking';
export * from './inbound';
export * from './email/content-key';
export * from './email/prepared';
export * from './nurture/nurture';
export * from './mailing/recurrence';
export * from './mailing/wall-clock';
export * from './visitors';
