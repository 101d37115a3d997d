import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateHooks } from '@rapport/shared-api';
import { AppError, FieldError } from '@rapport/shared-errors';
import { leadIdentity, LeadSource, LeadStatus } from '@rapport/sales-domain';
import { IntakeRepository, WebFormEntity } from '@rapport/leads-data';
import { ScoringRule } from '@rapport/leads-domain';
import { PublicLeadInput } from '../models/public-lead.input';
import { ScoringService } from './scoring.service';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
/** A lead still being worked takes a repeat inquiry instead of a duplicate lead. */
const OPEN_STATUSES = [LeadStatus.New, LeadStatus.Working, LeadStatus.Nurturing, LeadStatus.Qualified];
/** A lead created by a submission has that one submission and nothing else yet (what routing's rescore will count). */
const NEW_SUBMISSION = { submissions: 1, activities: 0, calls: 0, meetings: 0, emails: 0 };

export interface SubmissionResult {
  /** The submission's id: a receipt that reveals nothing about existing records. */
  reference: string;
  redirectUrl: string | null;
}

/**
 * Web-to-lead. One statement stores the submission, the lead (new, or the open lead with the same
 * email), its timeline event and the outbox row that routes it, so a 2xx always means all of them
 * are committed (IntakeRepository.submit: one statement, because this endpoint takes bursts).
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scoring: ScoringService,
    private readonly repo: IntakeRepository,
    private readonly createHooks: CreateHooks,
  ) {}

  async submit(input: PublicLeadInput, clientAddress: string): Promise<SubmissionResult> {
    if (input.website) throw AppError.validation([], 'The submission was rejected.');
    const form = input.formId ? await this.ds.manager.findOneBy(WebFormEntity, { id: input.formId, active: true }) : null;
    if (input.formId && !form) throw AppError.validation([{ path: 'formId', message: 'This form is not available.' }]);
    if (form) checkFormRules(form, input);
    const source = input.source ?? form?.source ?? LeadSource.Web;
    const campaign = input.campaign ?? form?.campaign ?? input.utm_campaign ?? null;
    const identity = leadIdentity({ ...input, lastName: input.lastName ?? input.company ?? '' });
    const utm = Object.fromEntries(UTM_KEYS.filter((k) => input[k]).map((k) => [k, input[k] as string]));
    const fit = {
      title: input.title ?? null,
      source,
      campaign,
      country: input.country ?? null,
      region: input.region ?? null,
      productInterest: input.productInterest ?? null,
      message: input.message ?? null,
      employees: input.employees ?? null,
      language: input.language ?? null,
      timeZone: input.timeZone ?? null,
    };
    // A new lead is stored with its score (its one submission counts as engagement), so lists show
    // it right away; routing rescores it anyway. A repeat inquiry is rescored by its score-lead job.
    const scored = (rules: ScoringRule[]) =>
      this.scoring.scoreNew(rules, { ...fit, product_interest: fit.productInterest, email: identity.email, company: identity.company }, NEW_SUBMISSION).score;
    const run = (m: EntityManager, rules: ScoringRule[]) =>
      this.repo.submit(m, {
        email: identity.email,
        lead: { ...identity, ...fit, score: scored(rules) },
        openStatuses: OPEN_STATUSES,
        formId: form?.id ?? null,
        clientHash: createHash('sha256').update(clientAddress).digest('hex'),
        utm,
        consent: input.consent ?? null,
        consentText: form?.consentText ?? null,
        payload: { ...input, website: undefined, visitorId: undefined },
        timeline: { form: form?.name ?? null, source, campaign, utm, message: input.message ?? null },
        visitorId: input.visitorId?.toLowerCase() ?? null,
      });
    // A submission from a tracked browser makes its visitor known as the lead (marketing's hook,
    // issue 16), in the same transaction: the 2xx means the link is stored too.
    const stored = async (m: EntityManager, rules: ScoringRule[]) => {
      const submission = await run(m, rules);
      if (input.visitorId) await this.createHooks.run(m, 'lead_submission', [submission.id]);
      return submission;
    };
    // Without an email there is nobody to match, so the statement alone is the transaction (unless a visitor is linked too).
    const email = identity.email;
    const submission = email
      ? await this.ds.transaction(async (m) => {
          // Two submissions for the same address at once can't both create a lead; the scoring
          // rules come with the lock, so the score costs no round trip of its own.
          return stored(m, await this.repo.lockEmailReadingRules(m, email));
        })
      : input.visitorId
        ? await this.ds.transaction(async (m) => stored(m, await this.scoring.activeRules(m)))
        : await run(this.ds.manager, await this.scoring.activeRules());
    return { reference: submission.id, redirectUrl: form?.redirectUrl ?? null };
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
