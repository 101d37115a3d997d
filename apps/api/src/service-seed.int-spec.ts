import { clockSummary } from '@rapport/service-domain';
import { CaseClocksService, RoutingService } from '@rapport/service-api';
import { withSystemScope } from '@rapport/shared-database';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-seed';
import { useTestApi } from './testing/test-api';

/** The demo's service story (issue 18): cases in every state, their stored clocks what the engine derives from their logs. */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' }, async ({ ctx }) => {
  await seedDemoData(ctx.ds);
});
const as = (email: string) => api.signedIn(email, DEMO_PASSWORD);
type Row = { node: { id: string; number: string; status: string; slaBreached: boolean; slaDueAt: string | null; accountId: string } };
const LIST = '{ cases(first: 50) { edges { node { id number status slaBreached slaDueAt accountId } } } }';

describe('the demo cases', () => {
  it('show the agent every state, one of them late, with clocks the engine agrees with', async () => {
    const agent = await as('agent@rapport.dev');
    const { cases } = await agent.gqlOk<{ cases: { edges: Row[] } }>(LIST);
    const rows = cases.edges.map((e) => e.node);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['new', 'open', 'waiting_customer', 'resolved', 'closed']));
    expect(rows.some((r) => r.slaBreached)).toBe(true);
    const clocks = await api.app.get(CaseClocksService).clocksOf(rows.map((r) => r.id), new Date());
    for (const r of rows) expect([r.number, clockSummary(clocks.get(r.id) ?? []).dueAt?.toISOString() ?? null]).toEqual([r.number, r.slaDueAt]);
  });

  it('name each message’s clock event after its message, as the app writes them (a split moves the two together)', async () => {
    const events: { kind: string; message_id: string | null; direction: string | null }[] = await api.ctx.ds.query(
      `SELECT e.kind, e.data->>'messageId' AS message_id, m.direction FROM case_event e LEFT JOIN case_message m ON m.id = (e.data->>'messageId')::uuid AND m.case_id = e.case_id WHERE e.kind IN ('customer_message', 'agent_response')`,
    );
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['customer_message', 'agent_response']));
    for (const e of events) expect([e.kind, e.direction]).toEqual([e.kind, e.kind === 'customer_message' ? 'inbound' : 'outbound']);
  });

  it('give the technician calendar a confirmed visit this week, and one waiting for the customer’s choice', async () => {
    const agent = await as('agent@rapport.dev');
    const now = Date.now();
    const week = { from: new Date(now - 7 * 86_400_000).toISOString(), to: new Date(now + 7 * 86_400_000).toISOString() };
    const { workOrders } = await agent.gqlOk<{ workOrders: { status: string; slotStart: string | null }[] }>('query($from: DateTime!, $to: DateTime!) { workOrders(from: $from, to: $to) { status slotStart } }', week);
    expect(workOrders).toEqual([expect.objectContaining({ status: 'SCHEDULED' })]);
    // Today, in the calendar's week whatever the weekday.
    expect(new Date(workOrders[0]!.slotStart!).toISOString().slice(0, 10)).toBe(new Date(now).toISOString().slice(0, 10));
    const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM work_order WHERE slot_start IS NULL AND jsonb_array_length(proposed_slots) = 2`);
    expect(n).toBe(1);
    // Each visit's case tells its steps in its history, as the app records them.
    const steps: { kind: string; n: number }[] = await api.ctx.ds.query(`SELECT e.kind, count(*)::int AS n FROM case_event e JOIN work_order w ON w.case_id = e.case_id AND e.data->>'workOrderId' = w.id::text GROUP BY e.kind ORDER BY e.kind`);
    expect(steps).toEqual([{ kind: 'technician_assigned', n: 1 }, { kind: 'visit_proposed', n: 2 }, { kind: 'work_order_created', n: 2 }]);
  });

  it('show a rep the cases of their own customers only, and the marketer none', async () => {
    const rep = await as('rep1@rapport.dev');
    const { cases } = await rep.gqlOk<{ cases: { edges: Row[] } }>(LIST);
    const mine: { id: string }[] = await api.ctx.ds.query(`SELECT a.id FROM account a JOIN app_user u ON u.id = a.owner_id WHERE u.email = 'rep1@rapport.dev'`);
    const own = new Set(mine.map((a) => a.id));
    expect(cases.edges.length).toBeGreaterThan(0);
    expect(cases.edges.every((e) => own.has(e.node.accountId))).toBe(true);
    expect((await (await as('marketer@rapport.dev')).gqlOk<{ cases: { edges: Row[] } }>(LIST)).cases.edges).toEqual([]);
  });

  it('queue three customers’ cases in three queues, which the agent (with the skills and three languages) pulls when they go available', async () => {
    const manager = await as('servicemgr@rapport.dev');
    const BOARD = '{ routingBoard { queues { queue { name isDefault } waiting items { subject } } agents { user { email } presence } } }';
    type Board = { routingBoard: { queues: { queue: { name: string; isDefault: boolean }; waiting: number; items: { subject: string }[] }[]; agents: { user: { email: string }; presence: string }[] } };
    const before = (await manager.gqlOk<Board>(BOARD)).routingBoard;
    expect(before.queues.map((q) => [q.queue.name, q.waiting])).toEqual([['技术支持 · Technical', 1], ['综合 · General', 1], ['账单 · Billing', 1]]);
    expect(before.agents.find((a) => a.user.email === 'agent@rapport.dev')?.presence).toBe('OFFLINE');
    const agent = await as('agent@rapport.dev');
    await agent.gqlOk('mutation { setMyPresence(presence: AVAILABLE) { presence } }');
    await withSystemScope('test: the routing round', () => api.app.get(RoutingService).dispatch());
    const routed: { subject: string }[] = await api.ctx.ds.query(
      `SELECT k.subject FROM routing_item i JOIN service_case k ON k.id = i.case_id JOIN app_user u ON u.id = i.assigned_to WHERE u.email = 'agent@rapport.dev' ORDER BY k.subject`,
    );
    expect(routed.map((r) => r.subject).sort()).toEqual(['Invoice INV-2026-118 charged twice', '机房空调压缩机异响', '請問如何變更聯絡人資料'].sort());
    expect((await manager.gqlOk<Board>(BOARD)).routingBoard.queues.every((q) => q.waiting === 0)).toBe(true);
  });

  it('give the demo customer their account’s cases in the portal and a knowledge base found in Chinese and English', async () => {
    const customer = await as('customer@rapport.dev');
    const { portalMe, portalCases } = await customer.gqlOk<{ portalMe: { accountAdmin: boolean }; portalCases: { edges: { node: { subject: string } }[] } }>('{ portalMe { accountAdmin } portalCases(first: 10) { edges { node { subject } } } }');
    expect(portalMe.accountAdmin).toBe(true);
    expect(portalCases.edges.map((e) => e.node.subject)).toEqual(expect.arrayContaining(['Invoice INV-2026-118 charged twice', '請問如何變更聯絡人資料']));
    const SEARCH = 'query($q: String!, $l: String) { searchKnowledge(query: $q, language: $l) { article { title audience } } }';
    type Hits = { searchKnowledge: { article: { title: string; audience: string } }[] };
    expect((await customer.gqlOk<Hits>(SEARCH, { q: '異音', l: 'zh-TW' })).searchKnowledge.map((h) => h.article.title)).toEqual(['壓縮機有異音怎麼辦']);
    expect((await customer.gqlOk<Hits>(SEARCH, { q: 'configur', l: 'en' })).searchKnowledge.map((h) => h.article.title)).toEqual(['Configuring the thermostat schedule']);
    // The internal refund procedure is for staff: the agent finds it, the customer does not.
    expect((await customer.gqlOk<Hits>(SEARCH, { q: 'refund', l: 'en' })).searchKnowledge.map((h) => h.article.audience)).toEqual(['CUSTOMERS']);
    const agent = await as('agent@rapport.dev');
    expect((await agent.gqlOk<Hits>(SEARCH, { q: 'refund', l: 'en' })).searchKnowledge.map((h) => h.article.audience).sort()).toEqual(['CUSTOMERS', 'INTERNAL']);
  });

  it('give the service manager four weeks of satisfaction answers: two agents, four channels, two low ratings with words', async () => {
    const manager = await as('servicemgr@rapport.dev');
    const to = new Date(Date.now() + 60_000).toISOString();
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
    type Report = { csatReport: { total: { surveysSent: number; responses: number; ratings: number[]; average: number }; rows: { key: string | null }[] } };
    const Q = 'query($i: CsatReportInput!) { csatReport(input: $i) { total { surveysSent responses ratings average } rows { key } } }';
    const byChannel = await manager.gqlOk<Report>(Q, { i: { from, to, groupBy: 'CHANNEL' } });
    expect(byChannel.csatReport.total).toMatchObject({ surveysSent: 24, responses: 20, ratings: [1, 1, 2, 6, 10] });
    expect(byChannel.csatReport.total.average).toBeCloseTo(4.15, 2);
    expect(byChannel.csatReport.rows.map((r) => r.key).sort()).toEqual(['chat', 'email', 'phone', 'portal']);
    const byAgent = await manager.gqlOk<Report>(Q, { i: { from, to, groupBy: 'AGENT' } });
    expect(byAgent.csatReport.rows).toHaveLength(2);
    const low: { comment: string }[] = await api.ctx.ds.query(`SELECT comment FROM csat_survey WHERE rating <= 2 AND low_notified_at IS NOT NULL ORDER BY rating`);
    expect(low.map((r) => r.comment)).toEqual(['Waited all morning; nobody called.', '等了两天才有人联系。']);
  });
});
