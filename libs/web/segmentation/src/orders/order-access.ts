import type { PermissionObject, Requirement } from '@rapport/web-core';

// Importing orders needs `order` write (administrators, marketers, integrations; the API's table).
// The app's PermissionObject list does not name `order` yet; grants are matched by name at run
// time, so the requirement holds as it is and the cast goes once the list has it.
const ORDER: PermissionObject = 'order';

export const ORDER_NEEDS = {
  import: [{ object: ORDER, action: 'write' }],
} satisfies Record<string, Requirement[]>;

export const ORDER_IMPORT_PATH = '/orders/import';
export const orderImportPath = (id: string): string => `${ORDER_IMPORT_PATH}?import=${encodeURIComponent(id)}`;
