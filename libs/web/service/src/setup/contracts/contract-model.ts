import type { EntitlementFieldsFragment } from '@rapport/web-data-access';

export type ContractState = 'inForce' | 'notStarted' | 'ended' | 'usedUp';

/**
 * Whether a contract serves cases on `today` (YYYY-MM-DD, the viewer's day): in force from its first
 * to its last day until what it counts (visits, hours) is used up, as the API's `entitlementFor` reads it.
 */
export function contractState(c: Pick<EntitlementFieldsFragment, 'startsOn' | 'endsOn' | 'visitsTotal' | 'visitsUsed' | 'hoursTotal' | 'hoursUsed'>, today: string): ContractState {
  if (c.startsOn > today) return 'notStarted';
  if (c.endsOn && c.endsOn < today) return 'ended';
  if ((c.visitsTotal !== null && c.visitsUsed >= c.visitsTotal) || (c.hoursTotal !== null && c.hoursUsed >= c.hoursTotal)) return 'usedUp';
  return 'inForce';
}
