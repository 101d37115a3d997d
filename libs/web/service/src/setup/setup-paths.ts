import type { LazyMessageArea } from '@rapport/web-ui';

/** Where the service set-up screens live (under /service, not /admin: /admin is the API's). */
export const CALENDARS_PATH = '/service/setup/calendars';
export const SLA_POLICIES_PATH = '/service/setup/sla-policies';
export const NEW_SLA_POLICY_PATH = `${SLA_POLICIES_PATH}/new`;
export const REPLY_TEMPLATES_PATH = '/service/setup/templates';

export const calendarPath = (id: string) => `${CALENDARS_PATH}/${id}`;
export const slaPolicyPath = (id: string) => `${SLA_POLICIES_PATH}/${id}`;

/** The set-up screens' words (lazy/service-setup.<lng>.json); the API's errors come with them (server-service). */
export const SETUP_MESSAGES: LazyMessageArea = 'service-setup';
