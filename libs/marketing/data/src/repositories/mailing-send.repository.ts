import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ContactPolicy, MailingAudience, MailingSkipReason, SendStatus } from '@rapport/marketing-domain';
import { decidedSql } from './mailing-decision.sql';
import { inQuietHoursSql, nextLocalHourSql } from './local-hour.sql';

/** One recipient handed to the sender, with what its template needs. */
export interface ClaimedSend {
  id: string;
  address: string;
  locale: string;
  attempts: number;
  contactId: string | null;
  leadId: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
}

/** What a mailing needs to decide for its recipients. */
export interface MailingForSending {
  id: string;
  campaignId: string;
  subscriptionTypeId: string;
  audience: MailingAudience;
  resendAllowed: boolean;
  /** Deliver at this hour of each recipient's day, in their time zone (else the policy's); null = now. */
  localHour: number | null;
}

/**
 * The audience as (address, contact, lead, locale): the mailing's campaign members with the chosen
 * statuses, every member of the lists and the current members of the segments, each person at their
 * primary address, one row per normalised address (a contact wins over a lead, then the oldest
 * record), so overlapping audiences give one message. Parameters: $1 campaign, $2 statuses, $3 list
 * and segment ids, $4 excluded list and segment ids (campaign and segment ids are both uuids and
 * never collide, so one array carries both). People held out by an active strategy on a segment
 * the mailing targets are excluded (issue 17, docs/adr/0020). The nurture engine enrols people
 * through the same CTEs (docs/adr/0017).
 */
export const AUDIENCE_SQL = `
  people AS (
    SELECT cm.contact_id, cm.lead_id FROM campaign_member cm
    WHERE (cm.campaign_id = $1 AND cm.status = ANY($2::text[])) OR cm.campaign_id = ANY($3::uuid[])
    UNION ALL
    SELECT sm.contact_id, NULL::uuid FROM segment_membership sm WHERE sm.segment_id = ANY($3::uuid[]) AND sm.left_at IS NULL
  ),
  addressed AS (
    SELECT DISTINCT ON (address) address, contact_id, lead_id, locale FROM (
      SELECT lower(btrim(c.emails[1])) AS address, c.id AS contact_id, NULL::uuid AS lead_id, c.locale, 0 AS pref
        FROM people p JOIN contact c ON c.id = p.contact_id AND c.deleted_at IS NULL
       WHERE cardinality(c.emails) > 0 AND btrim(c.emails[1]) <> ''
      UNION ALL
      SELECT lower(btrim(l.email)), NULL, l.id, 'en', 1
        FROM people p JOIN lead l ON l.id = p.lead_id AND l.deleted_at IS NULL
       WHERE l.email IS NOT NULL AND btrim(l.email) <> ''
    ) x ORDER BY address, pref, contact_id, lead_id
  ),
  -- Every address of an excluded person, not only the primary one: "not these people" means all of them.
  excluded AS (
    SELECT lower(btrim(e)) AS address FROM campaign_member cm JOIN contact c ON c.id = cm.contact_id, unnest(c.emails) e WHERE cm.campaign_id = ANY($4::uuid[])
    UNION
    SELECT lower(btrim(l.email)) FROM campaign_member cm JOIN lead l ON l.id = cm.lead_id WHERE cm.campaign_id = ANY($4::uuid[]) AND l.email IS NOT NULL
    UNION
    SELECT lower(btrim(e)) FROM segment_membership sm JOIN contact c ON c.id = sm.contact_id, unnest(c.emails) e WHERE sm.segment_id = ANY($4::uuid[]) AND sm.left_at IS NULL
    UNION
    SELECT lower(btrim(e)) FROM segment_strategy ss JOIN strategy_assignment sa ON sa.strategy_id = ss.id AND sa.holdout JOIN contact c ON c.id = sa.contact_id, unnest(c.emails) e
     WHERE ss.status = 'active' AND ss.segment_id = ANY($3::uuid[])
  )`;

/** Preparing: the audience's parameters are $1–$4, the decision's $5–$11. */
const PREPARE_DECIDED = decidedSql('EXISTS (SELECT 1 FROM excluded x WHERE x.address = a.address)', {
  mailing: '$5', type: '$6', contentKey: '$7', capMax: '$8', windowDays: '$9', sameOnce: '$10', resend: '$11', rules: '$12',
});

/** Claiming: exclusion was settled when preparing; $1 is the rows, the decision's $2–$8. */
const CLAIM_DECIDED = decidedSql('false', { mailing: '$2', type: '$3', contentKey: '$4', capMax: '$5', windowDays: '$6', sameOnce: '$7', resend: '$8', rules: '$9' });

const policyParams = (mailing: MailingForSending, contentKey: string, policy: ContactPolicy) => [
  mailing.id,
  mailing.subscriptionTypeId,
  contentKey,
  policy.frequencyCap?.maxMessages ?? null,
  policy.frequencyCap?.windowDays ?? null,
  policy.sameContentOnce,
  mailing.resendAllowed,
  policy.rules,
];

const prepareParams = (mailing: MailingForSending, contentKey: string, policy: ContactPolicy) => [
  mailing.campaignId,
  mailing.audience.campaignMemberStatuses,
  [...mailing.audience.listIds, ...(mailing.audience.segmentIds ?? [])],
  [...mailing.audience.excludeListIds, ...(mailing.audience.excludeSegmentIds ?? [])],
  ...policyParams(mailing, contentKey, policy),
];

@Injectable()
export class MailingSendRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  /** The audience as it would be prepared now, counted by outcome (null reason = would be sent). */
  async preview(mailing: MailingForSending, contentKey: string, policy: ContactPolicy): Promise<{ reason: MailingSkipReason | null; count: number }[]> {
    const rows: { reason: MailingSkipReason | null; count: string }[] = await this.ds.query(`WITH ${AUDIENCE_SQL}, ${PREPARE_DECIDED} SELECT reason, count(*) AS count FROM decided GROUP BY reason`, prepareParams(mailing, contentKey, policy));
    return rows.map((r) => ({ reason: r.reason, count: Number(r.count) }));
  }

  /**
   * Writes one row per recipient (ADR 0016 §1), in the caller's transaction. Idempotent: a row a
   * previous attempt wrote stays as it was.
   */
  async prepare(m: EntityManager, mailing: MailingForSending, contentKey: string, policy: ContactPolicy): Promise<number> {
    // Each row keeps its recipient's time zone: the contact's (or lead's) if PostgreSQL knows it, else null (the
    // policy's, at claim time). With a local hour ($13), it is due at that hour of the recipient's
    // day, in their zone or the policy's ($14).
    const [row] = await m.query(
      `WITH ${AUDIENCE_SQL}, ${PREPARE_DECIDED},
       zoned AS (
         SELECT d.*, z.name AS zone
           FROM decided d
           LEFT JOIN contact c ON c.id = d.contact_id
           LEFT JOIN lead l ON l.id = d.lead_id
           LEFT JOIN (SELECT name FROM pg_timezone_names) z ON z.name = coalesce(c.time_zone, l.time_zone)
       ),
       inserted AS (
         INSERT INTO mailing_send (mailing_id, address, contact_id, lead_id, locale, status, skip_reason, content_key, time_zone, not_before)
         SELECT $5, address, contact_id, lead_id, locale, CASE WHEN reason IS NULL THEN 'queued' ELSE 'skipped' END, reason, $7, zone,
                CASE WHEN $13::int IS NULL OR reason IS NOT NULL THEN NULL ELSE ${nextLocalHourSql('coalesce(zone, $14)', '$13::int')} END
           FROM zoned
         ON CONFLICT (mailing_id, address) DO NOTHING
         RETURNING 1)
       SELECT count(*) AS n FROM inserted`,
      [...prepareParams(mailing, contentKey, policy), mailing.localHour, policy.timeZone],
    );
    return Number(row.n);
  }

  /**
   * Claims up to `limit` due recipients for sending (ADR 0016 §3): locks the rows, then each
   * address (sorted, so two mailings claiming overlapping addresses never deadlock), re-checks
   * consent and the policy against what other mailings sent or are sending, and marks each row
   * `sending` or `skipped`. Returns the ones to send, with their personalisation.
   */
  async claim(mailing: MailingForSending, contentKey: string, policy: ContactPolicy, limit: number): Promise<ClaimedSend[]> {
    return this.ds.transaction(async (m) => {
      // Due, and not within the quiet hours of the recipient's own time zone (else the policy's).
      const picked: { id: string; address: string }[] = await m.query(
        `SELECT id, address FROM mailing_send
          WHERE mailing_id = $1 AND status = 'queued' AND (not_before IS NULL OR not_before <= now())
            AND NOT ${inQuietHoursSql('coalesce(time_zone, $3)', '$4', '$5')}
          ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [mailing.id, limit, policy.timeZone, policy.quietHours?.startHour ?? null, policy.quietHours?.endHour ?? null],
      );
      if (!picked.length) return [];
      const addresses = [...new Set(picked.map((p) => p.address))].sort();
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('mailing-address:' || a, 0)) FROM unnest($1::text[]) WITH ORDINALITY u(a, n) ORDER BY n`, [addresses]);
      const updated: (ClaimedSend & { status: SendStatus })[] = await m.query(
        `WITH addressed AS (SELECT s.id, s.address, s.contact_id FROM mailing_send s WHERE s.id = ANY($1::bigint[])),
              ${CLAIM_DECIDED}
         UPDATE mailing_send s
            SET status = CASE WHEN d.reason IS NULL THEN 'sending' ELSE 'skipped' END,
                skip_reason = d.reason,
                claimed_at = CASE WHEN d.reason IS NULL THEN now() END,
                attempts = s.attempts + CASE WHEN d.reason IS NULL THEN 1 ELSE 0 END
           FROM decided d
          WHERE s.id = d.id
         RETURNING s.id, s.address, s.locale, s.attempts, s.status, s.contact_id AS "contactId", s.lead_id AS "leadId"`,
        [picked.map((p) => p.id), ...policyParams(mailing, contentKey, policy)],
      ).then(([rows]: [(ClaimedSend & { status: SendStatus })[]]) => rows);
      const sending = updated.filter((u) => u.status === 'sending');
      if (!sending.length) return [];
      const people: { id: string; firstName: string | null; lastName: string | null; company: string | null }[] = await m.query(
        `SELECT s.id, coalesce(nullif(c.first_name, ''), nullif(l.first_name, '')) AS "firstName", coalesce(c.last_name, l.last_name) AS "lastName",
                coalesce(a.name, l.company) AS company
           FROM mailing_send s
           LEFT JOIN contact c ON c.id = s.contact_id
           LEFT JOIN account a ON a.id = c.account_id
           LEFT JOIN lead l ON l.id = s.lead_id
          WHERE s.id = ANY($1::bigint[])`,
        [sending.map((s) => s.id)],
      );
      const byId = new Map(people.map((p) => [p.id, p]));
      return sending.map(({ status: _status, ...s }) => ({ ...s, firstName: null, lastName: null, company: null, ...byId.get(s.id), id: s.id }));
    });
  }

  async markSent(id: string): Promise<void> {
    await this.ds.query(`UPDATE mailing_send SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1 AND status = 'sending'`, [id]);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.ds.query(`UPDATE mailing_send SET status = 'failed', error = $2 WHERE id = $1 AND status = 'sending'`, [id, error]);
  }

  /** A temporary failure: queued again, due after the back-off. The claim time goes, so the cap no longer counts it. */
  async requeue(id: string, error: string, retryInSeconds: number): Promise<void> {
    await this.ds.query(
      `UPDATE mailing_send SET status = 'queued', error = $2, claimed_at = NULL, not_before = now() + make_interval(secs => $3) WHERE id = $1 AND status = 'sending'`,
      [id, error, retryInSeconds],
    );
  }

  /** Rows a dead pump left in `sending` go back to the queue (ADR 0016 §2, §4). Only called under the mailing's lock. */
  async releaseAbandoned(mailingId: string): Promise<number> {
    const [, n] = await this.ds.query(`UPDATE mailing_send SET status = 'queued', claimed_at = NULL WHERE mailing_id = $1 AND status = 'sending'`, [mailingId]);
    return Number(n ?? 0);
  }

  /** Cancelling: every recipient not yet handed out is skipped with the reason. */
  async skipQueued(m: EntityManager, mailingId: string, reason: MailingSkipReason): Promise<number> {
    const [, n] = await m.query(`UPDATE mailing_send SET status = 'skipped', skip_reason = $2, not_before = NULL WHERE mailing_id = $1 AND status = 'queued'`, [mailingId, reason]);
    return Number(n ?? 0);
  }

  /** Whether queued rows remain, and when the earliest delayed one becomes due (null = one is due now). */
  async remaining(mailingId: string): Promise<{ queued: number; nextDueAt: Date | null }> {
    const [row] = await this.ds.query(
      `SELECT count(*) AS queued, min(not_before) FILTER (WHERE not_before > now()) AS next, count(*) FILTER (WHERE not_before IS NULL OR not_before <= now()) AS due
         FROM mailing_send WHERE mailing_id = $1 AND status = 'queued'`,
      [mailingId],
    );
    return { queued: Number(row.queued), nextDueAt: Number(row.due) > 0 ? null : row.next ? new Date(row.next) : null };
  }

  async countsByStatus(mailingIds: readonly string[]): Promise<{ mailingId: string; status: SendStatus; count: number }[]> {
    const rows: { mailingId: string; status: SendStatus; count: string }[] = await this.ds.query(
      `SELECT mailing_id AS "mailingId", status, count(*) AS count FROM mailing_send WHERE mailing_id = ANY($1::uuid[]) GROUP BY mailing_id, status`,
      [mailingIds],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  async skipReasons(mailingId: string): Promise<{ reason: MailingSkipReason; count: number }[]> {
    const rows: { reason: MailingSkipReason; count: string }[] = await this.ds.query(
      `SELECT skip_reason AS reason, count(*) AS count FROM mailing_send WHERE mailing_id = $1 AND status = 'skipped' GROUP BY skip_reason ORDER BY count(*) DESC`,
      [mailingId],
    );
    return rows.map((r) => ({ reason: r.reason, count: Number(r.count) }));
  }
}
