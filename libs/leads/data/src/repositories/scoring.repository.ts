import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ScoringRule } from '@rapport/leads-domain';

/** What scoring reads of a lead: its fit fields (the columns of LeadEntity), its score and its engagement. */
export interface LeadScoreFactsRow {
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
  /** Form submissions. */
  submissions: number;
  /** Logged activities (not deleted), and of them the calls, meetings and emails. */
  activities: number;
  calls: number;
  meetings: number;
  emails: number;
}

const ACTIVE_RULES = `SELECT id, name, field, operator, value, points FROM scoring_rule WHERE active ORDER BY id`;

/**
 * The active rules as one JSON array (the rows of `activeRules`), for a caller that reads them as a
 * column of a statement it runs anyway: web-to-lead takes them with its advisory lock, so scoring
 * a new lead costs its hot path no extra round trip.
 */
export const ACTIVE_RULES_JSON = `(SELECT coalesce(json_agg(r ORDER BY r.id), '[]') FROM (${ACTIVE_RULES.replace(' ORDER BY id', '')}) r)`;

/**
 * The SQL scoring reads (ScoringService applies the rules; LeadWriter stores the scores). No
 * visibility scope: scoring works for the system on leads it was given.
 */
@Injectable()
export class ScoringRepository {
  /** The active scoring rules, in id order. */
  activeRules(m: EntityManager): Promise<ScoringRule[]> {
    return m.query(ACTIVE_RULES);
  }

  /** The facts of each live lead among `leadIds`, in one statement; leads that are gone are absent. */
  scoreFacts(m: EntityManager, leadIds: string[]): Promise<LeadScoreFactsRow[]> {
    return m.query(
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
  }
}
