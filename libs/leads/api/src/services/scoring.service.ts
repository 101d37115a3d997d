import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateHooks } from '@rapport/shared-api';
import { emailDomain, isBusinessEmail, ScoreFacts, scoreLead, ScoreResult, ScoringRule } from '@rapport/leads-domain';

interface FactRow {
  id: string;
  source: string;
  campaign: string | null;
  country: string | null;
  region: string | null;
  title: string | null;
  product_interest: string | null;
  language: string | null;
  employees: number | null;
  email: string | null;
  company: string | null;
  score: number;
  submissions: number;
  activities: number;
  calls: number;
  meetings: number;
  emails: number;
}

/** A lead's own fields that fit rules read (the columns of LeadEntity). */
export type LeadFitFields = Pick<FactRow, 'source' | 'campaign' | 'country' | 'region' | 'title' | 'product_interest' | 'language' | 'employees' | 'email' | 'company'>;
/** What the person did: form submissions and logged activities. */
export type LeadEngagement = Pick<FactRow, 'submissions' | 'activities' | 'calls' | 'meetings' | 'emails'>;

const ACTIVE_RULES = `SELECT id, name, field, operator, value, points FROM scoring_rule WHERE active ORDER BY id`;
/**
 * The active rules as one JSON array (the rows of ACTIVE_RULES), for a caller that reads them as a
 * column of a statement it runs anyway: web-to-lead takes them with its advisory lock, so scoring
 * a new lead costs its hot path no extra round trip.
 */
export const ACTIVE_RULES_JSON = `(SELECT coalesce(json_agg(r ORDER BY r.id), '[]') FROM (${ACTIVE_RULES.replace(' ORDER BY id', '')}) r)`;

/**
 * Lead scoring: loads the facts in one statement (for one lead or a batch), applies the configured
 * rules (pure), stores the score. Every way a lead is made scores it in the creating transaction
 * (sales' createLead through `CreateHooks`, web-to-lead with `scoreNew`, the import per chunk), so
 * a new lead never shows 0 / D until some later event rescores it.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    createHooks: CreateHooks,
  ) {
    createHooks.register('lead', (m, ids) => this.rescoreMany(ids, m));
  }

  activeRules(m: EntityManager = this.ds.manager): Promise<ScoringRule[]> {
    return m.query(ACTIVE_RULES);
  }

  /** The score of a lead about to be inserted from `fields` with `engagement`, under `rules` (ACTIVE_RULES). Pure. */
  scoreNew(rules: ScoringRule[], fields: LeadFitFields, engagement: LeadEngagement): ScoreResult {
    return scoreLead(rules, factsOf({ ...fields, ...engagement }));
  }

  /** Recomputes and stores a lead's score; returns null for a lead that is gone. Idempotent. */
  async rescore(leadId: string, m: EntityManager = this.ds.manager): Promise<ScoreResult | null> {
    return (await this.rescoreMany([leadId], m)).get(leadId) ?? null;
  }

  /**
   * Scores many leads with one read, one rules query and one update (only the scores that
   * changed): the routing batch calls this for all its leads. Leads that are gone are absent.
   */
  async rescoreMany(leadIds: string[], m: EntityManager = this.ds.manager): Promise<Map<string, ScoreResult>> {
    const results = new Map<string, ScoreResult>();
    if (leadIds.length === 0) return results;
    const rows: FactRow[] = await m.query(
      `SELECT l.id, l.source, l.campaign, l.country, l.region, l.title, l.product_interest, l.language, l.employees, l.email, l.company, l.score,
              (SELECT count(*) FROM lead_submission s WHERE s.lead_id = l.id)::int AS submissions,
              count(a.id)::int AS activities,
              count(a.id) FILTER (WHERE a.type = 'call')::int AS calls,
              count(a.id) FILTER (WHERE a.type = 'meeting')::int AS meetings,
              count(a.id) FILTER (WHERE a.type = 'email')::int AS emails
         FROM lead l LEFT JOIN activity a ON a.lead_id = l.id AND a.deleted_at IS NULL
        WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL
        GROUP BY l.id`,
      [leadIds],
    );
    if (rows.length === 0) return results;
    const rules = await this.activeRules(m);
    const changed: { id: string; score: number }[] = [];
    for (const row of rows) {
      const result = scoreLead(rules, factsOf(row));
      results.set(row.id, result);
      if (result.score !== row.score) changed.push({ id: row.id, score: result.score });
    }
    if (changed.length) {
      await m.query(`UPDATE lead l SET score = v.score FROM unnest($1::uuid[], $2::int[]) AS v(id, score) WHERE l.id = v.id`, [
        changed.map((c) => c.id),
        changed.map((c) => c.score),
      ]);
    }
    return results;
  }
}

function factsOf(row: LeadFitFields & LeadEngagement): ScoreFacts {
  return {
    source: row.source,
    campaign: row.campaign,
    country: row.country,
    region: row.region,
    title: row.title,
    productInterest: row.product_interest,
    language: row.language,
    employees: row.employees,
    emailDomain: isBusinessEmail(row.email) ? emailDomain(row.email) : null,
    company: row.company,
    submissions: row.submissions,
    activities: row.activities,
    calls: row.calls,
    meetings: row.meetings,
    emails: row.emails,
  };
}
