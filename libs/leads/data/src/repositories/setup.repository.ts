import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The raw SQL of the intake set-up (SetupService validates and audits; the rows themselves go
 * through their entities). Set-up is company-wide: callers check the role may read or write it.
 */
@Injectable()
export class SetupRepository {
  /** The position after the last routing rule (1 when there is none). */
  async nextRulePosition(m: EntityManager): Promise<number> {
    const [{ next }]: { next: number }[] = await m.query(`SELECT COALESCE(max(position), 0) + 1 AS next FROM routing_rule`);
    return next;
  }

  /** Numbers the rules 1, 2, … in the order of `ids`, in one statement. */
  async reorderRules(m: EntityManager, ids: string[]): Promise<void> {
    await m.query(`UPDATE routing_rule r SET position = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE r.id = o.id`, [ids]);
  }

  /** Whether the user exists (`activeOnly`: and is active). */
  async userExists(m: EntityManager, userId: string, { activeOnly }: { activeOnly: boolean }): Promise<boolean> {
    const [u] = await m.query(`SELECT id FROM app_user WHERE id = $1${activeOnly ? ' AND active' : ''}`, [userId]);
    return Boolean(u);
  }

  /** Whether the team exists. */
  async teamExists(m: EntityManager, teamId: string | null | undefined): Promise<boolean> {
    const [t] = await m.query(`SELECT id FROM team WHERE id = $1`, [teamId]);
    return Boolean(t);
  }
}
