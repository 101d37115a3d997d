import type { Requirement } from '@rapport/web-core';

export const CSAT_REPORT_PATH = '/service/csat';
export const CSAT_SETTINGS_PATH = '/service/csat/settings';

// The permission table's `csat` row: service staff and admins read answers (agents their own); the
// survey settings are service set-up (SERVICE_NEEDS.setup / setupWrite). The API enforces the same.
export const CSAT_NEEDS = {
  read: [{ object: 'csat', action: 'read' }],
} satisfies Record<string, Requirement[]>;
