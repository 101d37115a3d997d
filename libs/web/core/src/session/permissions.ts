import type { RecordScope } from '@rapport/web-data-access';
import { useMemo } from 'react';
import { useOptionalSessionUser, type SessionUser } from './session-context';

/**
 * The objects of the API's permission table (libs/shared/domain permissions.ts). The SPA never
 * keeps rules of its own: the grants come from `me.permissions` — the same table the API
 * enforces, narrowed the same way — and screens only ask them.
 */
export type PermissionObject =
  | 'user'
  | 'team'
  | 'apiKey'
  | 'auditLog'
  | 'account'
  | 'contact'
  | 'lead'
  | 'opportunity'
  | 'activity'
  | 'pipeline'
  | 'leadSetup'
  | 'leadImport'
  | 'catalog'
  | 'quote'
  | 'commitment'
  | 'forecast'
  | 'quoteApproval'
  | 'quoteUnlock'
  | 'forecastAdjustment'
  | 'handover'
  | 'sharedView'
  | 'campaign'
  | 'mailing'
  | 'event'
  | 'contactPolicy'
  | 'segment'
  | 'customerValue'
  | 'serviceSetup'
  | 'case'
  | 'caseNote'
  | 'workOrder'
  | 'routing'
  | 'knowledge'
  | 'csat'
  | 'knowledgeInternal'
  | 'portalCase'
  | 'routedCases'
  | 'order';

export type PermissionAction = 'read' | 'write';

/** One thing a page or a button needs: an action on an object, at least as far as `scope` (default: any record). */
export interface Requirement {
  object: PermissionObject;
  action: PermissionAction;
  /** `ALL`: only a scope over every record will do (e.g. defining custom fields). */
  scope?: 'ALL';
}

const RANK: Record<RecordScope, number> = { NONE: 0, OWN: 1, TEAM: 2, ALL: 3 };

type Grants = SessionUser['permissions'];

/** The scope the grants give; an object the list does not name is none (fail closed). */
export function scopeIn(grants: Grants, object: PermissionObject, action: PermissionAction): RecordScope {
  return grants?.find((g) => g.object === object)?.[action] ?? 'NONE';
}

export function meets(grants: Grants, need: Requirement): boolean {
  const scope = scopeIn(grants, need.object, need.action);
  return need.scope === 'ALL' ? scope === 'ALL' : RANK[scope] > RANK.NONE;
}

/** Every requirement met (an empty list always is). */
export function meetsAll(grants: Grants, needs: readonly Requirement[] | undefined): boolean {
  return (needs ?? []).every((need) => meets(grants, need));
}

/** A customer: whoever the permission table lets reach portal cases (the portal is theirs, not the staff app). */
export function isCustomer(grants: Grants): boolean {
  return meets(grants, { object: 'portalCase', action: 'read' });
}

export interface Permissions {
  /** May this viewer do `action` on some records of `object`? */
  can: (object: PermissionObject, action: PermissionAction) => boolean;
  /** How far: NONE, OWN, TEAM or ALL. */
  scope: (object: PermissionObject, action: PermissionAction) => RecordScope;
  /** Whether the viewer reads every record of `object` (so an empty list means none exist). */
  seesAll: (object: PermissionObject) => boolean;
  allows: (needs: readonly Requirement[] | undefined) => boolean;
}

export function permissionsOf(grants: Grants): Permissions {
  return {
    can: (object, action) => meets(grants, { object, action }),
    scope: (object, action) => scopeIn(grants, object, action),
    seesAll: (object) => scopeIn(grants, object, 'read') === 'ALL',
    allows: (needs) => meetsAll(grants, needs),
  };
}

/** The signed-in viewer's permissions (none before sign-in). */
export function usePermissions(): Permissions {
  const grants = useOptionalSessionUser()?.permissions ?? null;
  return useMemo(() => permissionsOf(grants), [grants]);
}

/** `useCan('account', 'write')`: whether any account may be created or changed by this viewer. */
export function useCan(object: PermissionObject, action: PermissionAction): boolean {
  return usePermissions().can(object, action);
}
