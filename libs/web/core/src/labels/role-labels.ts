import type { RecordScope, Role } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// One literal key per value (instead of building keys from enum values) so the i18n key test can
// see every key, and a new enum value fails the type check until it has a label.
const ROLE_LABELS: Record<Role, (t: TFunction) => string> = {
  ADMIN: (t) => t('roles.ADMIN'),
  SALES_MANAGER: (t) => t('roles.SALES_MANAGER'),
  SALES_REP: (t) => t('roles.SALES_REP'),
  MARKETER: (t) => t('roles.MARKETER'),
  SERVICE_MANAGER: (t) => t('roles.SERVICE_MANAGER'),
  SERVICE_AGENT: (t) => t('roles.SERVICE_AGENT'),
  PORTAL_USER: (t) => t('roles.PORTAL_USER'),
  INTEGRATION: (t) => t('roles.INTEGRATION'),
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

export function roleLabel(t: TFunction, role: Role): string {
  return ROLE_LABELS[role]?.(t) ?? role;
}

const SCOPE_LABELS: Record<RecordScope, (t: TFunction) => string> = {
  NONE: (t) => t('scopes.NONE'),
  OWN: (t) => t('scopes.OWN'),
  TEAM: (t) => t('scopes.TEAM'),
  ALL: (t) => t('scopes.ALL'),
};

export function scopeLabel(t: TFunction, scope: RecordScope): string {
  return SCOPE_LABELS[scope]?.(t) ?? scope;
}

// Objects grow as domains land; unknown ones fall back to a readable form of their API name.
const OBJECT_LABELS: Record<string, (t: TFunction) => string> = {
  user: (t) => t('objects.user'),
  team: (t) => t('objects.team'),
  apiKey: (t) => t('objects.apiKey'),
  auditLog: (t) => t('objects.auditLog'),
};

export function objectLabel(t: TFunction, object: string): string {
  const label = OBJECT_LABELS[object];
  if (label) return label(t);
  return object.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
