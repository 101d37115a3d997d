import { ACCOUNT } from './account.record';
import { ACTIVITY } from './activity.record';
import { CONTACT } from './contact.record';
import { LEAD } from './lead.record';
import { OPPORTUNITY } from './opportunity.record';

export * from './account.record';
export * from './contact.record';
export * from './lead.record';
export * from './activity.record';
export * from './opportunity.record';

/** The sales record types in definition form (docs/adr/0011); the others follow as they move. */
export const SALES_RECORDS = [ACCOUNT, CONTACT, LEAD, OPPORTUNITY, ACTIVITY];
