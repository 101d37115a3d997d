import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RoutingExplanation, ScoringRule } from '@rapport/leads-domain';
import { LeadWriter } from './lead-writer';
import { ACTIVE_RULES_JSON } from './scoring.repository';

/** One web-to-lead submission, as the intake statement stores it. */
export interface WebSubmission {
  /** The normalised email; an open lead with it takes the inquiry instead of a new lead. */
  email: string | null;
  /** The new lead's values, keyed by column in camelCase (see LeadWriter.insertOneSql). */
  lead: Record<string, unknown>;
  /** The statuses of a lead still being worked. */
  openStatuses: readonly string[];
  formId: string | null;
  /** The client address, hashed. */
  clientHash: string;
  utm: Record<string, string>;
  consent: boolean | null;
  consentText: string | null;
  /** The submission as received. */
  payload: unknown;
  /** The tracking script's visitor id the form carried, if any (issue 16). */
  visitorId: string | null;
  /** The payload of the lead's `lead.submitted` / `lead.resubmitted` timeline event. */
  timeline: unknown;
}

/** A lead's routing row with its SLA due time, as `Lead.intake` shows it. */
export interface LeadIntakeRow {
  lead_id: string;
  received_at: Date;
  routed_at: Date | null;
  rule_id: string | null;
  explanation_text: string | null;
  explanation: RoutingExplanation | null;
  priority: string;
  sla_minutes: number | null;
  sla_due_at: Date | null;
  first_response_at: Date | null;
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
  ${LeadWriter.insertOneSql('$2', 'NOT EXISTS (SELECT 1 FROM existing)')}
), target AS (
  SELECT id, false AS created FROM existing
  UNION ALL
  SELECT id, true FROM created
), submission AS (
  INSERT INTO lead_submission (form_id, lead_id, created_lead, client_hash, utm, consent, consent_text, payload, visitor_id)
  SELECT $4::uuid, t.id, t.created, $5, $6::jsonb, $7::boolean, $8, $9::jsonb, $11::uuid FROM target t
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

/**
 * The SQL of web-to-lead and of each lead's intake facts. The submission is one statement
 * (data-modifying CTEs: the lead through LeadWriter's single-row insert, the submission, the
 * timeline event, the routing row and the outbox row) because this endpoint takes bursts: every
 * round trip to PostgreSQL costs the API more CPU than the SQL costs the database.
 */
@Injectable()
export class IntakeRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Serialises submissions for the same address until the transaction ends, so two at once can't
   * both create a lead, and reads the active scoring rules in the same round trip. A statement of
   * its own: the next one then reads a snapshot taken after the lock.
   */
  async lockEmailReadingRules(m: EntityManager, email: string): Promise<ScoringRule[]> {
    const [{ rules }] = await m.query(`SELECT pg_advisory_xact_lock(hashtext('lead-email:' || $1)), ${ACTIVE_RULES_JSON} AS rules`, [email]);
    return rules;
  }

  /** Stores the submission (see SUBMIT_SQL); returns its id. */
  async submit(m: EntityManager, s: WebSubmission): Promise<{ id: string }> {
    const rows: { id: string }[] = await m.query(SUBMIT_SQL, [
      s.email,
      JSON.stringify(s.lead),
      s.openStatuses,
      s.formId,
      s.clientHash,
      JSON.stringify(s.utm),
      s.consent,
      s.consentText,
      JSON.stringify(s.payload),
      JSON.stringify(s.timeline),
      s.visitorId,
    ]);
    return rows[0];
  }

  /**
   * The routing rows (and SLA due times) of `leadIds`, for leads the caller may already read: the
   * resolver asks only for leads it returned through the sales scope.
   */
  intakeFacts(leadIds: readonly string[]): Promise<LeadIntakeRow[]> {
    return this.ds.query(
      `SELECT r.lead_id, r.received_at, r.routed_at, r.rule_id, r.explanation_text, r.explanation, r.priority, r.sla_minutes, l.sla_due_at, r.first_response_at
         FROM lead_routing r JOIN lead l ON l.id = r.lead_id WHERE r.lead_id = ANY($1::uuid[])`,
      [leadIds],
    );
  }
}
