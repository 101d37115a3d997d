import { Injectable } from '@nestjs/common';
import { Field, GraphQLISODateTime, ID, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { actorIn, GqlContext, Loaders, loadersIn } from '@rapport/shared-api';
import { Account, Contact, Lead, Opportunity } from '@rapport/sales-api';
import { SalesRepository, type AccountEntity, type ContactEntity, type LeadEntity, type OpportunityEntity } from '@rapport/sales-data';
import { AttributionRepository, CampaignRepository, type CampaignEntity, type MembershipRow, type TouchRow } from '@rapport/marketing-data';
import { DEFAULT_WINDOW_DAYS } from '@rapport/marketing-domain';
import { Campaign } from '../models';
import { CampaignsService } from '../services/campaigns.service';

@ObjectType({ description: 'A person’s membership of a campaign: which campaign touched this customer, and when.' })
export class CampaignTouch {
  @Field(() => ID) id: string;
  @Field(() => Campaign) campaign: Campaign;
  @Field({ description: 'The member status (campaignMemberStatuses of the campaign’s type).' }) status: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When the person joined the campaign.' }) createdAt: Date;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
}

/**
 * Who the membership is: the contact or lead when the reader may read that person, through the
 * request's `contact.visible`/`lead.visible` loaders (those the activity and deal resolvers use),
 * so an account's panel says which of its people a campaign reached without showing people the
 * reader may not see.
 */
@Resolver(() => CampaignTouch)
export class CampaignTouchResolver {
  constructor(private readonly sales: SalesRepository) {}

  @ResolveField(() => Contact, { nullable: true, description: 'The member, when a contact you may read.' })
  contact(t: CampaignTouch, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return t.contactId ? loaders.get<ContactEntity>('contact.visible', (ids) => this.sales.visibleByIds<ContactEntity>('contact', actor, ids)).load(t.contactId) : null;
  }

  @ResolveField(() => Lead, { nullable: true, description: 'The member, when a lead you may read.' })
  lead(t: CampaignTouch, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return t.leadId ? loaders.get<LeadEntity>('lead.visible', (ids) => this.sales.visibleByIds<LeadEntity>('lead', actor, ids)).load(t.leadId) : null;
  }
}

/**
 * The campaigns among `ids` the reader may see, through the request's `campaign.visible` loader (the
 * one Campaign.parent uses), so a list of customers with their panels costs one campaign query.
 */
async function visibleCampaigns(campaigns: CampaignsService, actor: Actor, loaders: Loaders, ids: string[]): Promise<Map<string, CampaignEntity>> {
  const unique = [...new Set(ids)];
  const found = await loaders.get<CampaignEntity>('campaign.visible', (keys) => campaigns.visibleByIds(actor, keys)).loadMany(unique);
  return new Map(found.filter((c): c is CampaignEntity => !!c && !(c instanceof Error)).map((c) => [c.id, c]));
}

/**
 * The campaign panels of customer pages (issue 14): the campaigns that touched a contact, a lead,
 * or an account's people. Null (no panel) for readers who may not read campaigns, so "none
 * touched" and "you may not see campaigns" stay apart.
 */
@Injectable()
abstract class CampaignsPanel {
  constructor(
    protected readonly repo: CampaignRepository,
    protected readonly campaignService: CampaignsService,
  ) {}

  protected async touches(kind: 'contact' | 'lead' | 'account', id: string, actor: Actor, loaders: Loaders) {
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) return null;
    const rows = (await loaders
      .get<MembershipRow[]>(`campaign.touches.${kind}`, async (ids) => {
        const all = await this.repo.membershipsOf(this.repo.ds.manager, kind, ids);
        return ids.map((key) => all.filter((r) => r.key === key));
      })
      .load(id)) ?? [];
    const byId = await visibleCampaigns(this.campaignService, actor, loaders, rows.map((r) => r.campaignId));
    return rows.filter((r) => byId.has(r.campaignId)).map((r) => ({ ...r, campaign: byId.get(r.campaignId)! }));
  }
}

@Resolver(() => Contact)
export class ContactCampaignsResolver extends CampaignsPanel {
  @ResolveField(() => [CampaignTouch], { nullable: true, description: 'Campaigns this contact is on, latest first; null when you may not read campaigns.' })
  campaigns(c: ContactEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.touches('contact', c.id, actor, loaders);
  }
}

/** A record's own campaign (`campaignId`), if the reader may see it: null for none and for a campaign out of their sight. */
async function ownCampaign(campaigns: CampaignsService, actor: Actor, loaders: Loaders, id: string | null): Promise<CampaignEntity | null> {
  if (!id || scopeFor(actor, 'campaign', 'read') === RecordScope.None) return null;
  return (await visibleCampaigns(campaigns, actor, loaders, [id])).get(id) ?? null;
}

@Resolver(() => Lead)
export class LeadCampaignsResolver extends CampaignsPanel {
  @ResolveField(() => Campaign, { nullable: true, description: 'The campaign the lead answered (set from its campaign source when it came in, or chosen); null when none or when you may not read it.' })
  campaign(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return ownCampaign(this.campaignService, actor, loaders, l.campaignId);
  }

  @ResolveField(() => [CampaignTouch], { nullable: true, description: 'Campaigns this lead is on, latest first; null when you may not read campaigns.' })
  campaigns(l: LeadEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.touches('lead', l.id, actor, loaders);
  }
}

@Resolver(() => Account)
export class AccountCampaignsResolver extends CampaignsPanel {
  @ResolveField(() => [CampaignTouch], { nullable: true, description: 'Campaigns the account’s people are on (contacts and the leads that became them), latest first; null when you may not read campaigns.' })
  campaigns(a: AccountEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return this.touches('account', a.id, actor, loaders);
  }
}

@ObjectType({ description: 'A response that touched a deal: a member of the campaign at the deal’s account responded within the window before the deal was created.' })
export class CampaignInfluence {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => GraphQLISODateTime) respondedAt: Date;
}

@Resolver(() => Opportunity)
export class OpportunityCampaignsResolver {
  constructor(
    private readonly attribution: AttributionRepository,
    private readonly repo: CampaignRepository,
    private readonly campaignService: CampaignsService,
  ) {}

  @ResolveField(() => Campaign, { nullable: true, description: 'The deal’s primary campaign (from its lead, or chosen); null when none or when you may not read it.' })
  campaign(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return ownCampaign(this.campaignService, actor, loaders, o.campaignId);
  }

  @ResolveField(() => [CampaignInfluence], { nullable: true, description: 'Campaign responses at the account in the 90 days before the deal was created (the touches attribution splits it by), oldest first; null when you may not read campaigns.' })
  async campaigns(o: OpportunityEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (scopeFor(actor, 'campaign', 'read') === RecordScope.None) return null;
    const touches =
      (await loaders
        .get<TouchRow[]>('campaign.influence', async (ids) => {
          const all = await this.attribution.touches(this.repo.ds.manager, [...ids], DEFAULT_WINDOW_DAYS);
          return ids.map((id) => all.filter((t) => t.dealId === id));
        })
        .load(o.id)) ?? [];
    const byId = await visibleCampaigns(this.campaignService, actor, loaders, touches.map((t) => t.campaignId));
    return touches.filter((t) => byId.has(t.campaignId)).map((t) => ({ campaign: byId.get(t.campaignId)!, respondedAt: t.at }));
  }
}
