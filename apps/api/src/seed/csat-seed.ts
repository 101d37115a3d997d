import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { caseNumber, caseYear } from '@rapport/service-domain';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Closed cases of the last four weeks: what was asked, on which channel, and how it was rated (null: not answered). */
const HISTORY: { subject: string; channel: 'email' | 'phone' | 'portal' | 'chat'; language: 'en' | 'zh-CN' | 'zh-TW'; rating: number | null; comment?: string }[] = [
  { subject: '滤网多久换一次？', channel: 'portal', language: 'zh-CN', rating: 5, comment: '回复很快，说明清楚。' },
  { subject: 'Invoice copy for October', channel: 'email', language: 'en', rating: 5 },
  { subject: '冷氣不冷', channel: 'phone', language: 'zh-TW', rating: 4, comment: '技術人員很專業。' },
  { subject: 'Remote control pairing', channel: 'chat', language: 'en', rating: 5 },
  { subject: '安装预约改期', channel: 'email', language: 'zh-CN', rating: 3 },
  { subject: '室外機異音', channel: 'portal', language: 'zh-TW', rating: 5 },
  { subject: 'Warranty on the compressor', channel: 'email', language: 'en', rating: null },
  { subject: '显示屏报错 E5', channel: 'phone', language: 'zh-CN', rating: 2, comment: '等了两天才有人联系。' },
  { subject: 'Firmware update failed', channel: 'portal', language: 'en', rating: 4 },
  { subject: '除濕機水箱', channel: 'chat', language: 'zh-TW', rating: 5 },
  { subject: '发票抬头修改', channel: 'email', language: 'zh-CN', rating: 5 },
  { subject: 'Technician did not arrive', channel: 'phone', language: 'en', rating: 1, comment: 'Waited all morning; nobody called.' },
  { subject: '遥控器配对', channel: 'chat', language: 'zh-CN', rating: 4 },
  { subject: '保固期查詢', channel: 'portal', language: 'zh-TW', rating: null },
  { subject: 'Filter replacement steps', channel: 'portal', language: 'en', rating: 5, comment: 'The article had everything.' },
  { subject: '漏水', channel: 'phone', language: 'zh-CN', rating: 4 },
  { subject: 'Refund for a cancelled visit', channel: 'email', language: 'en', rating: 3 },
  { subject: '帳戶密碼重設', channel: 'email', language: 'zh-TW', rating: 5 },
  { subject: '冷凝水排不出去', channel: 'portal', language: 'zh-CN', rating: null },
  { subject: 'Thermostat schedule', channel: 'chat', language: 'en', rating: 4 },
  { subject: '斷路器跳脫', channel: 'phone', language: 'zh-TW', rating: 5 },
  { subject: '配件价格', channel: 'email', language: 'zh-CN', rating: 4 },
  { subject: 'Noise after cleaning', channel: 'portal', language: 'en', rating: 5 },
  { subject: '濾網尺寸', channel: 'chat', language: 'zh-TW', rating: null },
];

/**
 * Four weeks of closed cases with their satisfaction surveys (issue 19 item 5), so the CSAT report, the
 * dashboard's cost to serve and the agents' figures have a story on a fresh demo: two agents, four
 * channels, three languages, mostly good ratings, two low ones with the customer's words, a few
 * surveys never answered. Written as the app leaves them: the case resolved and closed, its survey
 * offered at the resolution (owner, team, channel fixed then) and answered a few hours later.
 */
export async function seedCsatHistory(m: EntityManager, people: { agentId: string; teamId: string | null }): Promise<void> {
  const [manager] = (await m.query(`SELECT id FROM app_user WHERE email = 'servicemgr@rapport.dev'`)) as { id: string }[];
  const owners = [people.agentId, manager?.id ?? people.agentId];
  const contacts = (await m.query(
    `SELECT c.id, c.account_id FROM contact c WHERE c.account_id IS NOT NULL AND c.deleted_at IS NULL ORDER BY c.created_at, c.id LIMIT 8`,
  )) as { id: string; account_id: string }[];
  if (contacts.length === 0) return;
  const now = Date.now();
  const year = caseYear(new Date(now), 'Asia/Shanghai');
  const numbers = ((await m.query(`SELECT case_number_next($1) AS n FROM generate_series(1, $2)`, [year, HISTORY.length])) as { n: string }[]).map((r) => Number(r.n));
  for (const [i, h] of HISTORY.entries()) {
    const contact = contacts[i % contacts.length]!;
    const ownerId = owners[i % 3 === 2 ? 1 : 0]!;
    const opened = new Date(now - (27 - i) * DAY - (i % 5) * HOUR - 3 * HOUR);
    const resolved = new Date(opened.getTime() + (2 + (i % 7) * 3) * HOUR);
    const [{ id }] = (await m.query(
      `INSERT INTO service_case (number, subject, description, account_id, contact_id, priority, status, channel, type, owner_id, team_id, created_at, first_response_at, resolved_at, closed_at)
       VALUES ($1, $2, $2, $3, $4, 'normal', 'closed', $5, 'question', $6, $7, $8, $9, $10, $10) RETURNING id`,
      [caseNumber(year, numbers[i]!), h.subject, contact.account_id, contact.id, h.channel, ownerId, people.teamId, opened, new Date(opened.getTime() + HOUR), resolved],
    )) as { id: string }[];
    const reply = h.language === 'en' ? 'Done — see the steps above; write back if it happens again.' : h.language === 'zh-CN' ? '已处理，如再发生请回复此邮件。' : '已處理，如再發生請回覆此郵件。';
    for (const [direction, body, at] of [['inbound', h.subject, opened], ['outbound', reply, new Date(opened.getTime() + HOUR)]] as const) {
      // A call or a chat records how long it was handled (cost to serve prices those channels by the minute).
      const seconds = direction === 'inbound' && (h.channel === 'phone' || h.channel === 'chat') ? (4 + (i % 9)) * 60 : null;
      await m.query(`INSERT INTO case_message (case_id, direction, channel, author_id, contact_id, subject, body, created_at, duration_seconds) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        id,
        direction,
        h.channel,
        direction === 'outbound' ? ownerId : null,
        contact.id,
        h.subject,
        body,
        at,
        seconds,
      ]);
    }
    for (const [kind, at] of [['created', opened], ['resolved', resolved]] as const) {
      await m.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, $2, $3, '{}')`, [id, kind, at]);
    }
    const answered = h.rating === null ? null : new Date(resolved.getTime() + 3 * HOUR);
    await m.query(
      `INSERT INTO csat_survey (case_id, contact_id, language, owner_id, team_id, channel, resolved_at, resolution_minutes, nonce, mails_sent, sent_at, answered_at, rating, comment, low_notified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $7, $10::timestamptz, $11::int, $12, CASE WHEN $11::int <= 2 THEN $10::timestamptz END)`,
      [id, contact.id, h.language, ownerId, people.teamId, h.channel, resolved, Math.round((resolved.getTime() - opened.getTime()) / 60_000), randomBytes(16).toString('base64url'), answered, h.rating, h.comment ?? null],
    );
  }
}
