import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { appendTimeline, writeAudit } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { displayPersonName, LeadStatus, normalizeCompanyName, normalizePersonName } from '@rapport/sales-domain';
import { AccountEntity, ActivityEntity, ContactEntity, LeadEntity, OpportunityEntity, SalesRepository } from '@rapport/sales-data';
import { ConvertLeadInput } from '../models';
import { PipelinesService } from './pipelines.service';

export interface ConversionResult {
  lead: LeadEntity;
  account: AccountEntity;
  contact: ContactEntity;
  opportunity: OpportunityEntity | null;
  accountCreated: boolean;
  contactCreated: boolean;
}

/**
 * Lead → account + contact (+ opportunity) in one transaction. Existing records the rep can see
 * are reused instead of duplicated: the account by its normalised company name, the contact by
 * email. The lead stays, marked converted, pointing at what it became; its activities follow.
 */
@Injectable()
export class LeadConversionService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly pipelines: PipelinesService,
  ) {}

  convert(actor: Actor, input: ConvertLeadInput): Promise<ConversionResult> {
    return this.repo.ds.transaction(async (m) => {
      const lead = await this.repo.leads(actor, 'write', m).andWhere('l.id = :id', { id: input.leadId }).setLock('pessimistic_write').getOne();
      if (!lead) throw AppError.notFound('The lead');
      if (lead.status === LeadStatus.Converted) throw new AppError(ErrorCode.Conflict, 'This lead is already converted.');
      const owner = { ownerId: lead.ownerId ?? actor.userId, teamId: lead.teamId, createdBy: actor.userId };

      const { account, created: accountCreated } = await this.findOrCreateAccount(m, actor, lead, input.accountId, owner);
      const { contact, created: contactCreated } = await this.findOrCreateContact(m, actor, lead, account, input.contactId, owner);
      let opportunity: OpportunityEntity | null = null;
      if (input.createOpportunity) {
        const { pipeline, stage } = await this.pipelines.startingPoint(m);
        opportunity = await m.save(
          m.create(OpportunityEntity, {
            name: input.opportunityName?.trim() || `${account.name} – ${lead.productInterest ?? 'New business'}`,
            accountId: account.id,
            primaryContactId: contact.id,
            pipelineId: pipeline.id,
            stageId: stage.id,
            currency: pipeline.currency,
            campaignId: lead.campaignId,
            ...owner,
          }),
        );
      }

      await m.update(LeadEntity, { id: lead.id }, {
        status: LeadStatus.Converted,
        convertedAt: new Date(),
        convertedAccountId: account.id,
        convertedContactId: contact.id,
        convertedOpportunityId: opportunity?.id ?? null,
      });
      // The lead's history belongs to the customer now: show it on the account and contact too.
      await m.update(ActivityEntity, { leadId: lead.id }, { accountId: account.id, contactId: contact.id });
      await writeAudit(m, actor, {
        entityType: 'lead',
        entityId: lead.id,
        action: 'convert',
        changes: [
          { field: 'status', from: lead.status, to: LeadStatus.Converted },
          { field: 'convertedAccountId', from: null, to: account.id },
          { field: 'convertedContactId', from: null, to: contact.id },
          { field: 'convertedOpportunityId', from: null, to: opportunity?.id ?? null },
        ],
      });
      const payload = { leadId: lead.id, leadName: displayPersonName(lead.firstName, lead.lastName), source: lead.source, accountId: account.id, contactId: contact.id, opportunityId: opportunity?.id ?? null };
      const subjects = [['lead', lead.id], ['account', account.id], ['contact', contact.id], ...(opportunity ? [['opportunity', opportunity.id]] : [])] as const;
      for (const [subjectType, subjectId] of subjects) {
        await appendTimeline(m, actor, { subjectType, subjectId, eventType: 'lead.converted', payload });
      }
      return { lead: await m.findOneByOrFail(LeadEntity, { id: lead.id }), account, contact, opportunity, accountCreated, contactCreated };
    });
  }

  private async findOrCreateAccount(m: EntityManager, actor: Actor, lead: LeadEntity, accountId: string | undefined, owner: object) {
    if (accountId) {
      const chosen = await this.repo.accounts(actor, 'read', m).andWhere('a.id = :id', { id: accountId }).getOne();
      if (!chosen) throw AppError.validation([{ path: 'input.accountId', message: 'This account does not exist.' }]);
      return { account: chosen, created: false };
    }
    const name = lead.company?.trim() || displayPersonName(lead.firstName, lead.lastName);
    const normalized = normalizeCompanyName(name);
    const match = await this.repo.accounts(actor, 'read', m).andWhere('a.name_normalized = :n', { n: normalized }).orderBy('a.created_at').getOne();
    if (match) return { account: match, created: false };
    const account = await m.save(m.create(AccountEntity, { name, nameNormalized: normalized, ...owner }));
    await appendTimeline(m, actor, { subjectType: 'account', subjectId: account.id, eventType: 'record.created', payload: { name, fromLeadId: lead.id } });
    return { account, created: true };
  }

  private async findOrCreateContact(m: EntityManager, actor: Actor, lead: LeadEntity, account: AccountEntity, contactId: string | undefined, owner: object) {
    if (contactId) {
      const chosen = await this.repo.contacts(actor, 'read', m).andWhere('c.id = :id', { id: contactId }).getOne();
      if (!chosen) throw AppError.validation([{ path: 'input.contactId', message: 'This contact does not exist.' }]);
      return { contact: chosen, created: false };
    }
    if (lead.email) {
      const match = await this.repo.contacts(actor, 'read', m).andWhere(':email = ANY(c.emails)', { email: lead.email }).orderBy('c.created_at').getOne();
      if (match) {
        if (!match.accountId) await m.update(ContactEntity, { id: match.id }, { accountId: account.id });
        return { contact: { ...match, accountId: match.accountId ?? account.id }, created: false };
      }
    }
    const contact = await m.save(
      m.create(ContactEntity, {
        accountId: account.id,
        firstName: lead.firstName,
        lastName: lead.lastName,
        nameNormalized: normalizePersonName(lead.firstName, lead.lastName),
        title: lead.title,
        timeZone: lead.timeZone,
        emails: lead.email ? [lead.email] : [],
        phones: lead.phone ? [lead.phone] : [],
        phonesNormalized: lead.phoneNormalized ? [lead.phoneNormalized] : [],
        ...owner,
      }),
    );
    return { contact, created: true };
  }
}
