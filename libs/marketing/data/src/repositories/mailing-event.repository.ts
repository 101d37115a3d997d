import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A sent message with what inbound mail and tracking need to act on it. */
export interface SendForEvents {
  id: string;
  address: string;
  mailingId: string;
  mailingName: string;
  subscriptionTypeId: string;
  contactId: string | null;
  leadId: string | null;
  accountId: string | null;
  /** Whoever owns the person (a reply goes to them), else the mailing's owner. */
  ownerId: string | null;
  ownerTeamId: string | null;
}

export interface MailingEngagementRow {
  mailingId: string;
  sent: number;
  opens: number;
  uniqueOpens: number;
  machineOpens: number;
  clicks: number;
  uniqueClicks: number;
  machineClicks: number;
  unsubscribes: number;
  hardBounces: number;
  softBounces: number;
  complaints: number;
  replies: number;
}

export type MailingEventKind = 'open' | 'click' | 'unsubscribe' | 'bounce' | 'complaint' | 'reply';

/** What happened to sent messages afterwards (mailing_event), and the sends it is about. */
@Injectable()
export class MailingEventRepository {
  constructor(@InjectDataSource() readonly ds: DataSource) {}

  async send(sendId: string): Promise<SendForEvents | null> {
    if (!/^[1-9]\d{0,18}$/.test(sendId)) return null;
    const [row]: SendForEvents[] = await this.ds.query(
      `SELECT s.id, s.address, s.mailing_id AS "mailingId", m.name AS "mailingName", m.subscription_type_id AS "subscriptionTypeId",
              s.contact_id AS "contactId", s.lead_id AS "leadId", c.account_id AS "accountId",
              coalesce(c.owner_id, l.owner_id, m.owner_id) AS "ownerId", u.team_id AS "ownerTeamId"
         FROM mailing_send s
         JOIN mailing m ON m.id = s.mailing_id
         LEFT JOIN contact c ON c.id = s.contact_id
         LEFT JOIN lead l ON l.id = s.lead_id
         LEFT JOIN app_user u ON u.id = coalesce(c.owner_id, l.owner_id, m.owner_id)
        WHERE s.id = $1`,
      [sendId],
    );
    return row ?? null;
  }

  async add(m: EntityManager, e: { sendId: string; mailingId: string; kind: MailingEventKind; detail?: string | null; machine?: boolean; machineReason?: string | null; userAgent?: string | null; ip?: string | null }): Promise<void> {
    await m.query(
      `INSERT INTO mailing_event (send_id, mailing_id, kind, detail, machine, machine_reason, user_agent, ip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [e.sendId, e.mailingId, e.kind, e.detail ?? null, e.machine ?? false, e.machineReason ?? null, e.userAgent?.slice(0, 500) ?? null, e.ip ?? null],
    );
  }

  /** What the machine-open heuristics need about a send's earlier events, and when it was sent. */
  async engagement(sendId: string): Promise<{ sentAt: Date | null; opened: boolean; clicksLastSecond: number; linksLastSecond: number }> {
    const [row] = await this.ds.query(
      `SELECT s.sent_at AS "sentAt",
              EXISTS (SELECT 1 FROM mailing_event e WHERE e.send_id = s.id AND e.kind = 'open' AND NOT e.machine) AS opened,
              (SELECT count(*) FROM mailing_event e WHERE e.send_id = s.id AND e.kind = 'click' AND e.occurred_at > now() - interval '1 second') AS clicks,
              (SELECT count(DISTINCT e.detail) FROM mailing_event e WHERE e.send_id = s.id AND e.kind = 'click' AND e.occurred_at > now() - interval '1 second') AS links
         FROM mailing_send s WHERE s.id = $1`,
      [sendId],
    );
    return { sentAt: row?.sentAt ? new Date(row.sentAt) : null, opened: Boolean(row?.opened), clicksLastSecond: Number(row?.clicks ?? 0), linksLastSecond: Number(row?.links ?? 0) };
  }

  /**
   * A mailing's engagement, machine opens and clicks left out of the human counts (issue 15 item 7):
   * per mailing id, counts of events and of distinct sends.
   */
  async engagementOf(mailingIds: readonly string[]): Promise<MailingEngagementRow[]> {
    const rows: Record<string, string>[] = await this.ds.query(
      `SELECT m.id AS "mailingId",
              (SELECT count(*) FROM mailing_send s WHERE s.mailing_id = m.id AND s.status = 'sent') AS sent,
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'open' AND NOT e.machine) AS "uniqueOpens",
              count(*) FILTER (WHERE e.kind = 'open' AND NOT e.machine) AS opens,
              count(*) FILTER (WHERE e.kind = 'open' AND e.machine) AS "machineOpens",
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'click' AND NOT e.machine) AS "uniqueClicks",
              count(*) FILTER (WHERE e.kind = 'click' AND NOT e.machine) AS clicks,
              count(*) FILTER (WHERE e.kind = 'click' AND e.machine) AS "machineClicks",
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'unsubscribe') AS unsubscribes,
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'bounce' AND e.detail LIKE 'hard%') AS "hardBounces",
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'bounce' AND e.detail NOT LIKE 'hard%') AS "softBounces",
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'complaint') AS complaints,
              count(DISTINCT e.send_id) FILTER (WHERE e.kind = 'reply') AS replies
         FROM mailing m LEFT JOIN mailing_event e ON e.mailing_id = m.id
        WHERE m.id = ANY($1::uuid[]) GROUP BY m.id`,
      [mailingIds],
    );
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'mailingId' ? v : Number(v)])) as unknown as MailingEngagementRow);
  }

  /** Human clicks per destination, most first. */
  async linkClicks(mailingId: string): Promise<{ url: string; clicks: number; uniqueClicks: number }[]> {
    const rows: { url: string; clicks: string; unique: string }[] = await this.ds.query(
      `SELECT detail AS url, count(*) AS clicks, count(DISTINCT send_id) AS unique FROM mailing_event
        WHERE mailing_id = $1 AND kind = 'click' AND NOT machine AND detail IS NOT NULL GROUP BY detail ORDER BY count(*) DESC LIMIT 100`,
      [mailingId],
    );
    return rows.map((r) => ({ url: r.url, clicks: Number(r.clicks), uniqueClicks: Number(r.unique) }));
  }

  /** Human opens and clicks per hour since the mailing started (at most 14 days of hours). */
  async hourly(mailingId: string): Promise<{ at: Date; opens: number; clicks: number }[]> {
    const rows: { at: Date; opens: string; clicks: string }[] = await this.ds.query(
      `SELECT date_trunc('hour', occurred_at) AS at, count(*) FILTER (WHERE kind = 'open') AS opens, count(*) FILTER (WHERE kind = 'click') AS clicks
         FROM mailing_event WHERE mailing_id = $1 AND kind IN ('open', 'click') AND NOT machine
        GROUP BY 1 ORDER BY 1 LIMIT 336`,
      [mailingId],
    );
    return rows.map((r) => ({ at: new Date(r.at), opens: Number(r.opens), clicks: Number(r.clicks) }));
  }

  /** The person's membership of the mailing's campaign, with the campaign's type; null when they are not a member. */
  async membership(m: EntityManager, send: SendForEvents): Promise<{ id: string; status: string; type: string } | null> {
    const [row] = await m.query(
      `SELECT cm.id, cm.status, c.type FROM mailing ml JOIN campaign c ON c.id = ml.campaign_id
         JOIN campaign_member cm ON cm.campaign_id = c.id AND (cm.contact_id = $2 OR cm.lead_id = $3)
        WHERE ml.id = $1 FOR UPDATE OF cm`,
      [send.mailingId, send.contactId, send.leadId],
    );
    return row ?? null;
  }

  async setMembershipStatus(m: EntityManager, memberId: string, status: string, responded: boolean): Promise<void> {
    await m.query(`UPDATE campaign_member SET status = $2, responded_at = CASE WHEN $3 THEN coalesce(responded_at, now()) ELSE responded_at END, updated_at = now() WHERE id = $1`, [memberId, status, responded]);
  }

  async has(m: EntityManager, sendId: string, kind: MailingEventKind): Promise<boolean> {
    const [row] = await m.query(`SELECT 1 FROM mailing_event WHERE send_id = $1 AND kind = $2 LIMIT 1`, [sendId, kind]);
    return Boolean(row);
  }

  /** Soft bounces of an address over the last `days` days, across every mailing (this one included once recorded). */
  async softBounces(m: EntityManager, address: string, days: number): Promise<number> {
    const [row] = await m.query(
      `SELECT count(*) AS n FROM mailing_event e JOIN mailing_send s ON s.id = e.send_id
        WHERE s.address = $1 AND e.kind = 'bounce' AND e.detail LIKE 'soft%' AND e.occurred_at > now() - make_interval(days => $2)`,
      [address, days],
    );
    return Number(row.n);
  }

  /** A person's reply to a mailing, as a done email activity on their record, owned by their owner. */
  async recordReply(m: EntityManager, send: SendForEvents, subject: string, body: string): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO activity (type, subject, body, occurred_at, done, done_at, contact_id, lead_id, account_id, owner_id, team_id)
       VALUES ('email', $1, $2, now(), true, now(), $3, $4, $5, $6, $7) RETURNING id`,
      [subject.slice(0, 300) || '(no subject)', body.slice(0, 20_000), send.contactId, send.leadId, send.accountId, send.ownerId, send.ownerTeamId],
    );
    return row.id as string;
  }
}
