import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { appendTimeline, listPage, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { defaultMemberStatus, isResponse, memberStatusProblem, type CampaignType } from '@rapport/marketing-domain';
import { CAMPAIGN_MEMBER_FIELDS, CampaignEntity, CampaignRepository, type FunnelStep, MailingRepository, reachedStep } from '@rapport/marketing-data';
import { SalesRepository } from '@rapport/sales-data';
import type { AddCampaignCostInput, AddCampaignMembersInput, CampaignMemberFilter, UpdateCampaignMemberStatusInput } from '../models';

/** Most people one call adds (a list view selection or a CSV chunk); larger sets come in several calls. */
export const MAX_MEMBERS_PER_CALL = 1000;

const MEMBER_ORDER = { createdAt: { column: 'm.created_at', cast: 'timestamptz' } } as const;

/**
 * Who is on a campaign and what it cost. Changing members or costs is editing the campaign (its
 * write scope); reading members goes through their people (CampaignRepository.members).
 */
@Injectable()
export class CampaignMembersService {
  constructor(
    private readonly repo: CampaignRepository,
    private readonly sales: SalesRepository,
    private readonly mailings: MailingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A page of the members the reader may see; `reached` keeps those who reached a funnel step (the funnel's drill-down). */
  list(actor: Actor, campaignId: string, args: { first?: number | null; after?: string | null; filter?: CampaignMemberFilter | null; reached?: FunnelStep | null }) {
    const members = this.repo.members(actor, campaignId);
    if (args.reached) members.andWhere(reachedStep(args.reached));
    return listPage(members, 'm', CAMPAIGN_MEMBER_FIELDS, { first: args.first, after: args.after, filter: args.filter }, MEMBER_ORDER, { field: 'createdAt', direction: 'ASC' }, this.config.pageSizeMax);
  }

  /**
   * Adds contacts and leads the actor may read to a campaign the actor may edit, with the type's
   * first status unless one is given; people already on it stay as they are.
   */
  async add(actor: Actor, input: AddCampaignMembersInput): Promise<{ campaign: CampaignEntity; added: number; alreadyMembers: number }> {
    const contactIds = [...new Set(input.contactIds ?? [])];
    const leadIds = [...new Set(input.leadIds ?? [])];
    if (contactIds.length + leadIds.length === 0) throw AppError.validation([{ path: 'input', message: 'Choose at least one contact or lead.' }]);
    if (contactIds.length + leadIds.length > MAX_MEMBERS_PER_CALL) throw AppError.validation([{ path: 'input', message: `Add at most ${MAX_MEMBERS_PER_CALL} people at a time.` }]);
    return this.repo.ds.transaction(async (m) => {
      const campaign = await this.lockForWrite(m, actor, input.campaignId);
      const status = input.status ?? defaultMemberStatus(campaign.type);
      assertStatus(campaign.type, status);
      const visible = await this.visiblePeople(m, actor, contactIds, leadIds);
      const missing = contactIds.length + leadIds.length - visible.contactIds.length - visible.leadIds.length;
      if (missing > 0) throw AppError.validation([{ path: 'input', message: `${missing} of these people do not exist or are not visible to you.` }]);
      const added = await this.repo.addMembers(m, campaign.id, visible, status, isResponse(campaign.type, status), actor.userId);
      if (added.length) {
        await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.members_added', payload: { count: added.length, status } });
      }
      return { campaign, added: added.length, alreadyMembers: contactIds.length + leadIds.length - added.length };
    });
  }

  /**
   * A segment as a member source (issue 17): its current members that the actor may read join the
   * campaign in one statement, whatever the segment's size; people already on it stay as they are.
   */
  async addSegment(actor: Actor, input: { campaignId: string; segmentId: string; status?: string | null }): Promise<{ campaign: CampaignEntity; added: number; alreadyMembers: number }> {
    return this.repo.ds.transaction(async (m) => {
      const campaign = await this.lockForWrite(m, actor, input.campaignId);
      const status = input.status ?? defaultMemberStatus(campaign.type);
      assertStatus(campaign.type, status);
      if (!(await this.mailings.liveSegments([input.segmentId], m)).has(input.segmentId)) throw AppError.notFound('The segment');
      const people = this.sales.contacts(actor, 'read', m).select('c.id').andWhere('c.deleted_at IS NULL').andWhere('c.id IN (SELECT sm.contact_id FROM segment_membership sm WHERE sm.segment_id = :segmentId AND sm.left_at IS NULL)', { segmentId: input.segmentId });
      const { added, matched } = await this.repo.addMembersFrom(m, campaign.id, people, status, isResponse(campaign.type, status), actor.userId);
      if (added) await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.members_added', payload: { count: added, status } });
      return { campaign, added, alreadyMembers: matched - added };
    });
  }

  /** Moves members to a status of the campaign's type; a response status stamps `respondedAt` once. */
  async setStatus(actor: Actor, input: UpdateCampaignMemberStatusInput): Promise<{ campaign: CampaignEntity; updated: number }> {
    const memberIds = [...new Set(input.memberIds)];
    if (memberIds.length > MAX_MEMBERS_PER_CALL) throw AppError.validation([{ path: 'input.memberIds', message: `Add at most ${MAX_MEMBERS_PER_CALL} people at a time.` }]);
    return this.repo.ds.transaction(async (m) => {
      const campaign = await this.lockForWrite(m, actor, input.campaignId);
      assertStatus(campaign.type, input.status);
      // Only members the actor can see through their person may be changed.
      const visible = await this.repo.members(actor, campaign.id, m).select('m.id').andWhere('m.id IN (:...ids)', { ids: memberIds }).getMany();
      if (visible.length !== memberIds.length) {
        throw AppError.validation([{ path: 'input.memberIds', message: `${memberIds.length - visible.length} of these members are not on this campaign or not visible to you.` }]);
      }
      const before = await this.repo.setMemberStatus(m, campaign.id, memberIds, input.status, isResponse(campaign.type, input.status));
      const changed = before.filter((b) => b.from !== input.status);
      if (changed.length) {
        await writeAudit(m, actor, { entityType: 'campaign', entityId: campaign.id, action: 'update', changes: [{ field: 'memberStatus', from: null, to: { status: input.status, members: changed.length } }] });
        await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.member_status', payload: { count: changed.length, status: input.status } });
      }
      return { campaign, updated: changed.length };
    });
  }

  funnel(campaignId: string) {
    return this.repo.funnel(this.repo.ds.manager, campaignId);
  }

  costs(campaignId: string) {
    return this.repo.costs(this.repo.ds.manager, campaignId);
  }

  async addCost(actor: Actor, input: AddCampaignCostInput) {
    if (!(input.amount > 0)) throw AppError.validation([{ path: 'input.amount', message: 'A cost is a positive amount.' }]);
    return this.repo.ds.transaction(async (m) => {
      const campaign = await this.lockForWrite(m, actor, input.campaignId);
      const cost = await this.repo.addCost(m, {
        campaignId: campaign.id,
        incurredOn: input.incurredOn,
        category: input.category.trim(),
        amount: input.amount.toFixed(2),
        // Lines are in the campaign's currency, so its actual cost is their plain sum.
        currency: campaign.currency,
        note: input.note?.trim() || null,
        attachmentUrl: input.attachmentUrl?.trim() || null,
        createdBy: actor.userId,
      });
      await writeAudit(m, actor, { entityType: 'campaign', entityId: campaign.id, action: 'update', changes: [{ field: 'cost', from: null, to: { amount: cost.amount, category: cost.category, incurredOn: cost.incurredOn } }] });
      await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.cost_added', payload: { amount: cost.amount, currency: cost.currency, category: cost.category } });
      return { campaign, cost };
    });
  }

  /** The campaign, locked for this transaction, if the actor may edit it. */
  private async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<CampaignEntity> {
    const campaign = await this.repo.campaigns(actor, 'write', m).andWhere('cp.id = :id AND cp.deleted_at IS NULL', { id }).setLock('pessimistic_write').getOne();
    if (!campaign) throw AppError.notFound('The campaign');
    return campaign;
  }

  /** The ids among these that the actor may read (a person one may not read cannot be added by id). */
  private async visiblePeople(m: EntityManager, actor: Actor, contactIds: string[], leadIds: string[]) {
    const [contacts, leads] = await Promise.all([
      contactIds.length ? this.sales.contacts(actor, 'read', m).select('c.id').andWhere('c.id IN (:...ids)', { ids: contactIds }).getMany() : [],
      leadIds.length ? this.sales.leads(actor, 'read', m).select('l.id').andWhere('l.id IN (:...ids)', { ids: leadIds }).getMany() : [],
    ]);
    return { contactIds: contacts.map((c) => c.id), leadIds: leads.map((l) => l.id) };
  }
}

function assertStatus(type: CampaignType, status: string) {
  const problem = memberStatusProblem(type, status);
  if (problem) throw AppError.validation([{ path: 'input.status', message: problem }]);
}

