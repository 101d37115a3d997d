import type { Requirement } from '@rapport/web-core';

// Importing orders needs `order` write (administrators, marketers, integrations; the API's table).
export const ORDER_NEEDS = {
  import: [{ object: 'order', action: 'write' }],
} satisfies Record<string, Requirement[]>;

export const ORDER_IMPORT_PATH = '/orders/import';
