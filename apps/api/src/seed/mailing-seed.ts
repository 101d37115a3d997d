import type { EntityManager } from 'typeorm';
import { MailingSendRepository, policyOf } from '@rapport/marketing-data';
import { contentKeyOf, nextOccurrence, type Recurrence, type TemplateVariant } from '@rapport/marketing-domain';

const footer = (unsubscribe: string) =>
  `<mj-section><mj-column><mj-text font-size="11px" color="#595959">{{ company.name }} · {{ company.postal_address }}<br/><a href="{{ unsubscribe_url }}">${unsubscribe}</a> · <a href="{{ preferences_url }}">Preferences</a></mj-text></mj-column></mj-section>`;
const body = (headline: string, text: string, button: string, unsubscribe: string) =>
  `<mjml><mj-body background-color="#f5f5f5"><mj-section background-color="#ffffff"><mj-column>
  <mj-text font-size="22px" font-weight="bold">${headline}</mj-text>
  <mj-text>${text}</mj-text>
  <mj-button background-color="#0958d9" href="https://www.example.com/products/spring">${button}</mj-button>
</mj-column></mj-section>${footer(unsubscribe)}</mj-body></mjml>`;

const SPRING: TemplateVariant[] = [
  { locale: 'en', subject: 'Spring range for {{ contact.company | default: "your team" }}', preheader: 'Three new products, ready to order', mjml: body('Hello {{ contact.first_name | default: "there" }},', 'Our spring range is here: three new products built on what customers like you asked for.', 'See the spring range', 'Unsubscribe') },
  { locale: 'zh-CN', subject: '{{ contact.last_name }}{{ contact.first_name }}，春季新品上市', preheader: '三款新品，现已开放订购', mjml: body('{{ contact.last_name }}{{ contact.first_name }}，您好：', '我们的春季新品已经上市：三款新产品，都来自像您这样的客户提出的需求。', '查看春季新品', '退订') },
  { locale: 'zh-TW', subject: '{{ contact.last_name }}{{ contact.first_name }}，春季新品上市', preheader: '三款新品，現已開放訂購', mjml: body('{{ contact.last_name }}{{ contact.first_name }}，您好：', '我們的春季新品已經上市：三款新產品，都來自像您這樣的客戶提出的需求。', '查看春季新品', '取消訂閱') },
];

/**
 * Mailings for the demo (issue 15): a product-news template in three languages, a mailing sent a
 * month ago to the newsletter campaign's members (its recipients decided by the real preparation
 * SQL, so the skipped ones carry real reasons; opens and clicks on a share of them), and a draft
 * of the same template ready for the demo marketer to send to the dev inbox; and a weekly series (every Monday at 9:00, Shanghai time) that the
 * worker turns into a mailing each week.
 */
export async function seedMailings(m: EntityManager, ids: { marketerId: string }): Promise<void> {
  const [template] = await m.query(`INSERT INTO email_template (name, kind, created_by) VALUES ('Spring range', 'marketing', $1) RETURNING id`, [ids.marketerId]);
  const [version] = await m.query(
    `INSERT INTO email_template_version (template_id, version, variants, content_key, created_by) VALUES ($1, 1, $2, $3, $4) RETURNING id, content_key AS "contentKey"`,
    [template.id, JSON.stringify(SPRING), contentKeyOf(SPRING), ids.marketerId],
  );
  await m.query(`UPDATE email_template SET current_version_id = $1 WHERE id = $2`, [version.id, template.id]);
  const [campaign] = await m.query(`SELECT id FROM campaign WHERE name = 'Newsletter · monthly'`);
  const [type] = await m.query(`SELECT id FROM subscription_type WHERE key = 'product-news'`);
  if (!campaign || !type) return;
  const audience = { campaignMemberStatuses: ['sent', 'opened', 'clicked', 'responded'], listIds: [], excludeListIds: [] };
  const [sent] = await m.query(
    `INSERT INTO mailing (name, campaign_id, template_id, template_version_id, subscription_type_id, audience, status, scheduled_at, started_at, finished_at, prepared_at, owner_id, created_by)
     VALUES ('Spring range launch', $1, $2, $3, $4, $5, 'completed', now() - interval '30 days', now() - interval '30 days', now() - interval '30 days' + interval '4 minutes', now() - interval '30 days', $6, $6)
     RETURNING id`,
    [campaign.id, template.id, version.id, type.id, JSON.stringify(audience), ids.marketerId],
  );
  const [policyRow] = await m.query(`SELECT cap_max_messages AS "capMaxMessages", cap_window_days AS "capWindowDays", same_content_once AS "sameContentOnce", quiet_start_hour AS "quietStartHour", quiet_end_hour AS "quietEndHour", time_zone AS "timeZone", rules FROM contact_policy WHERE id = 1`);
  const forSending = { id: sent.id, campaignId: campaign.id, subscriptionTypeId: type.id, audience, resendAllowed: false, localHour: null };
  await new MailingSendRepository(m.connection).prepare(m, forSending, version.contentKey, policyOf(policyRow ?? null));
  // Sent a month ago, over four minutes; the cap's window has passed, so today's mailings are not held back by it.
  await m.query(
    `UPDATE mailing_send SET status = 'sent', attempts = 1, claimed_at = now() - interval '30 days' + (id % 240) * interval '1 second', sent_at = now() - interval '30 days' + (id % 240) * interval '1 second'
      WHERE mailing_id = $1 AND status = 'queued'`,
    [sent.id],
  );
  await m.query(
    `INSERT INTO mailing_event (send_id, mailing_id, kind, detail, machine, machine_reason, user_agent, occurred_at)
     SELECT s.id, s.mailing_id, e.kind, e.detail, e.machine, e.reason, e.ua, s.sent_at + e.after
       FROM mailing_send s
       JOIN LATERAL (VALUES
         ('open', NULL, false, NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Outlook/16.0', interval '3 hours', 55),
         ('open', NULL, true, 'apple-privacy-proxy', 'Mozilla/5.0', interval '1 minute', 70),
         ('click', 'https://www.example.com/products/spring?utm_source=rapport&utm_medium=email&utm_campaign=Newsletter%20%C2%B7%20monthly', false, NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0', interval '3 hours 2 minutes', 20)
       ) AS e(kind, detail, machine, reason, ua, after, pct) ON abs(hashtext(s.id::text || e.kind || e.machine::text)) % 100 < e.pct
      WHERE s.mailing_id = $1 AND s.status = 'sent' AND (e.kind <> 'click' OR abs(hashtext(s.id::text || 'openfalse')) % 100 < 55)`,
    [sent.id],
  );
  await m.query(
    `INSERT INTO mailing (name, campaign_id, template_id, subscription_type_id, audience, status, resend_allowed, owner_id, created_by)
     VALUES ('Spring range · second wave', $1, $2, $3, $4, 'draft', true, $5, $5)`,
    [campaign.id, template.id, type.id, JSON.stringify(audience), ids.marketerId],
  );
  const weekly: Recurrence = { frequency: 'weekly', interval: 1, weekdays: [1], monthDay: null, hour: 9, minute: 0, timeZone: 'Asia/Shanghai', count: null, until: null };
  const now = new Date();
  await m.query(
    `INSERT INTO mailing (name, campaign_id, template_id, subscription_type_id, audience, status, kind, recurrence, scheduled_at, next_run_at, owner_id, created_by)
     VALUES ('Weekly product news', $1, $2, $3, $4, 'scheduled', 'recurring', $5, $6, $7, $8, $8)`,
    [campaign.id, template.id, type.id, JSON.stringify(audience), JSON.stringify(weekly), now, nextOccurrence(weekly, now, now, 0), ids.marketerId],
  );
}
