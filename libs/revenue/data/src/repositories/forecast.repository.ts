import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { applyScope, UserEntity } from '@rapport/shared-database';
import { ForecastCategoryName } from '@rapport/revenue-domain';

/** A deal as the forecast counts it: amount as stored (decimal text, null when not set) and its stage's facts. */
export interface ForecastDealRow {
  ownerId: string;
  amount: string | null;
  category: ForecastCategoryName;
  probability: number;
  won: boolean;
  lost: boolean;
}

/** One quota row: quarter 0 and month 0 is the year's, month 0 a quarter's, else a month's. */
export interface QuotaRow {
  userId: string;
  quarter: number;
  month: number;
  amount: string;
}

/** A day's snapshots summed over the people asked for, in cents. */
export interface ForecastTrendRow {
  takenOn: string;
  commitCents: number;
  bestCaseCents: number;
  closedCents: number;
  weightedCents: number;
}

// A deal counts in the period of its close date; a closed deal on the day it closed.
const COUNTED_ON = `(CASE WHEN o.closed_at IS NOT NULL THEN (o.closed_at AT TIME ZONE 'UTC')::date ELSE o.close_date END)`;

/**
 * The SQL behind forecasts and quotas: the people a forecast covers, their deals, quotas and weekly
 * snapshots. Callers check the actor reaches the team or person asked for (reachesTeam, reachesUser)
 * before reading by id; `salesPeopleInScope` applies the forecast scope itself.
 */
@Injectable()
export class ForecastRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Reps and managers of the team and every team under it, by name. */
  salesPeopleInTeamTree(teamId: string, m: EntityManager): Promise<{ id: string; name: string }[]> {
    return m.query(
      `WITH RECURSIVE sub AS (SELECT id FROM team WHERE id = $1 UNION SELECT t.id FROM team t JOIN sub ON t.parent_id = sub.id)
       SELECT u.id, u.name FROM app_user u WHERE u.team_id IN (SELECT id FROM sub) AND u.role IN ('sales_rep', 'sales_manager') ORDER BY u.name`,
      [teamId],
    );
  }

  /** Reps and managers whose deals the actor's forecast scope reaches (the records' scope SQL, with people as owners), by name. */
  salesPeopleInScope(actor: Actor, m: EntityManager): Promise<{ id: string; name: string }[]> {
    const users = applyScope(m.createQueryBuilder(UserEntity, 'u'), actor, 'forecast', 'read', { owner: 'u.id', team: 'u.team_id' });
    return users.select(['u.id', 'u.name']).andWhere(`u.role IN ('sales_rep', 'sales_manager')`).orderBy('u.name').getMany();
  }

  /** Active reps and managers with their team: the people the weekly snapshot records. */
  async activeSalesPeople(): Promise<{ id: string; teamId: string | null }[]> {
    const rows: { id: string; team_id: string | null }[] = await this.ds.query(`SELECT id, team_id FROM app_user WHERE role IN ('sales_rep', 'sales_manager') AND active`);
    return rows.map((r) => ({ id: r.id, teamId: r.team_id }));
  }

  /** Live deals counted in [start, end), of these owners (of everyone when null). */
  async dealsCountedIn(range: { start: string; end: string }, ownerIds: readonly string[] | null, m: EntityManager = this.ds.manager): Promise<ForecastDealRow[]> {
    const rows: { owner_id: string; amount: string | null; forecast_category: ForecastCategoryName; probability: number; is_won: boolean; is_lost: boolean }[] = await m.query(
      `SELECT o.owner_id, o.amount, s.forecast_category, s.probability, s.is_won, s.is_lost
         FROM opportunity o JOIN stage s ON s.id = o.stage_id
        WHERE o.deleted_at IS NULL${ownerIds ? ' AND o.owner_id = ANY($3::uuid[])' : ''}
          AND ${COUNTED_ON} >= $1::date
          AND ${COUNTED_ON} < $2::date`,
      ownerIds ? [range.start, range.end, [...ownerIds]] : [range.start, range.end],
    );
    return rows.map((r) => ({ ownerId: r.owner_id, amount: r.amount, category: r.forecast_category, probability: r.probability, won: r.is_won, lost: r.is_lost }));
  }

  /** Every quota row of these people in the year (year, quarter and month rows alike). */
  async quotaRows(userIds: readonly string[], year: number, m: EntityManager): Promise<QuotaRow[]> {
    const rows: { user_id: string; quarter: number; month: number; amount: string }[] = await m.query(`SELECT user_id, quarter, month, amount FROM quota WHERE user_id = ANY($1::uuid[]) AND year = $2`, [[...userIds], year]);
    return rows.map((r) => ({ userId: r.user_id, quarter: r.quarter, month: r.month, amount: r.amount }));
  }

  /** The one quota row for exactly this person and period, if set. */
  async quotaFor(userId: string, period: { year: number; quarter: number; month: number }, m: EntityManager): Promise<{ id: string; amount: string } | undefined> {
    const [row] = await m.query(`SELECT id, amount FROM quota WHERE user_id = $1 AND year = $2 AND quarter = $3 AND month = $4`, [userId, period.year, period.quarter, period.month]);
    return row;
  }

  /** The weekly snapshots of a quarter, summed per day over these people, oldest first. */
  async trend(userIds: readonly string[], year: number, quarter: number, m: EntityManager): Promise<ForecastTrendRow[]> {
    const rows: { taken_on: string; commit: string; best_case: string; closed: string; weighted: string }[] = await m.query(
      `SELECT taken_on::text, sum((categories->>'commit')::bigint) AS commit, sum((categories->>'best_case')::bigint) AS best_case,
              sum((categories->>'closed')::bigint) AS closed, sum(weighted_cents) AS weighted
         FROM forecast_snapshot WHERE user_id = ANY($1::uuid[]) AND year = $2 AND quarter = $3 GROUP BY taken_on ORDER BY taken_on`,
      [[...userIds], year, quarter],
    );
    return rows.map((r) => ({ takenOn: r.taken_on, commitCents: Number(r.commit), bestCaseCents: Number(r.best_case), closedCents: Number(r.closed), weightedCents: Number(r.weighted) }));
  }

  /** Records (or, taken again the same day, replaces) one person's quarter snapshot. */
  async saveSnapshot(s: { takenOn: string; userId: string; teamId: string | null; year: number; quarter: number; categories: Record<ForecastCategoryName, number>; weightedCents: number }): Promise<void> {
    await this.ds.query(
      `INSERT INTO forecast_snapshot (taken_on, user_id, team_id, year, quarter, categories, weighted_cents) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (taken_on, user_id, year, quarter) DO UPDATE SET categories = EXCLUDED.categories, weighted_cents = EXCLUDED.weighted_cents`,
      [s.takenOn, s.userId, s.teamId, s.year, s.quarter, s.categories, s.weightedCents],
    );
  }
}
