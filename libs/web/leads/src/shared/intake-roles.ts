import type { Role } from '@rapport/web-data-access';

/** Everyone who works leads: the API narrows each to what they may see. */
export const UNANSWERED_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER', 'SALES_REP', 'MARKETER'];
/** Intake set-up is read by managers and marketers and written by admins (the API's leadSetup grant). */
export const SETUP_READ_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER', 'MARKETER'];
export const SETUP_WRITE_ROLES: Role[] = ['ADMIN'];
/** The API's leadImport grant: admins and marketers all imports, managers their own. */
export const IMPORT_ROLES: Role[] = ['ADMIN', 'MARKETER', 'SALES_MANAGER'];
