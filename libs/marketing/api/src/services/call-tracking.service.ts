import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, mayActOn, RecordScope, scopeFor } from '@rapport/shared-domain';
import { appendTimeline, withSystemScope } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { ActivityType, LeadSource, normalizePhone } from '@rapport/sales-domain';
import { ContactEntity, LeadEntity, SalesRepository } from '@rapport/sales-data';
import { ActivitiesService, LeadsService } from '@rapport/sales-api';
import { responseStatus } from '@rapport/marketing-domain';
import { CampaignEntity, CampaignRepository } from '@rapport/marketing-data';
import type { LogInboundCallInput } from '../models';

export interface LoggedCall {
  activity: Awaited<ReturnType<ActivitiesService['create']>>;
  campaign: CampaignEntity | null;
  contact: ContactEntity | null;
  lead: LeadEntity | null;
  createdLead: boolean;
}

/**
 * Inbound calls (issue 14, call tracking): the dialled number names the campaign (its tracking
 * number, one per ad source), the caller's number the person (a contact, else a lead, that the
 * logger may see; else a new lead from the phone). The call is logged on the person's timeline
 * and counts as their response to the campaign, all in one transaction.
 */
@Injectable()
export class CallTrackingService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly sales: SalesRepository,
    private readonly activities: ActivitiesService,
    private readonly leads: LeadsService,
  ) {}

  async logInbound(actor: Actor, input: LogInboundCallInput): Promise<LoggedCall> {
    const dialed = normalizePhone(input.dialedNumber);
    const caller = normalizePhone(input.callerNumber);
    const problems = [
      ...(dialed ? [] : [{ path: 'input.dialedNumber', message: 'Enter a phone number.' }]),
      ...(caller ? [] : [{ path: 'input.callerNumber', message: 'Enter a phone number.' }]),
    ];
    if (problems.length) throw AppError.validation(problems);
    return this.campaigns.ds.transaction(async (m) => {
      // Whoever takes the call may not be allowed to read campaigns (a service agent): the number still attributes it.
      const campaign = await withSystemScope('a dialled tracking number attributes a call to its campaign', () => this.campaigns.campaignByTrackingPhone(m, dialed!));
      const found = await this.callerOf(m, actor, caller!);
      const contact = found.contact;
      let lead = found.lead;
      let createdLead = false;
      if (!contact && !lead) {
        if (scopeFor(actor, 'lead', 'write') === RecordScope.None) {
          throw AppError.validation([{ path: 'input.callerNumber', message: 'No contact or lead you may see has this number.' }]);
        }
        // The source names the campaign by its unique short code where it has one; the marketing hook links the lead
        // to it (the caller's taker may not read campaigns, so the id itself cannot be passed).
        lead = await this.leads.create(actor, { lastName: input.callerName?.trim() || input.callerNumber.trim(), phone: input.callerNumber.trim(), source: LeadSource.Phone, campaignSource: campaign ? (campaign.shortCode ?? campaign.name) : null }, m);
        createdLead = true;
      }
      const activity = await this.activities.create(
        actor,
        {
          type: ActivityType.Call,
          // Names and numbers only, so the subject reads the same in every language.
          subject: [campaign?.name, input.callerNumber.trim()].filter(Boolean).join(' · '),
          body: input.notes?.trim() || null,
          occurredAt: input.occurredAt ?? new Date(),
          done: true,
          contactId: contact?.id ?? null,
          leadId: contact ? null : lead!.id,
        },
        m,
      );
      if (campaign) {
        const person = contact ? { contactId: contact.id } : { leadId: lead!.id };
        if (await this.campaigns.recordResponse(m, campaign.id, person, responseStatus(campaign.type), actor.userId)) {
          await appendTimeline(m, actor, { subjectType: 'campaign', subjectId: campaign.id, eventType: 'campaign.call', payload: { activityId: activity.id, ...person } });
        }
      }
      const visibleCampaign = campaign && mayActOn(actor, 'campaign', 'read', { ownerId: campaign.ownerId, teamId: campaign.teamId }) ? campaign : null;
      return { activity, campaign: visibleCampaign, contact, lead, createdLead };
    });
  }

  /** The contact, else the lead, with this number that the actor may read (most recently changed first). */
  private async callerOf(m: EntityManager, actor: Actor, phone: string): Promise<{ contact: ContactEntity | null; lead: LeadEntity | null }> {
    const contact =
      scopeFor(actor, 'contact', 'read') === RecordScope.None
        ? null
        : await this.sales.contacts(actor, 'read', m).andWhere(':phone = ANY(c.phones_normalized)', { phone }).orderBy('c.updated_at', 'DESC').getOne();
    if (contact) return { contact, lead: null };
    const lead =
      scopeFor(actor, 'lead', 'read') === RecordScope.None
        ? null
        : await this.sales.leads(actor, 'read', m).andWhere('l.phone_normalized = :phone', { phone }).andWhere(`l.status <> 'converted'`).orderBy('l.updated_at', 'DESC').getOne();
    return { contact: null, lead };
  }
}
