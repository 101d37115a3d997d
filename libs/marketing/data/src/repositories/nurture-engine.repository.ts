import { releaseSessionLock, trySessionLock } from './session-lock';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ContactPolicy } from '@rapport/marketing-domain';
import { decidedSql } from './mailing-decision.sql';
import { AUDIENCE_SQL } from './mailing-send.repository';

/**
 * The nurture engine's statements (docs/adr/0017): set-based, one per step kind over every active
 * nurture, each moving an enrolment only from the position it is at and only when it is due, in
 * the same statement (or transaction) as the step's effect. A statement that ran, ran whole; one
 * that did not, left the enrolment where it was: a repeated or crashed run neither skips nor
 * repeats a step.
 */

/** Enrolments due at a step of `kind` of an active nurture, as `e` with their step `st`, nurture `n` and any `joins`. */
const dueAt = (kind: string, joins = '') => `
  nurture_enrolment e
  JOIN nurture n ON n.id = e.nurture_id AND n.status = 'active'
  JOIN nurture_step st ON st.nurture_id = e.nurture_id AND st.position = e.position AND st.kind = '${kind}'
  ${joins}
  WHERE e.status = 'active' AND e.due_at <= now()`;

/** Where a step that is not a branch goes next. */
const NEXT = `coalesce((st.config->>'next')::int, st.position + 1)`;

/** The account a person buys through: a contact's, or the account a lead was converted into. */
const PERSON_ACCOUNT = `coalesce((SELECT c.account_id FROM contact c WHERE c.id = e.contact_id), (SELECT l.converted_account_id FROM lead l WHERE l.id = e.lead_id))`;

/** A send step as the decision SQL (mailing-decision.sql.ts) sees it: the mailing's values are columns of `a`. */
const SEND_DECIDED = decidedSql('false', {
  mailing: 'a.mailing_id',
  type: 'a.subscription_type_id',
  contentKey: 'a.content_key',
  capMax: '$1',
  windowDays: '$2',
  sameOnce: '$3',
  resend: 'a.resend_allowed',
  rules: '$4',
});

/** Most enrolments one statement moves through a send step; the next pass takes the rest. */
const SEND_BATCH = 5_000;

export interface OwnerNotice {
  enrolmentId: string;
  position: number;
  nurtureId: string;
  nurtureName: string;
  address: string;
  contactId: string | null;
  leadId: string | null;
  ownerId: string | null;
  message: string | null;
}

@Injectable()
export class NurtureEngineRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /** One engine run at a time: a session advisory lock, dropped by PostgreSQL if the worker dies. Null when another run holds it. */
  acquireRun(): Promise<QueryRunner | null> {
    return trySessionLock(this.ds, 'advance-nurtures');
  }

  releaseRun(runner: QueryRunner): Promise<void> {
    return releaseSessionLock(runner, 'advance-nurtures');
  }

  async now(): Promise<Date> {
    const [row] = await this.ds.query(`SELECT now() AS now`);
    return new Date(row.now);
  }

  /** Active nurtures' sources, to enrol their new members. */
  async activeSources(): Promise<{ id: string; campaignId: string; statuses: string[]; segmentId: string | null }[]> {
    return this.ds.query(`SELECT id, source_campaign_id AS "campaignId", source_member_statuses AS statuses, source_segment_id AS "segmentId" FROM nurture WHERE status = 'active' ORDER BY id`);
  }

  /**
   * Enrols the source's members who are not enrolled yet, at their primary address (the same
   * resolution as a mailing's audience), due now. A source segment's members join as they enter
   * it, minus the holdout of an active strategy on it (the audience's exclusions).
   */
  async enrol(nurtureId: string, campaignId: string, statuses: string[], segmentId: string | null = null): Promise<number> {
    const [row] = await this.ds.query(
      `WITH ${AUDIENCE_SQL},
       inserted AS (
         INSERT INTO nurture_enrolment (nurture_id, address, contact_id, lead_id, locale, position, due_at)
         SELECT $5, address, contact_id, lead_id, coalesce(locale, 'en'), 0, now() FROM addressed a
          WHERE NOT EXISTS (SELECT 1 FROM excluded x WHERE x.address = a.address)
         ON CONFLICT (nurture_id, address) DO NOTHING RETURNING 1)
       SELECT count(*) AS n FROM inserted`,
      [campaignId, statuses, segmentId ? [segmentId] : [], [], nurtureId],
    );
    return Number(row.n);
  }

  /**
   * Stops enrolments whose person replied to any of the nurture's messages or became a customer
   * (their account has a won opportunity), by the nurture's stop rules. Sends of theirs still
   * queued are skipped as cancelled.
   */
  async stop(): Promise<number> {
    const [row] = await this.ds.query(
      `WITH judged AS (
         SELECT e.id, CASE
           WHEN n.stop_on_reply AND EXISTS (
             SELECT 1 FROM nurture_step r JOIN mailing_send ms ON ms.mailing_id = r.mailing_id AND ms.address = e.address
               JOIN mailing_event ev ON ev.send_id = ms.id AND ev.kind = 'reply'
              WHERE r.nurture_id = e.nurture_id AND r.kind = 'send') THEN 'replied'
           WHEN n.stop_when_customer AND EXISTS (
             SELECT 1 FROM opportunity o JOIN stage sg ON sg.id = o.stage_id AND sg.is_won
              WHERE o.deleted_at IS NULL AND o.account_id = ${PERSON_ACCOUNT}) THEN 'customer'
           END AS reason
           FROM nurture_enrolment e JOIN nurture n ON n.id = e.nurture_id AND n.status = 'active'
          WHERE e.status = 'active'
       ),
       stopped AS (
         UPDATE nurture_enrolment e SET status = 'stopped', stop_reason = j.reason, due_at = NULL, updated_at = now()
           FROM judged j WHERE e.id = j.id AND j.reason IS NOT NULL AND e.status = 'active'
         RETURNING e.nurture_id, e.address
       ),
       cancelled AS (
         UPDATE mailing_send ms SET status = 'skipped', skip_reason = 'cancelled', not_before = NULL
           FROM stopped x JOIN nurture_step st ON st.nurture_id = x.nurture_id AND st.kind = 'send'
          WHERE ms.mailing_id = st.mailing_id AND ms.address = x.address AND ms.status = 'queued'
         RETURNING 1
       )
       SELECT count(*) AS n FROM stopped`,
    );
    return Number(row.n);
  }

  /** Wait steps: on to the next position, due when the wait ends (computed per step by the caller, `waitEnds`). */
  async wait(ends: { stepId: string; at: Date }[]): Promise<number> {
    if (!ends.length) return 0;
    const [, n] = await this.ds.query(
      `UPDATE nurture_enrolment e SET position = ${NEXT}, due_at = w.at, updated_at = now()
         FROM nurture n, nurture_step st, jsonb_to_recordset($1::jsonb) AS w(step_id uuid, at timestamptz)
        WHERE n.id = e.nurture_id AND n.status = 'active' AND st.nurture_id = e.nurture_id AND st.position = e.position AND st.kind = 'wait'
          AND w.step_id = st.id AND e.status = 'active' AND e.due_at <= now()`,
      [JSON.stringify(ends.map((w) => ({ step_id: w.stepId, at: w.at.toISOString() })))],
    );
    return Number(n ?? 0);
  }

  /** Active wait steps, for the caller to compute when each ends. */
  async waitSteps(): Promise<{ id: string; config: Record<string, number> }[]> {
    return this.ds.query(`SELECT st.id, st.config FROM nurture_step st JOIN nurture n ON n.id = st.nurture_id AND n.status = 'active' WHERE st.kind = 'wait'`);
  }

  /**
   * Branch steps: then-step when the person opened (or clicked; a click is an open whose pixel was
   * blocked) the message of the step's send step within the time allowed, not counting machine
   * events; else-step once that time has passed, or at once when the message was never sent
   * (skipped, failed, or a step the person did not pass). Undecided enrolments wait where they are.
   */
  async branch(): Promise<number> {
    const [, n] = await this.ds.query(
      `WITH judged AS (
         SELECT e.id, (st.config->>'thenStep')::int AS then_step, (st.config->>'elseStep')::int AS else_step,
                ms.status AS send_status, ms.sent_at + make_interval(hours => (st.config->>'withinHours')::int) AS deadline,
                EXISTS (SELECT 1 FROM mailing_event ev WHERE ev.send_id = ms.id AND NOT ev.machine
                           AND ev.kind = ANY(CASE st.config->>'on' WHEN 'clicked' THEN ARRAY['click'] ELSE ARRAY['open', 'click'] END)
                           AND ev.occurred_at <= ms.sent_at + make_interval(hours => (st.config->>'withinHours')::int)) AS hit
           FROM ${dueAt(
             'branch',
             `LEFT JOIN nurture_step ref ON ref.nurture_id = e.nurture_id AND ref.position = (st.config->>'sendStep')::int
              LEFT JOIN mailing_send ms ON ms.mailing_id = ref.mailing_id AND ms.address = e.address`,
           )}
       )
       UPDATE nurture_enrolment e SET position = CASE WHEN j.hit THEN j.then_step ELSE j.else_step END, due_at = now(), updated_at = now()
         FROM judged j
        WHERE e.id = j.id AND e.status = 'active'
          AND (j.hit OR j.send_status IS NULL OR j.send_status IN ('skipped', 'failed') OR (j.send_status = 'sent' AND j.deadline <= now()))`,
    );
    return Number(n ?? 0);
  }

  /** Active set-member-status steps with their campaign's type, for the caller to decide whether the status is a response. */
  async memberStatusSteps(): Promise<{ id: string; campaignType: string; status: string }[]> {
    return this.ds.query(
      `SELECT st.id, c.type AS "campaignType", st.config->>'status' AS status
         FROM nurture_step st JOIN nurture n ON n.id = st.nurture_id AND n.status = 'active'
         JOIN campaign c ON c.id = (st.config->>'campaignId')::uuid
        WHERE st.kind = 'set_member_status'`,
    );
  }

  /**
   * Set-member-status steps: the person joins the step's campaign with the status, or a member
   * gets it; a status that counts as a response stamps the first response's time once.
   */
  async setMemberStatus(steps: { stepId: string; responded: boolean }[]): Promise<number> {
    if (!steps.length) return 0;
    const upsert = (column: 'contact_id' | 'lead_id') => `
      INSERT INTO campaign_member AS cm (campaign_id, ${column}, status, responded_at)
      SELECT DISTINCT ON (campaign_id, ${column}) campaign_id, ${column}, status, CASE WHEN responded THEN now() END FROM moved WHERE ${column} IS NOT NULL
      ON CONFLICT (campaign_id, ${column}) WHERE ${column} IS NOT NULL
      DO UPDATE SET status = EXCLUDED.status, responded_at = coalesce(cm.responded_at, EXCLUDED.responded_at), updated_at = now()
      RETURNING 1`;
    const [row] = await this.ds.query(
      `WITH s AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(step_id uuid, responded boolean)),
       moved AS (
         UPDATE nurture_enrolment e SET position = ${NEXT}, due_at = now(), updated_at = now()
           FROM nurture n, nurture_step st, s
          WHERE n.id = e.nurture_id AND n.status = 'active' AND st.nurture_id = e.nurture_id AND st.position = e.position AND st.kind = 'set_member_status'
            AND s.step_id = st.id AND e.status = 'active' AND e.due_at <= now()
         RETURNING e.contact_id, e.lead_id, (st.config->>'campaignId')::uuid AS campaign_id, st.config->>'status' AS status, s.responded
       ),
       contacts AS (${upsert('contact_id')}),
       leads AS (${upsert('lead_id')})
       SELECT count(*) AS n FROM moved`,
      [JSON.stringify(steps.map((s) => ({ step_id: s.stepId, responded: s.responded })))],
    );
    return Number(row.n);
  }

  /**
   * Notify-owner steps: moves the due enrolments on and returns who to tell, in the caller's
   * transaction, so the notices are written with the move or not at all.
   */
  async moveNotifyOwner(m: EntityManager): Promise<OwnerNotice[]> {
    const [rows]: [OwnerNotice[]] = await m.query(
      `UPDATE nurture_enrolment e SET position = ${NEXT}, due_at = now(), updated_at = now()
         FROM nurture n, nurture_step st
        WHERE n.id = e.nurture_id AND n.status = 'active' AND st.nurture_id = e.nurture_id AND st.position = e.position AND st.kind = 'notify_owner'
          AND e.status = 'active' AND e.due_at <= now()
       RETURNING e.id AS "enrolmentId", st.position, n.id AS "nurtureId", n.name AS "nurtureName", e.address, e.contact_id AS "contactId", e.lead_id AS "leadId",
                 coalesce((SELECT c.owner_id FROM contact c WHERE c.id = e.contact_id), (SELECT l.owner_id FROM lead l WHERE l.id = e.lead_id), n.owner_id) AS "ownerId",
                 st.config->>'message' AS message`,
    );
    return rows;
  }

  /**
   * Send steps: each due enrolment becomes a `mailing_send` row of the step's mailing, `queued` or
   * `skipped` with its reason by the same decision as every mailing (consent, suppression, the
   * frequency cap, the same-content rule), and moves on in the same statement. The pump claims
   * the queued rows and re-checks them under the address lock (ADR 0016 §3). Returns how many
   * moved, and the mailings that got queued rows (they need a pump).
   */
  async send(policy: ContactPolicy): Promise<{ moved: number; mailingIds: string[] }> {
    const [row] = await this.ds.query(
      `WITH due AS (
         SELECT e.id AS enrolment_id, e.address, e.contact_id, e.lead_id, e.locale, ${NEXT} AS next,
                st.mailing_id, ml.subscription_type_id, ml.resend_allowed, v.content_key
           FROM ${dueAt('send', 'JOIN mailing ml ON ml.id = st.mailing_id JOIN email_template_version v ON v.id = ml.template_version_id')}
          ORDER BY e.id LIMIT ${SEND_BATCH}
          FOR UPDATE OF e SKIP LOCKED
       ),
       addressed AS (SELECT * FROM due),
       ${SEND_DECIDED},
       inserted AS (
         INSERT INTO mailing_send (mailing_id, address, contact_id, lead_id, locale, status, skip_reason, content_key)
         SELECT mailing_id, address, contact_id, lead_id, locale, CASE WHEN reason IS NULL THEN 'queued' ELSE 'skipped' END, reason, content_key FROM decided
         ON CONFLICT (mailing_id, address) DO NOTHING
         RETURNING mailing_id, status
       ),
       moved AS (
         UPDATE nurture_enrolment e SET position = d.next, due_at = now(), updated_at = now() FROM due d WHERE e.id = d.enrolment_id RETURNING 1
       )
       SELECT (SELECT count(*) FROM moved) AS moved, ARRAY(SELECT DISTINCT mailing_id::text FROM inserted WHERE status = 'queued') AS mailings`,
      [policy.frequencyCap?.maxMessages ?? null, policy.frequencyCap?.windowDays ?? null, policy.sameContentOnce, policy.rules],
    );
    return { moved: Number(row.moved), mailingIds: row.mailings ?? [] };
  }

  /** Enrolments past their nurture's last step are done. */
  async complete(): Promise<number> {
    const [, n] = await this.ds.query(
      `UPDATE nurture_enrolment e SET status = 'completed', due_at = NULL, updated_at = now()
         FROM nurture n WHERE n.id = e.nurture_id AND n.status = 'active' AND e.status = 'active' AND e.position >= n.step_count`,
    );
    return Number(n ?? 0);
  }
}
