import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendTimeline, publishToOutbox } from '@rapport/shared-database';
import { AppError, FieldError } from '@rapport/shared-errors';
import { leadIdentity, LeadSource, LeadStatus } from '@rapport/sales-domain';
import { LeadEntity } from '@rapport/sales-data';
import { LeadRoutingEntity, LeadSubmissionEntity, WebFormEntity } from '@rapport/leads-data';
import { PublicLeadInput } from '../models/public-lead.input';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
/** A lead still being worked takes a repeat inquiry instead of a duplicate lead. */
const OPEN_STATUSES = [LeadStatus.New, LeadStatus.Working, LeadStatus.Nurturing, LeadStatus.Qualified];

export interface SubmissionResult {
  /** The submission's id: a receipt that reveals nothing about existing records. */
  reference: string;
  redirectUrl: string | null;
}

/**
 * Web-to-lead. One transaction stores the submission, the lead (new, or the open lead with the same
 * email) and the outbox row that routes it, so a 2xx always means all three are committed.
 */
@Injectable()
export class IntakeService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async submit(input: PublicLeadInput, clientAddress: string): Promise<SubmissionResult> {
    if (input.website) throw AppError.validation([], 'The submission was rejected.');
    return this.ds.transaction(async (m) => {
      const form = input.formId ? await m.findOneBy(WebFormEntity, { id: input.formId, active: true }) : null;
      if (input.formId && !form) throw AppError.validation([{ path: 'formId', message: 'This form is not available.' }]);
      if (form) checkFormRules(form, input);
      const source = input.source ?? form?.source ?? LeadSource.Web;
      const campaign = input.campaign ?? form?.campaign ?? input.utm_campaign ?? null;
      const identity = leadIdentity({ ...input, lastName: input.lastName ?? input.company ?? '' });
      const { lead, created } = await this.findOrCreateLead(m, input, identity, source, campaign);
      const utm = Object.fromEntries(UTM_KEYS.filter((k) => input[k]).map((k) => [k, input[k] as string]));
      const submission = m.create(LeadSubmissionEntity, {
        formId: form?.id ?? null,
        leadId: lead.id,
        createdLead: created,
        clientHash: createHash('sha256').update(clientAddress).digest('hex'),
        utm,
        consent: input.consent ?? null,
        consentText: form?.consentText ?? null,
        payload: { ...input, website: undefined },
      });
      await m.save(submission);
      await appendTimeline(m, null, {
        subjectType: 'lead',
        subjectId: lead.id,
        eventType: created ? 'lead.submitted' : 'lead.resubmitted',
        payload: { form: form?.name ?? null, source, campaign, utm, message: input.message ?? null },
      });
      if (created) {
        await m.insert(LeadRoutingEntity, { leadId: lead.id, receivedAt: submission.receivedAt });
        await publishToOutbox(m, { queue: 'leads', jobName: 'assign-lead', payload: { leadId: lead.id }, dedupKey: `assign-lead:${lead.id}` });
      } else {
        await publishToOutbox(m, { queue: 'leads', jobName: 'score-lead', payload: { leadId: lead.id }, dedupKey: `score-lead:${submission.id}` });
      }
      return { reference: submission.id, redirectUrl: form?.redirectUrl ?? null };
    });
  }

  private async findOrCreateLead(m: EntityManager, input: PublicLeadInput, identity: ReturnType<typeof leadIdentity>, source: string, campaign: string | null) {
    if (identity.email) {
      // Serialises submissions for the same address, so two at once can't both create a lead.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('lead-email:' || $1))`, [identity.email]);
      const existing = await m
        .createQueryBuilder(LeadEntity, 'l')
        .where('l.email = :email AND l.status IN (:...open) AND l.deleted_at IS NULL', { email: identity.email, open: OPEN_STATUSES })
        .orderBy('l.created_at', 'DESC')
        .getOne();
      if (existing) return { lead: existing, created: false };
    }
    const lead = m.create(LeadEntity, {
      ...identity,
      title: input.title ?? null,
      source: source as LeadSource,
      campaign,
      country: input.country ?? null,
      region: input.region ?? null,
      productInterest: input.productInterest ?? null,
      message: input.message ?? null,
      employees: input.employees ?? null,
      language: input.language ?? null,
      ownerId: null,
      teamId: null,
    } as Partial<LeadEntity>);
    await m.save(lead);
    return { lead, created: true };
  }
}

/** A form's own rules on top of the generic ones: its required fields and its consent checkbox. */
export function checkFormRules(form: Pick<WebFormEntity, 'fields' | 'consentRequired'>, input: PublicLeadInput): void {
  const problems: FieldError[] = [];
  for (const f of form.fields) {
    const v = (input as Record<string, unknown>)[f.key];
    if (f.required && (v === undefined || v === null || v === '')) problems.push({ path: f.key, message: `${f.label} is required` });
  }
  if (form.consentRequired && input.consent !== true) problems.push({ path: 'consent', message: 'Please give your consent to be contacted' });
  if (problems.length) throw AppError.validation(problems);
}
