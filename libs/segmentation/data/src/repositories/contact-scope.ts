import type { Actor } from '@rapport/shared-domain';
import { scopeCondition } from '@rapport/shared-database';

/**
 * The reader's contact scope on the contact aliased `c` (the visibility rule as SQL, ADR 0008):
 * every segmentation read of people — counts, samples, members, orders, top customers — goes
 * through it. Null (the system) sees every contact.
 */
export function contactScope(actor: Actor | null): { sql: string; params: Record<string, unknown> } {
  return actor ? scopeCondition(actor, 'contact', 'read', { owner: 'c.owner_id', team: 'c.team_id', shareId: 'c.id' }) : { sql: 'TRUE', params: {} };
}
