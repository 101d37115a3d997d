import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AttributionModel } from '@rapport/marketing-domain';

/** One response that touched a deal: a member of the campaign at the deal's account responded within the window before it opened. */
export interface TouchRow {
  dealId: string;
  campaignId: string;
  at: Date;
}

/** A campaign's attributed share of one won deal, in cents of the deal's currency (exact decimal text). */
export interface ShareRow {
  dealId: string;
  campaignId: string;
  cents: string;
}

/** One campaign's own figures for the marketing report. */
export interface CampaignFiguresRow {
  id: string;
  parentId: string | null;
  channel: string | null;
  budget: string;
  actualCost: string;
  wonCents: string;
  wonDeals: number;
  members: number;
  responses: number;
}

/** The figures of a set of campaigns (a campaign and everything below it) under one model. */
export interface ReturnRow {
  wonCents: string;
  wonDeals: number;
  influenced: number;
  pipelineCents: string;
  leads: number;
}

/**
 * Touches of opportunities: a response of a contact of the deal's account, or of a lead that became
 * one, within the window before the deal was created (both edges included; a day is 24 hours, so
 * daylight saving does not move the edge). Parameter $1 is the window in days; `deals` restricts
 * the opportunities (a WHERE on `o`).
 */
function touchesSql(deals: string): string {
  return `
  SELECT o.id AS deal_id, cm.campaign_id, cm.responded_at AS at
    FROM opportunity o
    JOIN contact c ON c.account_id = o.account_id AND c.deleted_at IS NULL
    JOIN campaign_member cm ON cm.contact_id = c.id
   WHERE ${deals} AND o.deleted_at IS NULL
     AND cm.responded_at BETWEEN o.created_at - make_interval(hours => 24 * $1::int) AND o.created_at
  UNION ALL
  SELECT o.id, cm.campaign_id, cm.responded_at
    FROM opportunity o
    JOIN contact c ON c.account_id = o.account_id AND c.deleted_at IS NULL
    JOIN lead l ON l.converted_contact_id = c.id
    JOIN campaign_member cm ON cm.lead_id = l.id
   WHERE ${deals} AND o.deleted_at IS NULL
     AND cm.responded_at BETWEEN o.created_at - make_interval(hours => 24 * $1::int) AND o.created_at`;
}

/**
 * The split of won deals among the campaigns that touched them, set-based, by the rule of
 * `splitAmount` (marketing-domain attribution.ts): touches numbered by time then campaign id, integer
 * weights over a common denominator per model, floors in cents, the leftover cents to the largest
 * remainders (ties to the earlier touch). Parameters: $1 window days, $2 model.
 */
function sharesSql(deals: string): string {
  return `
  WITH won AS (
    SELECT o.id, (o.amount * 100)::numeric AS cents, o.currency, COALESCE(o.closed_at::date, o.close_date, o.created_at::date) AS day
      FROM opportunity o JOIN stage s ON s.id = o.stage_id AND s.is_won
     WHERE ${deals} AND o.deleted_at IS NULL AND o.amount IS NOT NULL
  ),
  touches AS (${touchesSql(`o.id IN (SELECT id FROM won)`)}),
  numbered AS (
    SELECT t.deal_id, t.campaign_id, w.cents, w.currency, w.day,
           row_number() OVER (PARTITION BY t.deal_id ORDER BY t.at, t.campaign_id) AS i,
           count(*) OVER (PARTITION BY t.deal_id) AS n
      FROM touches t JOIN won w ON w.id = t.deal_id
  ),
  weighted AS (
    SELECT *,
      CASE $2::text
        WHEN 'first_touch' THEN (i = 1)::int
        WHEN 'last_touch' THEN (i = n)::int
        WHEN 'even' THEN 1
        ELSE CASE WHEN n <= 2 THEN 1 WHEN i = 1 OR i = n THEN 2 * (n - 2) ELSE 1 END
      END::numeric AS num,
      CASE $2::text
        WHEN 'first_touch' THEN 1
        WHEN 'last_touch' THEN 1
        WHEN 'even' THEN n
        ELSE CASE WHEN n <= 2 THEN n ELSE 5 * (n - 2) END
      END::numeric AS den
      FROM numbered
  ),
  floored AS (
    SELECT *, div(cents * num, den) AS fl, mod(cents * num, den) AS rem FROM weighted
  ),
  ranked AS (
    SELECT *, cents - sum(fl) OVER (PARTITION BY deal_id) AS leftover,
           row_number() OVER (PARTITION BY deal_id ORDER BY rem DESC, i) AS rk
      FROM floored
  )
  SELECT deal_id AS "dealId", campaign_id AS "campaignId", sum(fl + (rk <= leftover)::int)::text AS cents, currency, day
    FROM ranked GROUP BY deal_id, campaign_id, currency, day`;
}

/**
 * Attribution SQL of the marketing domain (docs/adr/0013). System reads: the figures are a
 * campaign's own (readable by whoever may read the campaign), computed over every deal.
 */
@Injectable()
export class AttributionRepository {
  /** The touches of these deals (for checking the split against the pure rule). */
  touches(m: EntityManager, dealIds: string[], windowDays: number): Promise<TouchRow[]> {
    return m.query(`SELECT deal_id AS "dealId", campaign_id AS "campaignId", at FROM (${touchesSql('o.id = ANY($2::uuid[])')}) t ORDER BY 1, 3, 2`, [windowDays, dealIds]);
  }

  /** The shares of these won deals under `model`, in cents. */
  shares(m: EntityManager, dealIds: string[], model: AttributionModel, windowDays: number): Promise<ShareRow[]> {
    return m.query(`SELECT "dealId", "campaignId", cents FROM (${sharesSql('o.id = ANY($3::uuid[])')}) s`, [windowDays, model, dealIds]);
  }

  /**
   * Return of the campaigns in `campaignIds` together (a campaign and its sub-campaigns), in
   * `currency`: won amount attributed to them under `model` (each share converted at the day its
   * deal closed, in whole cents) and the number of won deals they have a share of, the
   * opportunities they influenced (any stage) and the open pipeline among them (at today's rate),
   * and their lead members. Amounts in a currency without any rate are left out (see missingRates).
   */
  async returnOf(m: EntityManager, campaignIds: string[], model: AttributionModel, windowDays: number, currency: string): Promise<ReturnRow> {
    const [row]: ReturnRow[] = await m.query(
      `WITH shares AS (${sharesSql('TRUE')}),
            mine AS (SELECT * FROM shares WHERE "campaignId" = ANY($3::uuid[])),
            influenced AS (SELECT DISTINCT t.deal_id FROM (${touchesSql('TRUE')}) t WHERE t.campaign_id = ANY($3::uuid[]))
       SELECT COALESCE((SELECT sum(round(fx_convert(cents::numeric, currency, $4, day))) FROM mine), 0)::text AS "wonCents",
              (SELECT count(DISTINCT "dealId") FROM mine WHERE cents::numeric > 0)::int AS "wonDeals",
              (SELECT count(*) FROM influenced)::int AS influenced,
              COALESCE((SELECT sum(fx_convert(o.amount * 100, o.currency, $4, current_date)) FROM influenced i JOIN opportunity o ON o.id = i.deal_id JOIN stage s ON s.id = o.stage_id WHERE NOT (s.is_won OR s.is_lost)), 0)::numeric(30, 0)::text AS "pipelineCents",
              (SELECT count(*) FROM campaign_member WHERE campaign_id = ANY($3::uuid[]) AND lead_id IS NOT NULL)::int AS leads`,
      [windowDays, model, campaignIds, currency],
    );
    return row!;
  }

  /**
   * Each campaign's own figures (no roll-up, so channel and period sums count every cent once), all
   * in `currency` so they can be added up: budget (at the campaign's start), cost lines (each at the
   * day it was incurred), members and responses, and the won amount and deals `model` attributes to
   * it (each share at the day its deal closed). Campaigns are those starting in [from, to] (either
   * end open).
   */
  byCampaign(m: EntityManager, model: AttributionModel, windowDays: number, period: { from: string | null; to: string | null }, currency: string): Promise<CampaignFiguresRow[]> {
    return m.query(
      `WITH shares AS (${sharesSql('TRUE')}),
            won AS (SELECT "campaignId" AS id, sum(round(fx_convert(cents::numeric, currency, $5, day))) AS cents, count(*) FILTER (WHERE cents::numeric > 0) AS deals FROM shares GROUP BY 1),
            cost AS (SELECT campaign_id AS id, sum(fx_convert(amount, currency, $5, incurred_on)) AS amount FROM campaign_cost GROUP BY 1),
            members AS (SELECT campaign_id AS id, count(*) AS n, count(responded_at) AS responded FROM campaign_member GROUP BY 1)
       SELECT cp.id, cp.parent_campaign_id AS "parentId", cp.channel,
              COALESCE(fx_convert(cp.budget, cp.currency, $5, COALESCE(cp.start_date, current_date)), 0)::numeric(18,2)::text AS budget,
              COALESCE(cost.amount, 0)::numeric(18,2)::text AS "actualCost",
              COALESCE(won.cents, 0)::text AS "wonCents", COALESCE(won.deals, 0)::int AS "wonDeals",
              COALESCE(members.n, 0)::int AS members, COALESCE(members.responded, 0)::int AS responses
         FROM campaign cp
         LEFT JOIN won ON won.id = cp.id LEFT JOIN cost ON cost.id = cp.id LEFT JOIN members ON members.id = cp.id
        WHERE cp.deleted_at IS NULL AND ($3::date IS NULL OR cp.start_date >= $3::date) AND ($4::date IS NULL OR cp.start_date <= $4::date)
        ORDER BY COALESCE(won.cents, 0) DESC, cp.name`,
      [windowDays, model, period.from, period.to, currency],
    );
  }

  /**
   * Currencies that money in campaign figures is recorded in (cost lines, budgets, deals) but that
   * have no exchange rate at all: their amounts cannot be converted and are left out of the sums.
   */
  async missingRates(m: EntityManager): Promise<string[]> {
    const rows: { currency: string }[] = await m.query(
      `SELECT DISTINCT c.currency FROM (
         SELECT currency FROM campaign_cost UNION SELECT currency FROM campaign WHERE deleted_at IS NULL
         UNION SELECT currency FROM opportunity WHERE deleted_at IS NULL AND amount IS NOT NULL) c
        WHERE NOT EXISTS (SELECT 1 FROM exchange_rate r WHERE r.currency = c.currency)
        ORDER BY 1`,
    );
    return rows.map((r) => r.currency);
  }

  /** A campaign and every live campaign below it. */
  async subtree(m: EntityManager, campaignId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `WITH RECURSIVE tree(id, depth) AS (SELECT $1::uuid, 0 UNION ALL SELECT c.id, t.depth + 1 FROM campaign c JOIN tree t ON c.parent_campaign_id = t.id WHERE c.deleted_at IS NULL AND t.depth < 20)
       SELECT id FROM tree`,
      [campaignId],
    );
    return rows.map((r) => r.id);
  }
}
