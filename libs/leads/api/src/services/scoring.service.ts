import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateHooks, EngagementFacts } from '@rapport/shared-api';
import { emailDomain, isBusinessEmail, ScoreFacts, scoreLead, ScoreResult, ScoringRule } from '@rapport/leads-domain';
import { LeadScoreFactsRow, LeadWriter, ScoringRepository } from '@rapport/leads-data';

/** A lead's own fields that fit rules read (the columns of LeadEntity). */
export type LeadFitFields = Pick<LeadScoreFactsRow, 'source' | 'campaign' | 'country' | 'region' | 'title' | 'product_interest' | 'language' | 'employees' | 'email' | 'company'>;
/** What the person did: form submissions and logged activities. */
export type LeadEngagement = Pick<LeadScoreFactsRow, 'submissions' | 'activities' | 'calls' | 'meetings' | 'emails'>;

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
    private readonly repo: ScoringRepository,
    private readonly leads: LeadWriter,
    private readonly engagement: EngagementFacts,
    createHooks: CreateHooks,
  ) {
    createHooks.register('lead', (m, ids) => this.rescoreMany(ids, m));
  }

  activeRules(m: EntityManager = this.ds.manager): Promise<ScoringRule[]> {
    return this.repo.activeRules(m);
  }

  /** The score of a lead about to be inserted from `fields` with `engagement`, under `rules` (the active ones). Pure. */
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
    const rows = await this.repo.scoreFacts(m, leadIds);
    if (rows.length === 0) return results;
    const rules = await this.activeRules(m);
    // What other domains know the person did (page views, events), one query per domain for the batch.
    const more = await this.engagement.load(m, rows.map((r) => r.id));
    const changed: { id: string; score: number }[] = [];
    for (const row of rows) {
      const result = scoreLead(rules, { ...factsOf(row), ...(more.get(row.id) ?? {}) });
      results.set(row.id, result);
      if (result.score !== row.score) changed.push({ id: row.id, score: result.score });
    }
    if (changed.length) await this.leads.setScores(m, changed);
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
