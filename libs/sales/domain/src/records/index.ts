import { ACCOUNT } from './account.record';
import { CONTACT } from './contact.record';

export * from './account.record';
export * from './contact.record';

/** The sales record types in definition form (docs/adr/0011); the others follow as they move. */
export const SALES_RECORDS = [ACCOUNT, CONTACT];
