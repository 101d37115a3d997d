import type { EntityManager } from 'typeorm';
import type { BusinessCalendar } from '@rapport/shared-domain';
import { caseNumber, caseYear, clockSummary, nextEscalationCheck, slaClocks, targetsFor, type CaseClockEvent, type CasePriority, type SlaPolicyTerms } from '@rapport/service-domain';

const HOUR = 3600_000;

interface SeedCase {
  subject: string;
  account: 0 | 1;
  priority: CasePriority;
  channel: 'email' | 'phone' | 'portal';
  status: string;
  /** Hours before now the case was opened. */
  openedHoursAgo: number;
  /** The thread: who wrote what, hours after the case was opened. */
  thread: { after: number; direction: 'inbound' | 'outbound' | 'internal'; channel: 'email' | 'phone' | 'note'; body: string }[];
  /** Status changes, hours after opening (resolved/closed set their times). */
  moves?: { after: number; to: string; clockRuns: boolean; resolves?: boolean }[];
}

// Five cases that tell the service story: one just in, one answered and waiting for its next reply,
// one paused on the customer, one late for weeks (whatever the holidays; the escalation job tells the
// manager), one solved last week.
const CASES: SeedCase[] = [
  {
    subject: '发票税号错误 · Wrong tax number on the invoice', account: 1, priority: 'normal', channel: 'email', status: 'new', openedHoursAgo: 0.5,
    thread: [{ after: 0, direction: 'inbound', channel: 'email', body: '你好，11 月的发票上的税号不对，请重开。' }],
  },
  {
    subject: '压缩机异响 · Compressor rattles', account: 0, priority: 'high', channel: 'email', status: 'open', openedHoursAgo: 26,
    thread: [
      { after: 0, direction: 'inbound', channel: 'email', body: '壓縮機從昨天開始有異響，請盡快處理。' },
      { after: 0.5, direction: 'outbound', channel: 'email', body: '您好，我們已收到，工程師會先電話聯絡您。' },
      { after: 0.6, direction: 'internal', channel: 'note', body: 'Gold contract, one visit left. Check bearing wear first.' },
      { after: 25.5, direction: 'inbound', channel: 'email', body: '今天早上更嚴重了。' },
    ],
    moves: [{ after: 0.5, to: 'open', clockRuns: true }],
  },
  {
    subject: '申请上门保养 · On-site maintenance visit', account: 0, priority: 'normal', channel: 'phone', status: 'waiting_customer', openedHoursAgo: 50,
    thread: [
      { after: 0, direction: 'inbound', channel: 'phone', body: 'Customer asked for the yearly maintenance visit.' },
      { after: 1, direction: 'outbound', channel: 'email', body: 'Which days next week suit you for the visit?' },
    ],
    moves: [{ after: 1, to: 'waiting_customer', clockRuns: false }],
  },
  {
    subject: '无法登录门户 · Cannot sign in to the portal', account: 1, priority: 'normal', channel: 'portal', status: 'new', openedHoursAgo: 400,
    thread: [{ after: 0, direction: 'inbound', channel: 'email', body: '登录时一直提示密码错误，但我已经重置过了。' }],
  },
  {
    subject: '更换滤芯 · Replacement filter', account: 1, priority: 'low', channel: 'email', status: 'resolved', openedHoursAgo: 170,
    thread: [
      { after: 0, direction: 'inbound', channel: 'email', body: '请问 F-200 滤芯的型号是什么？' },
      { after: 2, direction: 'outbound', channel: 'email', body: 'F-200 使用 FC-20 滤芯，已为您寄出两支。' },
    ],
    moves: [{ after: 2, to: 'resolved', clockRuns: false, resolves: true }],
  },
];

/**
 * Cases on the first two accounts (issue 18), written with their event logs so their clocks are what
 * the engine derives: `calendars` are the policies' calendars as the engine reads them.
 */
export async function seedCases(
  m: EntityManager,
  people: { agentId: string; teamId: string | null },
  accounts: { id: string; policy: { id: string; terms: SlaPolicyTerms; calendar: BusinessCalendar }; entitlementId: string }[],
): Promise<void> {
  const now = new Date();
  const year = caseYear(now, 'Asia/Shanghai');
  // Numbers from the year's sequence, as the app gives them (docs/adr/0022).
  const numbers = ((await m.query(`SELECT case_number_next($1) AS n FROM generate_series(1, $2)`, [year, CASES.length])) as { n: string }[]).map((r) => Number(r.n));
  for (const [i, c] of CASES.entries()) {
    const account = accounts[c.account]!;
    const opened = new Date(now.getTime() - c.openedHoursAgo * HOUR);
    const at = (h: number) => new Date(opened.getTime() + h * HOUR);
    const [contact] = (await m.query(`SELECT id, emails[1] AS email FROM contact WHERE account_id = $1 AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`, [account.id])) as { id: string; email: string | null }[];
    const targets = targetsFor(account.policy.terms, c.priority);
    const resolvedAt = c.moves?.find((mv) => mv.resolves) ? at(c.moves.find((mv) => mv.resolves)!.after) : null;
    const firstResponse = c.thread.find((t) => t.direction === 'outbound');
    const [{ id }] = (await m.query(
      `INSERT INTO service_case (number, subject, description, account_id, contact_id, priority, status, channel, type, entitlement_id, sla_policy_id, owner_id, team_id, created_at, first_response_at, resolved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'problem', $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [caseNumber(year, numbers[i]!), c.subject, c.thread[0]!.body, account.id, contact?.id ?? null, c.priority, c.status, c.channel, account.entitlementId, account.policy.id, people.agentId, people.teamId, opened, firstResponse ? at(firstResponse.after) : null, resolvedAt],
    )) as { id: string }[];
    const log: (CaseClockEvent & { data: Record<string, unknown> })[] = [{ at: opened, kind: 'created', targets, clockRuns: true, data: { targets, clockRuns: true, policyId: account.policy.id, priority: c.priority } }];
    for (const t of c.thread) {
      const [message] = (await m.query(
        `INSERT INTO case_message (case_id, direction, channel, author_id, contact_id, from_address, to_addresses, subject, body, created_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [id, t.direction, t.channel, t.direction === 'inbound' ? null : people.agentId, contact?.id ?? null, t.direction === 'inbound' ? contact?.email ?? null : null, t.direction === 'outbound' && contact?.email ? [contact.email] : [], c.subject, t.body, at(t.after), t.direction === 'outbound' ? at(t.after) : null],
      )) as { id: string }[];
      // Each message's clock event names it, as the app's do: a split moves the two together.
      if (t.direction === 'outbound') log.push({ at: at(t.after), kind: 'agent_response', data: { how: 'reply', messageId: message!.id } });
      if (t.direction === 'inbound' && t.after > 0) log.push({ at: at(t.after), kind: 'customer_message', data: { channel: t.channel, messageId: message!.id } });
    }
    for (const mv of c.moves ?? []) {
      if (mv.resolves) log.push({ at: at(mv.after), kind: 'resolved', data: {} });
      log.push({ at: at(mv.after), kind: 'status', clockRuns: mv.clockRuns, data: { clockRuns: mv.clockRuns } });
    }
    for (const e of log) await m.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, $2, $3, $4)`, [id, e.kind, e.at, JSON.stringify(e.data)]);
    const clocks = slaClocks(log, account.policy.calendar, now);
    // The milestones already over, as the live clocks record them (the dashboard's attainment).
    for (const k of clocks.filter((k) => k.completedAt && (k.state === 'met' || k.state === 'breached' || k.state === 'stopped'))) {
      await m.query(`INSERT INTO case_sla_attainment (case_id, milestone, state, target_minutes, spent_minutes, completed_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        id,
        k.kind,
        k.state,
        k.targetMinutes,
        Math.floor(k.spentMs / 60_000),
        k.completedAt,
      ]);
    }
    const summary = clockSummary(clocks);
    await m.query(`UPDATE service_case SET sla_due_at = $2, sla_breached = $3, sla_next_check_at = $4 WHERE id = $1`, [id, summary.dueAt, summary.breached, nextEscalationCheck(clocks, new Set())]);
    if (c.status === 'waiting_customer') await seedVisit(m, id, account.entitlementId, people.agentId, now);
    if (c.status === 'open') await seedConfirmedVisit(m, id, account.entitlementId, people.agentId, now);
  }
}

/**
 * The maintenance visit (issue 18 item 7, ADR 0023): an HVAC skill the agent has, and the visit with
 * two mornings next week offered to the customer, waiting for their choice.
 */
async function seedVisit(m: EntityManager, caseId: string, entitlementId: string, agentId: string, now: Date): Promise<void> {
  await seedSkill(m, agentId);
  // 09:00–11:00 in Shanghai (01:00 UTC), seven and eight days from now.
  const morning = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 1));
  const slots = [7, 8].map((d) => ({ start: morning(d).toISOString(), end: new Date(morning(d).getTime() + 2 * HOUR).toISOString() }));
  const [{ id }] = (await m.query(
    `INSERT INTO work_order (case_id, sequence, description, street, city, country, required_skill, required_level, technician_id, entitlement_id, proposed_slots, proposed_at, confirmation_nonce, created_by)
     VALUES ($1, 1, 'Yearly maintenance of the compressor unit', '浦东新区世纪大道 100 号', '上海', 'CN', 'hvac', 3, $2, $3, $4, $5, 'seedseedseedseed', $2) RETURNING id`,
    [caseId, agentId, entitlementId, JSON.stringify(slots), now],
  )) as { id: string }[];
  await visitHistory(m, caseId, agentId, [
    ['work_order_created', now, { workOrderId: id, sequence: 1 }],
    ['technician_assigned', now, { workOrderId: id, technicianId: agentId }],
    ['visit_proposed', now, { workOrderId: id, slots }],
  ]);
}

/** A visit's steps on its case's history, as the app records them (the clocks ignore them). */
async function visitHistory(m: EntityManager, caseId: string, actorId: string, steps: [kind: string, at: Date, data: Record<string, unknown>][]): Promise<void> {
  for (const [kind, at, data] of steps) await m.query(`INSERT INTO case_event (case_id, kind, at, actor_id, data) VALUES ($1, $2, $3, $4, $5)`, [caseId, kind, at, actorId, JSON.stringify(data)]);
}

async function seedSkill(m: EntityManager, agentId: string): Promise<void> {
  await m.query(`INSERT INTO service_skill (key, names) VALUES ('hvac', $1) ON CONFLICT (key) DO NOTHING`, [JSON.stringify({ en: 'HVAC maintenance', 'zh-CN': '暖通空调保养', 'zh-TW': '空調保養' })]);
  await m.query(`INSERT INTO user_skill (user_id, skill_key, level) VALUES ($1, 'hvac', 4) ON CONFLICT DO NOTHING`, [agentId]);
}

/**
 * The rattling compressor's repair visit, confirmed by the customer for today 14:00–16:00 in
 * Shanghai (06:00 UTC), so the technician calendar has this week's visit to show.
 */
async function seedConfirmedVisit(m: EntityManager, caseId: string, entitlementId: string, agentId: string, now: Date): Promise<void> {
  await seedSkill(m, agentId);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  const end = new Date(start.getTime() + 2 * HOUR);
  const proposed = new Date(now.getTime() - 20 * HOUR);
  const slots = [{ start: start.toISOString(), end: end.toISOString() }];
  const [{ id }] = (await m.query(
    `INSERT INTO work_order (case_id, sequence, description, street, city, country, required_skill, required_level, technician_id, entitlement_id, proposed_slots, proposed_at, slot_start, slot_end, confirmed_at, created_by)
     VALUES ($1, 1, 'Check the compressor bearings', '信义路五段 7 号', '台北', 'TW', 'hvac', 3, $2, $3, $4, $5, $6, $7, $5, $2) RETURNING id`,
    [caseId, agentId, entitlementId, JSON.stringify(slots), proposed, start, end],
  )) as { id: string }[];
  await visitHistory(m, caseId, agentId, [
    ['work_order_created', proposed, { workOrderId: id, sequence: 1 }],
    ['visit_proposed', proposed, { workOrderId: id, slots }],
  ]);
}
