import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, FieldError } from '@rapport/shared-errors';
import { leadIdentity, LeadSource, LeadStatus } from '@rapport/sales-domain';
import { WebFormEntity } from '@rapport/leads-data';
import { ScoringRule } from '@rapport/leads-domain';
import { PublicLeadInput } from '../models/public-lead.input';
import { ACTIVE_RULES_JSON, ScoringService } from './scoring.service';

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
 * are committed. It is a single statement (data-modifying CTEs) because this endpoint takes bursts:
 * every round trip to PostgreSQL costs the API more CPU than the SQL costs the database.
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly scoring: ScoringService,
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
    };
    // A new lead is stored with its score (its one submission counts as engagement), so lists show
    // it right away; routing rescores it anyway. A repeat inquiry is rescored by its score-lead job.
    const scored = (rules: ScoringRule[]) =>
      this.scoring.scoreNew(rules, { ...fit, product_interest: fit.productInterest, email: identity.email, company: identity.company }, NEW_SUBMISSION).score;
    const params = (rules: ScoringRule[]) => [
      identity.email,
      JSON.stringify({ ...identity, ...fit, score: scored(rules) }),
      OPEN_STATUSES,
      form?.id ?? null,
      createHash('sha256').update(clientAddress).digest('hex'),
      JSON.stringify(utm),
      input.consent ?? null,
      form?.consentText ?? null,
      JSON.stringify({ ...input, website: undefined }),
      JSON.stringify({ form: form?.name ?? null, source, campaign, utm, message: input.message ?? null }),
    ];
    const run = async (m: EntityManager, rules: ScoringRule[]) => ((await m.query(SUBMIT_SQL, params(rules))) as { id: string }[])[0];
    // Without an email there is nobody to match, so the statement alone is the transaction.
    const submission = identity.email
      ? await this.ds.transaction(async (m) => {
          // Serialises submissions for the same address, so two at once can't both create a lead.
          // A statement of its own: the next one then reads a snapshot taken after the lock. The
          // scoring rules come with it, so the score costs no round trip of its own.
          const [{ rules }] = await m.query(`SELECT pg_advisory_xact_lock(hashtext('lead-email:' || $1)), ${ACTIVE_RULES_JSON} AS rules`, [identity.email]);
          return run(m, rules);
        })
      : await run(this.ds.manager, await this.scoring.activeRules());
    return { reference: submission.id, redirectUrl: form?.redirectUrl ?? null };
  }
}

/**
 * A lead still being worked takes a repeat inquiry (and a `score-lead` job) instead of a duplicate
 * lead; a new lead gets its routing row and its `assign-lead` job. Column values are those of
 * LeadEntity/LeadSubmissionEntity; the rest take the tables' defaults.
 */
const SUBMIT_SQL = `
WITH existing AS (
  SELECT id FROM lead
   WHERE $1::text IS NOT NULL AND email = $1 AND status = ANY($3::text[]) AND deleted_at IS NULL
   ORDER BY created_at DESC
   LIMIT 1
), created AS (
  INSERT INTO lead (first_name, last_name, name_normalized, company, company_normalized, email, phone, phone_normalized, title,
                    source, campaign, country, region, product_interest, message, employees, language, score, owner_id, team_id)
  SELECT v."firstName", v."lastName", v."nameNormalized", v.company, v."companyNormalized", v.email, v.phone, v."phoneNormalized", v.title,
         v.source, v.campaign, v.country, v.region, v."productInterest", v.message, v.employees, v.language, v.score, NULL, NULL
    FROM jsonb_to_record($2::jsonb) AS v("firstName" text, "lastName" text, "nameNormalized" text, company text, "companyNormalized" text,
         email text, phone text, "phoneNormalized" text, title text, source text, campaign text, country text, region text,
         "productInterest" text, message text, employees int, language text, score int)
   WHERE NOT EXISTS (SELECT 1 FROM existing)
  RETURNING id
), target AS (
  SELECT id, false AS created FROM existing
  UNION ALL
  SELECT id, true FROM created
), submission AS (
  INSERT INTO lead_submission (form_id, lead_id, created_lead, client_hash, utm, consent, consent_text, payload)
  SELECT $4::uuid, t.id, t.created, $5, $6::jsonb, $7::boolean, $8, $9::jsonb FROM target t
  RETURNING id, lead_id, created_lead, received_at
), timeline AS (
  INSERT INTO timeline_event (subject_type, subject_id, event_type, payload)
  SELECT 'lead', s.lead_id, CASE WHEN s.created_lead THEN 'lead.submitted' ELSE 'lead.resubmitted' END, $10::jsonb FROM submission s
), routing AS (
  INSERT INTO lead_routing (lead_id, received_at) SELECT s.lead_id, s.received_at FROM submission s WHERE s.created_lead
), handoff AS (
  INSERT INTO outbox (queue, job_name, payload, dedup_key)
  SELECT 'leads', CASE WHEN s.created_lead THEN 'assign-lead' ELSE 'score-lead' END, jsonb_build_object('leadId', s.lead_id),
         CASE WHEN s.created_lead THEN 'assign-lead:' || s.lead_id ELSE 'score-lead:' || s.id END
    FROM submission s
  ON CONFLICT DO NOTHING
)
SELECT id FROM submission`;

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
