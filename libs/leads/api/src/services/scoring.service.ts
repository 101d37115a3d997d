import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { emailDomain, isBusinessEmail, ScoreFacts, scoreLead, ScoreResult, ScoringRule } from '@rapport/leads-domain';

interface FactRow {
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

/** Lead scoring: loads the facts in one statement, applies the configured rules (pure), stores the score. */
@Injectable()
export class ScoringService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Recomputes and stores a lead's score; returns null for a lead that is gone. Idempotent. */
  async rescore(leadId: string, m: EntityManager = this.ds.manager): Promise<ScoreResult | null> {
    const [row]: FactRow[] = await m.query(
      `SELECT l.source, l.campaign, l.country, l.region, l.title, l.product_interest, l.language, l.employees, l.email, l.company, l.score,
              (SELECT count(*) FROM lead_submission s WHERE s.lead_id = l.id)::int AS submissions,
              count(a.id)::int AS activities,
              count(a.id) FILTER (WHERE a.type = 'call')::int AS calls,
              count(a.id) FILTER (WHERE a.type = 'meeting')::int AS meetings,
              count(a.id) FILTER (WHERE a.type = 'email')::int AS emails
         FROM lead l LEFT JOIN activity a ON a.lead_id = l.id AND a.deleted_at IS NULL
        WHERE l.id = $1 AND l.deleted_at IS NULL
        GROUP BY l.id`,
      [leadId],
    );
    if (!row) return null;
    const rules: ScoringRule[] = await m.query(`SELECT id, name, field, operator, value, points FROM scoring_rule WHERE active ORDER BY id`);
    const facts: ScoreFacts = {
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
    const result = scoreLead(rules, facts);
    if (result.score !== row.score) await m.query(`UPDATE lead SET score = $2 WHERE id = $1`, [leadId, result.score]);
    return result;
  }
}
