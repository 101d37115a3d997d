import type { EntityManager } from 'typeorm';
import { caseNumber, caseYear } from '@rapport/service-domain';

const MIN = 60_000;

/**
 * The demo's routing (issue 19 item 1): three queues (technical with the HVAC skill, billing, and
 * a general default that takes the technical overflow after 30 minutes), two rules by keyword in
 * three languages, the agent's languages and capacity, and three customers' cases waiting. The
 * agent starts offline: switching to "Available" pulls the oldest waiting cases at once.
 */
export async function seedRouting(m: EntityManager, people: { agentId: string; teamId: string | null }): Promise<void> {
  await m.query(`INSERT INTO service_skill (key, names) VALUES ('billing', $1) ON CONFLICT (key) DO NOTHING`, [JSON.stringify({ en: 'Billing', 'zh-CN': '账单与发票', 'zh-TW': '帳單與發票' })]);
  const [{ id: general }] = (await m.query(
    `INSERT INTO routing_queue (name, description, distribution, target_seconds, is_default) VALUES ('综合 · General', 'Everything no rule sends elsewhere.', 'round_robin', 28800, true) RETURNING id`,
  )) as { id: string }[];
  const [{ id: technical }] = (await m.query(
    `INSERT INTO routing_queue (name, description, distribution, target_seconds, overflow_queue_id, overflow_after_seconds) VALUES ('技术支持 · Technical', 'Heating, cooling and ventilation faults.', 'round_robin', 14400, $1, 1800) RETURNING id`,
    [general],
  )) as { id: string }[];
  const [{ id: billing }] = (await m.query(`INSERT INTO routing_queue (name, description, distribution, target_seconds) VALUES ('账单 · Billing', 'Invoices, refunds and payments.', 'least_busy', 28800) RETURNING id`)) as { id: string }[];
  await m.query(`INSERT INTO routing_queue_skill (queue_id, skill_key, level) VALUES ($1, 'hvac', 3), ($2, 'billing', 1)`, [technical, billing]);
  await m.query(`INSERT INTO routing_queue_rule (name, queue_id, criteria, position) VALUES ($1, $2, $3, 1), ($4, $5, $6, 2)`, [
    'Billing questions · 账单问题',
    billing,
    JSON.stringify({ keywords: ['invoice', 'billing', 'refund', '发票', '账单', '退款', '發票', '帳單'] }),
    'Heating and cooling · 暖通空调',
    technical,
    JSON.stringify({ keywords: ['heating', 'cooling', 'compressor', 'hvac', '空调', '暖气', '空調', '暖氣'] }),
  ]);
  const [manager] = (await m.query(`SELECT id, team_id FROM app_user WHERE email = 'servicemgr@rapport.dev'`)) as { id: string; team_id: string | null }[];
  await m.query(`INSERT INTO user_skill (user_id, skill_key, level) VALUES ($1, 'billing', 2) ON CONFLICT DO NOTHING`, [people.agentId]);
  await m.query(`INSERT INTO agent_presence (user_id, presence, languages, capacity) VALUES ($1, 'offline', '{en,zh-CN,zh-TW}', $2)`, [people.agentId, JSON.stringify({ email: 5, portal: 5, chat: 2, phone: 1 })]);
  if (manager) await m.query(`INSERT INTO agent_presence (user_id, presence, languages, capacity) VALUES ($1, 'busy', '{en,zh-CN}', '{"email": 3}')`, [manager.id]);

  const [account] = (await m.query(`SELECT a.id, (SELECT c.id FROM contact c WHERE c.account_id = a.id AND c.deleted_at IS NULL ORDER BY c.created_at, c.id LIMIT 1) AS contact_id
         FROM account a WHERE a.deleted_at IS NULL ORDER BY a.created_at, a.id OFFSET 2 LIMIT 1`)) as { id: string; contact_id: string | null }[];
  const now = new Date();
  const year = caseYear(now, 'Asia/Shanghai');
  const waiting = [
    { subject: 'Invoice INV-2026-118 charged twice', channel: 'email', priority: 'normal', queue: billing, language: 'en', minutesAgo: 50 },
    { subject: '机房空调压缩机异响', channel: 'portal', priority: 'high', queue: technical, language: 'zh-CN', minutesAgo: 25 },
    { subject: '請問如何變更聯絡人資料', channel: 'email', priority: 'low', queue: general, language: 'zh-TW', minutesAgo: 5 },
  ];
  for (const w of waiting) {
    const at = new Date(now.getTime() - w.minutesAgo * MIN);
    const [{ n }] = (await m.query(`SELECT case_number_next($1) AS n`, [year])) as { n: string }[];
    const [{ id }] = (await m.query(
      `INSERT INTO service_case (number, subject, description, account_id, contact_id, priority, status, channel, owner_id, team_id, queue_id, created_at)
       VALUES ($1, $2, $2, $3, $4, $5, 'new', $6, $7, $8, $9, $10) RETURNING id`,
      [caseNumber(year, Number(n)), w.subject, account?.id ?? null, account?.contact_id ?? null, w.priority, w.channel, manager?.id ?? people.agentId, manager?.team_id ?? people.teamId, w.queue, at],
    )) as { id: string }[];
    await m.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, 'created', $2, $3), ($1, 'queued', $2, $4)`, [
      id,
      at,
      JSON.stringify({ targets: {}, clockRuns: true, policyId: null, priority: w.priority }),
      JSON.stringify({ queueId: w.queue, language: w.language }),
    ]);
    await m.query(`INSERT INTO routing_item (case_id, queue_id, channel, language, enqueued_at) VALUES ($1, $2, $3, $4, $5)`, [id, w.queue, w.channel, w.language, at]);
  }
}
