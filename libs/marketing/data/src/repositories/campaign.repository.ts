import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { applyScope, columnFieldMap, FieldMap, fieldMapOf, scopeCondition } from '@rapport/shared-database';
import { CAMPAIGN, CampaignType, responseStatus } from '@rapport/marketing-domain';
import { escapeLike } from '@rapport/shared-util';
import { ContactEntity, LeadEntity } from '@rapport/sales-data';
import { CampaignCostEntity, CampaignEntity, CampaignMemberEntity } from '../entities/campaign.entity';

export const CAMPAIGN_FIELDS: FieldMap = fieldMapOf(CAMPAIGN);

/** Filters of a campaign's member list. */
export const CAMPAIGN_MEMBER_FIELDS: FieldMap = columnFieldMap('m', { id: 'id', status: 'string', respondedAt: 'datetime', createdAt: 'datetime', contactId: 'id', leadId: 'id' });

/** A person's membership of a campaign, as the customer panels show it. */
export interface MembershipRow {
  id: string;
  campaignId: string;
  contactId: string | null;
  leadId: string | null;
  status: string;
  respondedAt: Date | null;
  createdAt: Date;
}

/** The steps of "did they reach sales", in order; each includes the ones after it. */
export const FUNNEL_STEPS = ['member', 'responded', 'contacted', 'opportunity', 'won'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** One step of a campaign's funnel: how many members reached it and the median hours from their response. */
export interface FunnelRow {
  step: FunnelStep;
  count: number;
  medianHours: number | null;
}

/**
 * When a member (alias m) reached each step after responding: a logged activity with the person
 * (or the contact a lead became), an opportunity at their account created after the response, and
 * such an opportunity won. SQL expressions shared by the funnel counts and its drill-down lists.
 */
const PERSON_ACCOUNT = `COALESCE((SELECT c.account_id FROM contact c WHERE c.id = m.contact_id), (SELECT l.converted_account_id FROM lead l WHERE l.id = m.lead_id))`;
const REACHED: Record<Exclude<FunnelStep, 'member' | 'responded'>, string> = {
  contacted: `(SELECT min(a.occurred_at) FROM activity a WHERE a.deleted_at IS NULL AND a.occurred_at >= m.responded_at
      AND (a.contact_id = m.contact_id OR a.lead_id = m.lead_id OR a.contact_id = (SELECT l.converted_contact_id FROM lead l WHERE l.id = m.lead_id)))`,
  opportunity: `(SELECT min(o.created_at) FROM opportunity o WHERE o.deleted_at IS NULL AND o.created_at >= m.responded_at AND o.account_id = ${PERSON_ACCOUNT})`,
  won: `(SELECT min(o.stage_changed_at) FROM opportunity o JOIN stage s ON s.id = o.stage_id AND s.is_won
      WHERE o.deleted_at IS NULL AND o.created_at >= m.responded_at AND o.account_id = ${PERSON_ACCOUNT})`,
};

/** The SQL condition that a member (alias m) reached `step`. */
export function reachedStep(step: FunnelStep): string {
  if (step === 'member') return 'TRUE';
  if (step === 'responded') return 'm.responded_at IS NOT NULL';
  return `(m.responded_at IS NOT NULL AND ${REACHED[step]} IS NOT NULL)`;
}

/** Totals of a campaign and every campaign below it. */
export interface CampaignRollUpRow {
  id: string;
  actualCost: string;
  members: number;
  responses: number;
  children: number;
}

/**
 * Campaign SQL (CampaignsService keeps the rules, audit and timeline). Reads for people start at
 * `campaigns(actor, action)`, which applies the campaign scope. A member is read through its
 * person: a list shows the members whose contact or lead the reader may read, so a rep sees the
 * campaigns' members among their own records and a marketer every member.
 */
@Injectable()
export class CampaignRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  campaigns(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<CampaignEntity> {
    return applyScope(manager.createQueryBuilder(CampaignEntity, 'cp'), actor, 'campaign', action, { owner: 'cp.owner_id', team: 'cp.team_id' });
  }

  /** The members of one campaign that the reader may see, with their contact or lead joined. */
  members(actor: Actor, campaignId: string, manager: EntityManager = this.ds.manager): SelectQueryBuilder<CampaignMemberEntity> {
    const qb = manager
      .createQueryBuilder(CampaignMemberEntity, 'm')
      .leftJoinAndMapOne('m.contact', ContactEntity, 'mc', 'mc.id = m.contact_id AND mc.deleted_at IS NULL')
      .leftJoinAndMapOne('m.lead', LeadEntity, 'ml', 'ml.id = m.lead_id AND ml.deleted_at IS NULL')
      .where('m.campaign_id = :campaignId', { campaignId });
    // The scope applies to the joined person itself: an EXISTS per kind would be planned as a hash
    // of the whole contact table on every page (measured: 0.035 of the floor at 1M members).
    const contact = scopeCondition(actor, 'contact', 'read', { owner: 'mc.owner_id', team: 'mc.team_id', shareId: 'mc.id' });
    const lead = scopeCondition(actor, 'lead', 'read', { owner: 'ml.owner_id', team: 'ml.team_id', shareId: 'ml.id' });
    return qb.andWhere(`((mc.id IS NOT NULL AND ${contact.sql}) OR (ml.id IS NOT NULL AND ${lead.sql}))`, { ...contact.params, ...lead.params });
  }

  /** The global search's query for campaigns whose name contains `term` (case-insensitive), the reader's scope applied; prefix matches first. */
  searchQuery(actor: Actor, term: string, first: number) {
    const like = `%${escapeLike(term)}%`;
    return this.campaigns(actor, 'read')
      .select(['cp.id AS id', 'cp.name AS title', 'cp.channel AS subtitle'])
      .addSelect(`CASE WHEN cp.name ILIKE :prefix THEN 1 ELSE 0.5 END`, 'rank')
      .andWhere('cp.deleted_at IS NULL AND cp.name ILIKE :like', { like, prefix: like.slice(1) })
      .orderBy('rank', 'DESC')
      .addOrderBy('cp.name')
      .limit(first);
  }

  /** Whether the reader may see every member of a campaign (every contact and every lead). */
  seesAllMembers(actor: Actor): boolean {
    return scopeFor(actor, 'contact', 'read') === RecordScope.All && scopeFor(actor, 'lead', 'read') === RecordScope.All;
  }

  /**
   * Adds people to a campaign in one statement per kind; people already on it stay as they are
   * (a person is a member once). `respondedAt` is stamped when the status counts as a response.
   * Returns the ids of the new members.
   */
  async addMembers(m: EntityManager, campaignId: string, people: { contactIds: string[]; leadIds: string[] }, status: string, responded: boolean, by: string | null): Promise<string[]> {
    const added: string[] = [];
    for (const [column, ids] of [['contact_id', people.contactIds], ['lead_id', people.leadIds]] as const) {
      if (ids.length === 0) continue;
      const rows: { id: string }[] = await m.query(
        `INSERT INTO campaign_member (campaign_id, ${column}, status, responded_at, created_by)
         SELECT $1, p.id, $3, CASE WHEN $4::boolean THEN now() END, $5 FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, n) ORDER BY p.n
         ON CONFLICT (campaign_id, ${column}) WHERE ${column} IS NOT NULL DO NOTHING
         RETURNING id`,
        [campaignId, [...new Set(ids)], status, responded, by],
      );
      added.push(...rows.map((r) => r.id));
    }
    return added;
  }

  /** Adds the contacts a query selects (its first column is the contact id), in one statement. */
  async addMembersFrom(m: EntityManager, campaignId: string, contacts: { getQueryAndParameters(): [string, unknown[]] }, status: string, responded: boolean, by: string | null): Promise<{ added: number; matched: number }> {
    const [sql, params] = contacts.getQueryAndParameters();
    const n = params.length;
    const [row] = (await m.query(
      `WITH people AS (${sql}),
       added AS (
         INSERT INTO campaign_member (campaign_id, contact_id, status, responded_at, created_by)
         SELECT $${n + 1}, p.c_id, $${n + 2}, CASE WHEN $${n + 3}::boolean THEN now() END, $${n + 4} FROM people p
         ON CONFLICT (campaign_id, contact_id) WHERE contact_id IS NOT NULL DO NOTHING
         RETURNING 1)
       SELECT (SELECT count(*) FROM added)::int AS added, (SELECT count(*) FROM people)::int AS matched`,
      [...params, campaignId, status, responded, by],
    )) as { added: number; matched: number }[];
    return row;
  }

  /**
   * Sets the status of members of one campaign, locked in id order; the first response stamps
   * `respondedAt` (a later status keeps the first response's time). Returns each member's old
   * status, for the audit.
   */
  async setMemberStatus(m: EntityManager, campaignId: string, memberIds: string[], status: string, responded: boolean): Promise<{ id: string; from: string }[]> {
    const before: { id: string; status: string }[] = await m.query(
      `SELECT id, status FROM campaign_member WHERE campaign_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [campaignId, memberIds],
    );
    await m.query(
      `UPDATE campaign_member SET status = $3, updated_at = now(),
              responded_at = CASE WHEN $4::boolean THEN COALESCE(responded_at, now()) ELSE responded_at END
        WHERE campaign_id = $1 AND id = ANY($2::uuid[])`,
      [campaignId, before.map((r) => r.id), status, responded],
    );
    return before.map((r) => ({ id: r.id, from: r.status }));
  }

  /**
   * A merge of people: the merged records' memberships become the survivor's. Where the survivor is
   * on the campaign already it keeps its one membership, with the earliest response of the two.
   */
  async moveMemberships(m: EntityManager, column: 'contact_id' | 'lead_id', survivorId: string, mergedIds: string[]): Promise<void> {
    await m.query(
      `UPDATE campaign_member s SET responded_at = LEAST(s.responded_at, d.responded_at), updated_at = now()
         FROM (SELECT campaign_id, min(responded_at) AS responded_at FROM campaign_member WHERE ${column} = ANY($2::uuid[]) GROUP BY campaign_id) d
        WHERE s.${column} = $1 AND s.campaign_id = d.campaign_id AND d.responded_at IS NOT NULL`,
      [survivorId, mergedIds],
    );
    await m.query(`DELETE FROM campaign_member d WHERE d.${column} = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM campaign_member s WHERE s.${column} = $1 AND s.campaign_id = d.campaign_id)`, [survivorId, mergedIds]);
    // Of two merged records on one campaign (neither the survivor), the first membership moves; the other goes.
    await m.query(
      `DELETE FROM campaign_member d WHERE d.${column} = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM campaign_member o WHERE o.${column} = ANY($1::uuid[]) AND o.campaign_id = d.campaign_id AND o.id < d.id)`,
      [mergedIds],
    );
    await m.query(`UPDATE campaign_member SET ${column} = $1, updated_at = now() WHERE ${column} = ANY($2::uuid[])`, [survivorId, mergedIds]);
  }

  /** The live campaign whose tracking number this is (E.164), read for the system: a call names it. */
  campaignByTrackingPhone(m: EntityManager, normalized: string): Promise<CampaignEntity | null> {
    return m.findOne(CampaignEntity, { where: { trackingPhoneNormalized: normalized } });
  }

  /**
   * A response of one person: they join with `status`, or, already a member who has not responded,
   * move to it; the first response's time is kept. Returns whether this was their first response.
   */
  async recordResponse(m: EntityManager, campaignId: string, person: { contactId?: string; leadId?: string }, status: string, by: string | null): Promise<boolean> {
    const column = person.contactId ? 'contact_id' : 'lead_id';
    const rows: { first: boolean }[] = await m.query(
      `INSERT INTO campaign_member AS cm (campaign_id, ${column}, status, responded_at, created_by) VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (campaign_id, ${column}) WHERE ${column} IS NOT NULL
       DO UPDATE SET status = CASE WHEN cm.responded_at IS NULL THEN EXCLUDED.status ELSE cm.status END,
                     responded_at = COALESCE(cm.responded_at, EXCLUDED.responded_at), updated_at = now()
       RETURNING (xmax = 0 OR cm.responded_at = now()) AS first`,
      [campaignId, person.contactId ?? person.leadId, status, by],
    );
    return rows[0]!.first;
  }

  /**
   * The campaign memberships of people, newest first, keyed by the person asked for: of contacts
   * and leads directly, or of an account's contacts and the leads that became them. Campaign
   * scope is the caller's to check (a reader who may not read campaigns gets no panel at all).
   */
  async membershipsOf(m: EntityManager, kind: 'contact' | 'lead' | 'account', ids: readonly string[]): Promise<(MembershipRow & { key: string })[]> {
    const people = {
      contact: `SELECT cm.*, cm.contact_id AS key FROM campaign_member cm WHERE cm.contact_id = ANY($1::uuid[])`,
      lead: `SELECT cm.*, cm.lead_id AS key FROM campaign_member cm WHERE cm.lead_id = ANY($1::uuid[])`,
      account: `SELECT cm.*, c.account_id AS key FROM contact c JOIN campaign_member cm ON cm.contact_id = c.id WHERE c.account_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
                UNION ALL
                SELECT cm.*, c.account_id FROM contact c JOIN lead l ON l.converted_contact_id = c.id JOIN campaign_member cm ON cm.lead_id = l.id WHERE c.account_id = ANY($1::uuid[]) AND c.deleted_at IS NULL`,
    }[kind];
    return m.query(
      `SELECT p.key, p.id, p.campaign_id AS "campaignId", p.contact_id AS "contactId", p.lead_id AS "leadId", p.status, p.responded_at AS "respondedAt", p.created_at AS "createdAt"
         FROM (${people}) p JOIN campaign cp ON cp.id = p.campaign_id AND cp.deleted_at IS NULL
        ORDER BY COALESCE(p.responded_at, p.created_at) DESC, p.id`,
      [ids],
    );
  }

  /** The funnel of one campaign over all its members (campaign figures; the drill-down lists apply the reader's scope). */
  async funnel(m: EntityManager, campaignId: string): Promise<FunnelRow[]> {
    const hours = (expr: string) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (${expr} - m.responded_at)) / 3600) FILTER (WHERE ${expr} IS NOT NULL)`;
    const [row] = await m.query(
      `SELECT count(*)::int AS member, count(m.responded_at)::int AS responded,
              count(t.contacted)::int AS contacted, ${hours('t.contacted')} AS contacted_hours,
              count(t.opportunity)::int AS opportunity, ${hours('t.opportunity')} AS opportunity_hours,
              count(t.won)::int AS won, ${hours('t.won')} AS won_hours
         FROM campaign_member m
         LEFT JOIN LATERAL (SELECT ${REACHED.contacted} AS contacted, ${REACHED.opportunity} AS opportunity, ${REACHED.won} AS won WHERE m.responded_at IS NOT NULL) t ON true
        WHERE m.campaign_id = $1`,
      [campaignId],
    );
    const median = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
    return FUNNEL_STEPS.map((step) => ({ step, count: row[step] as number, medianHours: step === 'member' || step === 'responded' ? null : median(row[`${step}_hours`]) }));
  }

  /**
   * New leads get their campaign: one given by id keeps it, one whose campaign source (a form's or
   * an import's campaign, or the text an integrator sent) names a live campaign is linked to it.
   * Then each joins its campaign as a responding member from the moment it came in: that is how it
   * responded. Leads already on it stay as they are.
   */
  async linkLeads(m: EntityManager, leadIds: string[]): Promise<void> {
    // A campaign source names a campaign by its short code, its UTM campaign value or its name (in
    // that order of precedence; among equal names the newest campaign).
    await m.query(
      `UPDATE lead l SET campaign_id = pick.campaign_id
         FROM (SELECT DISTINCT ON (l2.id) l2.id AS lead_id, cp.id AS campaign_id
                 FROM lead l2
                 JOIN campaign cp ON cp.deleted_at IS NULL
                  AND (upper(cp.short_code) = upper(l2.campaign) OR lower(cp.utm_campaign) = lower(l2.campaign) OR lower(cp.name) = lower(l2.campaign))
                WHERE l2.id = ANY($1::uuid[]) AND l2.campaign_id IS NULL AND l2.campaign IS NOT NULL
                ORDER BY l2.id, upper(cp.short_code) = upper(l2.campaign) IS TRUE DESC, lower(cp.utm_campaign) = lower(l2.campaign) IS TRUE DESC, cp.created_at DESC) pick
        WHERE l.id = pick.lead_id`,
      [leadIds],
    );
    const status = `CASE cp.type ${Object.values(CampaignType).map((t) => `WHEN '${t}' THEN '${responseStatus(t)}'`).join(' ')} END`;
    await m.query(
      `INSERT INTO campaign_member (campaign_id, lead_id, status, responded_at, created_at, created_by)
       SELECT cp.id, l.id, ${status}, l.created_at, l.created_at, l.created_by
         FROM lead l JOIN campaign cp ON cp.id = l.campaign_id AND cp.deleted_at IS NULL
        WHERE l.id = ANY($1::uuid[])
       ON CONFLICT (campaign_id, lead_id) WHERE lead_id IS NOT NULL DO NOTHING`,
      [leadIds],
    );
  }

  costs(m: EntityManager, campaignId: string): Promise<CampaignCostEntity[]> {
    return m.find(CampaignCostEntity, { where: { campaignId }, order: { incurredOn: 'ASC', createdAt: 'ASC' } });
  }

  async addCost(m: EntityManager, cost: Omit<CampaignCostEntity, 'id' | 'createdAt' | 'campaign'>): Promise<CampaignCostEntity> {
    const { identifiers } = await m.insert(CampaignCostEntity, cost);
    return m.findOneByOrFail(CampaignCostEntity, { id: identifiers[0]!['id'] as string });
  }

  /** Whether `candidateParentId` is the campaign `id` or below it: such a parent would make a loop. */
  async isSelfOrDescendant(m: EntityManager, id: string, candidateParentId: string): Promise<boolean> {
    const [row]: { found: boolean }[] = await m.query(
      `WITH RECURSIVE below(id) AS (SELECT $1::uuid UNION SELECT c.id FROM campaign c JOIN below b ON c.parent_campaign_id = b.id WHERE c.deleted_at IS NULL)
       SELECT EXISTS (SELECT 1 FROM below WHERE id = $2::uuid) AS found`,
      [id, candidateParentId],
    );
    return row!.found;
  }

  /**
   * Cost, members and responses of each campaign with every campaign below it, set-based: one
   * recursive walk from the given roots. Costs are in the root's currency: each line converted at
   * the day it was incurred (fx_convert; a line in a currency without any rate is left out).
   */
  async rollUp(m: EntityManager, ids: readonly string[]): Promise<CampaignRollUpRow[]> {
    if (ids.length === 0) return [];
    return m.query(
      `WITH RECURSIVE tree(root, id, depth) AS (
         SELECT r.id, r.id, 0 FROM unnest($1::uuid[]) AS r(id)
         UNION ALL
         SELECT t.root, c.id, t.depth + 1 FROM campaign c JOIN tree t ON c.parent_campaign_id = t.id WHERE c.deleted_at IS NULL AND t.depth < 20
       )
       SELECT t.root AS id,
              COALESCE(sum(cost.total), 0)::numeric(18,2)::text AS "actualCost",
              COALESCE(sum(mem.members), 0)::int AS members,
              COALESCE(sum(mem.responses), 0)::int AS responses,
              (count(*) - 1)::int AS children
         FROM tree t
         JOIN campaign root ON root.id = t.root
         LEFT JOIN LATERAL (SELECT sum(fx_convert(amount, currency, root.currency, incurred_on)) AS total FROM campaign_cost WHERE campaign_id = t.id) cost ON true
         LEFT JOIN LATERAL (SELECT count(*) AS members, count(responded_at) AS responses FROM campaign_member WHERE campaign_id = t.id) mem ON true
        GROUP BY t.root`,
      [ids],
    );
  }
}
