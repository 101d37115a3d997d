import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { applyScope, paginate, type Page } from '@rapport/shared-database';
import type { Actor } from '@rapport/shared-domain';
import { CsatSurveyEntity } from '../entities/csat.entity';

export const CSAT_GROUPINGS = ['agent', 'team', 'channel', 'queue', 'day'] as const;
export type CsatGrouping = (typeof CSAT_GROUPINGS)[number];

export interface CsatCounts {
  key: string | null;
  label: string | null;
  surveys: number;
  responses: number;
  ratingSum: number;
  satisfied: number;
  dissatisfied: number;
  /** Responses rated 1, 2, 3, 4 and 5 (the distribution). */
  ratings: number[];
}

export interface CsatResponsesFilter {
  from?: Date | null;
  to?: Date | null;
  agentId?: string | null;
  teamId?: string | null;
  caseId?: string | null;
  channel?: string | null;
  maxRating?: number | null;
}

// Each grouping's key and label as SQL over the survey `s` (the agent, team and queue the case had when resolved).
const GROUPS: Record<CsatGrouping, { key: string; label: string; join?: [table: string, alias: string, on: string] }> = {
  agent: { key: 's.owner_id::text', label: 'max(u.name)', join: ['app_user', 'u', 'u.id = s.owner_id'] },
  team: { key: 's.team_id::text', label: 'max(t.name)', join: ['team', 't', 't.id = s.team_id'] },
  channel: { key: 's.channel', label: 'max(s.channel)' },
  queue: { key: 's.queue_id::text', label: 'max(q.name)', join: ['routing_queue', 'q', 'q.id = s.queue_id'] },
  day: { key: `to_char(s.resolved_at AT TIME ZONE :tz, 'YYYY-MM-DD')`, label: `max(to_char(s.resolved_at AT TIME ZONE :tz, 'YYYY-MM-DD'))` },
};

// Responses per rating 1–5, as one int[] per group.
const RATINGS_ARRAY = `ARRAY[${[1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE s.rating = ${n})`).join(', ')}]::int[]`;

/** CSAT figures and answers within the reader's `csat` scope (the survey's owner and team at resolution). */
@Injectable()
export class CsatReportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private scoped(actor: Actor) {
    return applyScope(this.ds.createQueryBuilder(CsatSurveyEntity, 's'), actor, 'csat', 'read', { owner: 's.owner_id', team: 's.team_id' });
  }

  /**
   * The surveys offered for resolutions in [from, to) and how they were answered, grouped in SQL.
   * A survey counts in the period of its resolution (a cohort), so a response rate never exceeds 1.
   */
  async report(actor: Actor, p: { from: Date; to: Date; groupBy: CsatGrouping; threshold: number; timeZone: string }): Promise<CsatCounts[]> {
    const g = GROUPS[p.groupBy];
    const qb = this.scoped(actor)
      .select(g.key, 'key')
      .addSelect(g.label, 'label')
      .addSelect('count(*)::int', 'surveys')
      .addSelect('count(s.answered_at)::int', 'responses')
      .addSelect('coalesce(sum(s.rating), 0)::int', 'ratingSum')
      .addSelect('count(*) FILTER (WHERE s.rating >= 4)::int', 'satisfied')
      .addSelect('count(*) FILTER (WHERE s.rating <= :threshold)::int', 'dissatisfied')
      .addSelect(RATINGS_ARRAY, 'ratings')
      .andWhere('s.resolved_at >= :from AND s.resolved_at < :to', { from: p.from, to: p.to, threshold: p.threshold, tz: p.timeZone })
      // By position: the key's expression is written once (the day's carries a parameter).
      .groupBy('1')
      .orderBy('1', 'ASC', 'NULLS LAST');
    // The join is to one row (by primary key), so the counts stay per survey.
    if (g.join) qb.leftJoin(g.join[0], g.join[1], g.join[2]);
    const rows: CsatCounts[] = await qb.getRawMany();
    return rows.map((r) => ({ ...r, key: r.key ?? null, label: r.label ?? null }));
  }

  /** Answered surveys, newest answer first, keyset-paged. */
  responses(actor: Actor, filter: CsatResponsesFilter, page: { first?: number | null; after?: string | null }, pageSizeMax: number): Promise<Page<CsatSurveyEntity>> {
    const qb = this.scoped(actor).andWhere('s.answered_at IS NOT NULL');
    if (filter.from) qb.andWhere('s.answered_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('s.answered_at < :to', { to: filter.to });
    if (filter.agentId) qb.andWhere('s.owner_id = :agentId', { agentId: filter.agentId });
    if (filter.teamId) qb.andWhere('s.team_id = :teamId', { teamId: filter.teamId });
    if (filter.caseId) qb.andWhere('s.case_id = :caseId', { caseId: filter.caseId });
    if (filter.channel) qb.andWhere('s.channel = :channel', { channel: filter.channel });
    if (filter.maxRating) qb.andWhere('s.rating <= :maxRating', { maxRating: filter.maxRating });
    return paginate(
      qb,
      [
        { column: 's.answered_at', direction: 'DESC', cast: 'timestamptz', read: (s) => s.answeredAt! },
        { column: 's.id', direction: 'DESC', cast: 'uuid', read: (s) => s.id },
      ],
      page,
      pageSizeMax,
    );
  }

  /** Case numbers and subjects, and agents' names, for a page of answers (one statement each). */
  async labels(caseIds: string[], userIds: string[]): Promise<{ cases: Map<string, { number: string; subject: string }>; users: Map<string, string> }> {
    const cases: { id: string; number: string; subject: string }[] = caseIds.length ? await this.ds.query(`SELECT id, number, subject FROM service_case WHERE id = ANY($1::uuid[])`, [caseIds]) : [];
    const users: { id: string; name: string }[] = userIds.length ? await this.ds.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [userIds]) : [];
    return { cases: new Map(cases.map((c) => [c.id, { number: c.number, subject: c.subject }])), users: new Map(users.map((u) => [u.id, u.name])) };
  }
}
