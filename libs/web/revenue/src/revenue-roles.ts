import type { Role } from '@rapport/web-data-access';

// Who sees which revenue screen. The menu and the route guards follow these; the API enforces
// the same rules (libs/shared/domain permissions), so they only spare people dead ends.

/** Quotes, price conflicts and forecasts: the sales roles. */
export const SELLER_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP'];
/** Deciding on discounts, adjusting forecasts and setting quotas. */
export const APPROVER_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER'];
/** The commitment ledger: sales, and service, who keep many of the promises. */
export const COMMITMENT_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP', 'SERVICE_MANAGER', 'SERVICE_AGENT'];
/** Everyone on staff reads the catalog; only admins change it. */
export const CATALOG_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP', 'MARKETER', 'SERVICE_MANAGER', 'SERVICE_AGENT'];
