import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Splitting a case (issue 18 item 1) and numbering cases without a lock held to the commit (ADR
 * 0022 amendment). The calendar is open around the clock, so business time is wall-clock time and
 * the due times do not depend on when the test runs.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let agent: ApiClient;
let accountId: string;
let contactId: string;
let productId: string;
let policyId: string;

const MIN = 60_000;
const CASE = `id number subject status priority type channel accountId contactId productId owner { id } splitFromId slaPolicyId firstResponseAt
  sla { milestones { kind state dueAt completedAt } } history { kind relatedCaseId relatedCaseNumber } messages { id body direction }`;
type CaseView = {
  id: string; number: string; subject: string; status: string; priority: string; type: string; channel: string; accountId: string | null; contactId: string | null; productId: string | null;
  owner: { id: string } | null; splitFromId: string | null; slaPolicyId: string | null; firstResponseAt: string | null;
  sla: { milestones: { kind: string; state: string; dueAt: string | null; completedAt: string | null }[] };
  history: { kind: string; relatedCaseId: string | null; relatedCaseNumber: string | null }[];
  messages: { id: string; body: string; direction: string }[];
};
const SPLIT = `mutation($i: SplitCaseInput!) { splitCase(input: $i) { case { ${CASE} } } }`;
const open = (i: Record<string, unknown>) => agent.gqlOk<{ createCase: { case: CaseView } }>(`mutation($i: CreateCaseInput!) { createCase(input: $i) { case { ${CASE} } } }`, { i }).then((r) => r.createCase.case);
const read = (id: string) => agent.gqlOk<{ case: CaseView }>(`query($id: ID!) { case(id: $id) { ${CASE} } }`, { id }).then((r) => r.case);
const fieldsOf = (res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; messageKey?: string }[];
const milestone = (k: CaseView, kind: string) => k.sla.milestones.find((m) => m.kind === kind);

/** A message on a case at a given time, written as the channels write it (with its clock event for the customer's and the agent's). */
async function post(caseId: string, direction: 'inbound' | 'outbound' | 'internal', body: string, at: Date, channel = direction === 'internal' ? 'note' : 'email'): Promise<string> {
  const [row] = (await api.ctx.ds.query(`INSERT INTO case_message (case_id, direction, channel, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [caseId, direction, channel, body, at])) as { id: string }[];
  const kind = direction === 'inbound' ? 'customer_message' : direction === 'outbound' ? 'agent_response' : 'note';
  await api.ctx.ds.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, $2, $3, $4)`, [caseId, kind, at, JSON.stringify({ messageId: row!.id })]);
  return row!.id;
}

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [{ start: 0, end: 1440 }] }));
  const cal = await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>('mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id } } }', {
    i: { name: `Around the clock ${Date.now()}`, timeZone: 'Asia/Shanghai', week: allDay },
  });
  const policy = await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string } } }>('mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }', {
    i: { name: `Gold ${Date.now()}`, calendarId: cal.createBusinessCalendar.calendar.id, targets: [{ priority: 'HIGH', firstResponse: 30, nextResponse: 60, resolution: 240 }, { priority: 'NORMAL', firstResponse: 60, nextResponse: 120, resolution: 480 }] },
  });
  policyId = policy.createServiceSlaPolicy.policy.id;
  accountId = (await api.ctx.newAccount({ name: 'Split Pumps' })).id;
  contactId = (await api.ctx.newContact({ lastName: '李', firstName: '雷', emails: ['lei.li@split.example'], accountId })).id;
  productId = (await api.ctx.newProduct()).id;
  await admin.gqlOk('mutation($i: CreateEntitlementInput!) { createEntitlement(input: $i) { entitlement { id } } }', { i: { accountId, name: 'Gold care', startsOn: '2020-01-01', endsOn: null, policyId } });
});

describe('splitting a case', () => {
  it('moves exactly the chosen messages and their files to a new case of the same customer, whose clocks count from the moved customer message', async () => {
    const k = await open({ subject: 'Pump leaks', contactId, productId, priority: 'HIGH', type: 'PROBLEM', channel: 'EMAIL' });
    const now = Date.now();
    const m1 = await post(k.id, 'inbound', 'The pump leaks.', new Date(now - 20 * MIN));
    const m2 = await post(k.id, 'outbound', 'An engineer comes tomorrow.', new Date(now - 15 * MIN));
    const m3 = await post(k.id, 'inbound', 'Also, the invoice is wrong.', new Date(now - 10 * MIN));
    const m4 = await post(k.id, 'internal', 'Billing issue, not the pump.', new Date(now - 5 * MIN));
    const m5 = await post(k.id, 'inbound', 'The pump still leaks.', new Date(now - 2 * MIN));
    const files = (await api.ctx.ds.query(
      `INSERT INTO case_attachment (case_id, message_id, filename, content_type, size, sha256, content) VALUES ($1, $2, 'invoice.pdf', 'application/pdf', 4, 'x', '\\x25504446'), ($1, $3, 'leak.png', 'image/png', 4, 'y', '\\x89504e47') RETURNING id, message_id`,
      [k.id, m3, m1],
    )) as { id: string; message_id: string }[];
    // A stale summary on the original: the split must refresh it.
    await api.ctx.ds.query(`UPDATE service_case SET sla_due_at = NULL WHERE id = $1`, [k.id]);

    const made = (await agent.gqlOk<{ splitCase: { case: CaseView } }>(SPLIT, { i: { caseId: k.id, messageIds: [m3, m4], subject: '  Invoice is wrong  ' } })).splitCase.case;
    expect(made.id).not.toBe(k.id);
    expect(made).toMatchObject({ subject: 'Invoice is wrong', status: 'new', priority: 'HIGH', type: 'PROBLEM', channel: 'EMAIL', accountId, contactId, productId, owner: k.owner, splitFromId: k.id, slaPolicyId: policyId });
    expect(made.number).toMatch(/^CS-\d{4}-\d{6}$/);
    expect(made.number).not.toBe(k.number);
    expect(made.messages.map((m) => m.id)).toEqual([m3, m4]);
    const original = await read(k.id);
    expect(original.messages.map((m) => m.id)).toEqual([m1, m2, m5]);
    expect(original.splitFromId).toBeNull();
    // The file goes with its message; the other stays.
    const placed = (await api.ctx.ds.query(`SELECT id, case_id FROM case_attachment WHERE id = ANY($1::uuid[])`, [files.map((f) => f.id)])) as { id: string; case_id: string }[];
    expect(Object.fromEntries(placed.map((p) => [files.find((f) => f.id === p.id)!.message_id, p.case_id]))).toEqual({ [m3]: made.id, [m1]: k.id });
    // Both logs say what happened and name the other case.
    expect(made.history[0]).toEqual({ kind: 'split_from', relatedCaseId: k.id, relatedCaseNumber: k.number });
    expect(original.history[0]).toEqual({ kind: 'split_to', relatedCaseId: made.id, relatedCaseNumber: made.number });
    // The moved customer message was unanswered: first response runs on the new case from it (30 min, HIGH).
    const first = milestone(made, 'FIRST_RESPONSE')!;
    expect(first.state).toBe('RUNNING');
    expect(new Date(first.dueAt!).getTime()).toBe(now - 10 * MIN + 30 * MIN);
    expect(new Date(milestone(made, 'RESOLUTION')!.dueAt!).getTime()).toBe(now - 10 * MIN + 240 * MIN);
    expect(made.firstResponseAt).toBeNull();
    // The original's clocks were refreshed onto its row.
    const [row] = (await api.ctx.ds.query(`SELECT sla_due_at FROM service_case WHERE id = $1`, [k.id])) as { sla_due_at: Date | null }[];
    const running = original.sla.milestones.filter((m) => m.state === 'RUNNING' && m.dueAt).map((m) => new Date(m.dueAt!).getTime());
    expect(running.length).toBeGreaterThan(0);
    expect(row!.sla_due_at?.getTime()).toBe(Math.min(...running));
    // The account's timeline tells the split once.
    const timeline = (await api.ctx.ds.query(`SELECT payload FROM timeline_event WHERE subject_id = $1 AND event_type = 'case.split'`, [accountId])) as { payload: Record<string, unknown> }[];
    expect(timeline.map((t) => t.payload)).toEqual([expect.objectContaining({ caseId: made.id, number: made.number, fromCaseId: k.id, messages: 2 })]);
  });

  it('counts a moved reply to the moved message as the new case’s first response', async () => {
    const k = await open({ subject: 'Two problems', contactId, priority: 'NORMAL' });
    const now = Date.now();
    const stay = await post(k.id, 'inbound', 'Door squeaks.', new Date(now - 30 * MIN));
    const ask = await post(k.id, 'inbound', 'And the display is dark.', new Date(now - 20 * MIN));
    const answer = await post(k.id, 'outbound', 'Please hold the reset button.', new Date(now - 12 * MIN));
    const made = (await agent.gqlOk<{ splitCase: { case: CaseView } }>(SPLIT, { i: { caseId: k.id, messageIds: [answer, ask], subject: 'Display dark' } })).splitCase.case;
    expect(made.messages.map((m) => m.id)).toEqual([ask, answer]);
    expect(milestone(made, 'FIRST_RESPONSE')).toMatchObject({ state: 'MET', completedAt: new Date(now - 12 * MIN).toISOString() });
    expect(made.firstResponseAt).toBe(new Date(now - 12 * MIN).toISOString());
    expect((await read(k.id)).messages.map((m) => m.id)).toEqual([stay]);
  });

  it('stops counting a moved customer message on the original: what it started is the new case’s', async () => {
    const k = await open({ subject: 'Answered, then another question', contactId, priority: 'NORMAL' });
    const now = Date.now();
    await post(k.id, 'inbound', 'The pump hums.', new Date(now - 40 * MIN));
    await post(k.id, 'outbound', 'That is normal.', new Date(now - 35 * MIN));
    const other = await post(k.id, 'inbound', 'Where is my invoice?', new Date(now - 30 * MIN));
    await api.ctx.ds.query(`UPDATE service_case SET first_response_at = $2 WHERE id = $1`, [k.id, new Date(now - 35 * MIN)]);
    // Before: the unanswered question runs the original's next response.
    expect(milestone(await read(k.id), 'NEXT_RESPONSE')?.state).toBe('RUNNING');
    const made = (await agent.gqlOk<{ splitCase: { case: CaseView } }>(SPLIT, { i: { caseId: k.id, messageIds: [other], subject: 'Invoice' } })).splitCase.case;
    expect(milestone(made, 'FIRST_RESPONSE')?.state).toBe('RUNNING');
    // After: nothing waits for an answer on the original any more.
    expect(milestone(await read(k.id), 'NEXT_RESPONSE')?.state).not.toBe('RUNNING');
  });

  it('refuses bad splits with clear messages, and those who may not change the case', async () => {
    const k = await open({ subject: 'Refusals', contactId });
    const a = await post(k.id, 'inbound', 'One.', new Date(Date.now() - 3 * MIN));
    const b = await post(k.id, 'inbound', 'Two.', new Date(Date.now() - 2 * MIN));
    const other = await open({ subject: 'Elsewhere', contactId });
    const foreign = await post(other.id, 'inbound', 'Not yours.', new Date(Date.now() - MIN));
    const split = (i: Record<string, unknown>) => agent.gql(SPLIT, { i: { caseId: k.id, subject: 'New', ...i } });
    expect(fieldsOf(await split({ messageIds: [a, foreign] }))).toEqual([expect.objectContaining({ path: 'input.messageIds', messageKey: 'service.splitNotOnCase' })]);
    expect(fieldsOf(await split({ messageIds: [a, b] }))).toEqual([expect.objectContaining({ path: 'input.messageIds', messageKey: 'service.splitKeepOne' })]);
    expect(fieldsOf(await split({ messageIds: [] }))).toEqual([expect.objectContaining({ path: 'input.messageIds', messageKey: 'service.splitAtLeastOne' })]);
    expect(fieldsOf(await split({ messageIds: [a], subject: '   ' }))).toEqual([expect.objectContaining({ path: 'input.subject', messageKey: 'service.splitSubject' })]);
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.gql(SPLIT, { i: { caseId: k.id, messageIds: [a], subject: 'New' } })).errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|NOT_FOUND/);
    await agent.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: k.id, status: 'closed' } });
    expect(fieldsOf(await split({ messageIds: [a] }))).toEqual([expect.objectContaining({ path: 'input.caseId', messageKey: 'service.splitClosed' })]);
    // Nothing moved on any refusal.
    expect((await read(k.id)).messages.map((m) => m.id)).toEqual([a, b]);
  });
});

describe('case numbers', () => {
  it('gives 50 cases opened at once 50 distinct numbers of the current year', async () => {
    const year = (at: number) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));
    const from = year(Date.now());
    const made = await Promise.all(Array.from({ length: 50 }, (_, i) => open({ subject: `Burst ${i}`, accountId })));
    const to = year(Date.now());
    const numbers = made.map((k) => k.number);
    expect(new Set(numbers).size).toBe(50);
    for (const n of numbers) expect([`CS-${from}`, `CS-${to}`]).toContain(n.slice(0, 7));
    expect(numbers.every((n) => /^CS-\d{4}-\d{6}$/.test(n))).toBe(true);
  });

  it('does not make a new case wait for another creation’s transaction (a rolled-back one leaves a gap)', async () => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(Date.now()));
    const qr = api.ctx.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const [{ n: taken }] = (await qr.query(`SELECT case_number_next($1) AS n`, [year])) as { n: string }[];
      // With the old counter row this waited until the transaction above ended.
      let timer: NodeJS.Timeout | undefined;
      const k = await Promise.race([open({ subject: 'Not waiting', accountId }), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('createCase waited for another transaction')), 5000)))]);
      clearTimeout(timer);
      expect(k.number).toBe(`CS-${year}-${String(Number(taken) + 1).padStart(6, '0')}`);
      await qr.rollbackTransaction();
      // The rolled-back number is not given again.
      const next = await open({ subject: 'After the gap', accountId });
      expect(next.number).toBe(`CS-${year}-${String(Number(taken) + 2).padStart(6, '0')}`);
    } finally {
      await qr.release();
    }
  });

  it('starts a year’s sequence after the numbers already given that year, once, however many ask at once', async () => {
    await api.ctx.newCase({ accountId, number: 'CS-3001-000041' });
    const got = (await Promise.all(Array.from({ length: 12 }, () => api.ctx.ds.query(`SELECT case_number_next(3001) AS n`)))).map((r) => Number((r as { n: string }[])[0]!.n));
    expect(got.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => 42 + i));
  });
});
