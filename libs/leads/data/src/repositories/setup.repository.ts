import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Distribution, RoutingCriteria } from '@rapport/leads-domain';
import { RoutingProfileEntity, RoutingRuleEntity } from '../entities/routing.entity';

/** When a rep takes leads: days 1 (Mon) … 7 (Sun), minutes of the day in `timeZone`. */
export type WorkingHours = Pick<RoutingProfileEntity, 'timeZone' | 'workDays' | 'workStart' | 'workEnd'> & { dailyCapacity?: number | null };

export interface NewRoutingRule {
  name: string;
  position: number;
  criteria: RoutingCriteria;
  targetTeamId?: string | null;
  targetUserId?: string | null;
  distribution?: Distribution;
}

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

  /** Gives every one of `userIds` the same working hours, in one statement (they must have no profile yet). */
  async insertProfiles(m: EntityManager, userIds: string[], hours: WorkingHours): Promise<void> {
    if (userIds.length) await m.insert(RoutingProfileEntity, userIds.map((userId) => ({ userId, ...hours })));
  }

  /** Adds a routing rule at `position` (active; round-robin unless `distribution` says otherwise); returns its id. */
  async insertRule(m: EntityManager, rule: NewRoutingRule): Promise<string> {
    const { identifiers } = await m.insert(RoutingRuleEntity, rule);
    return identifiers[0].id as string;
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

  /** Whether the business calendar exists. */
  async calendarExists(m: EntityManager, calendarId: string): Promise<boolean> {
    const [c] = await m.query(`SELECT id FROM business_calendar WHERE id = $1`, [calendarId]);
    return Boolean(c);
  }
}
