import type { Requirement } from '@rapport/web-core';

// What the customer value screens need from the viewer's grants (`me.permissions`, the API's
// permission table): readers are administrators, marketers, the sales roles, service managers and
// integrations; those who may start a metrics run administrators and marketers. The API enforces
// the same table (a reader without the grant gets null metrics); these only spare people dead ends.
export const VALUE_NEEDS = {
  read: [{ object: 'customerValue', action: 'read' }],
  run: [{ object: 'customerValue', action: 'write' }],
} satisfies Record<string, Requirement[]>;

export const CUSTOMER_VALUE_PATH = '/customer-value';
