import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * A case's life (issue 18 items 1, 2, 5): opened under the account's contract, answered, paused
 * while waiting on the customer, re-prioritised, resolved and closed, with the SLA clocks derived
 * from its event log at each step. The calendar is open around the clock, so business time is
 * wall-clock time and the expectations do not depend on when the test runs.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let agent: ApiClient;
let contactId: string;
let accountId: string;
let policyId: string;
let entitlementId: string;
let calendarId: string;

const MIN = 60_000;
const CASE = `id number status priority accountId contactId slaPolicyId entitlementId slaDueAt slaBreached firstResponseAt resolvedAt isOpen
  sla { milestones { kind targetMinutes state dueAt late } }`;
type Milestone = { kind: string; targetMinutes: number; state: string; dueAt: string | null; late: boolean };
type CaseView = { id: string; number: string; status: string; priority: string; accountId: string | null; contactId: string | null; slaPolicyId: string | null; entitlementId: string | null; slaDueAt: string | null; slaBreached: boolean; firstResponseAt: string | null; resolvedAt: string | null; isOpen: boolean; sla: { milestones: Milestone[] } };

const open = (i: Record<string, unknown>) => agent.gqlOk<{ createCase: { case: CaseView } }>(`mutation($i: CreateCaseInput!) { createCase(input: $i) { case { ${CASE} } } }`, { i }).then((r) => r.createCase.case);
const status = (id: string, s: string) => agent.gqlOk<{ setCaseStatus: { case: CaseView } }>(`mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { ${CASE} } } }`, { i: { id, status: s } }).then((r) => r.setCaseStatus.case);
const milestone = (k: CaseView, kind: string) => k.sla.milestones.find((m) => m.kind === kind);
const fieldsOf = (res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; messageKey?: string }[];

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [{ start: 0, end: 1440 }] }));
  const cal = await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>('mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id } } }', {
    i: { name: `Around the clock ${Date.now()}`, timeZone: 'Asia/Shanghai', week: allDay },
  });
  const policy = await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string } } }>('mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }', {
    i: {
      name: `Gold ${Date.now()}`,
      calendarId: cal.createBusinessCalendar.calendar.id,
      targets: [
        { priority: 'NORMAL', firstResponse: 60, nextResponse: 120, resolution: 480 },
        { priority: 'HIGH', firstResponse: 30, nextResponse: 60, resolution: 240 },
      ],
    },
  });
  policyId = policy.createServiceSlaPolicy.policy.id;
  calendarId = cal.createBusinessCalendar.calendar.id;
  const account = await api.ctx.newAccount({ name: 'Pumps & Co' });
  accountId = account.id;
  contactId = (await api.ctx.newContact({ lastName: '王', firstName: '芳', emails: ['fang.wang@pumps.example'], accountId })).id;
  const contract = await admin.gqlOk<{ createEntitlement: { entitlement: { id: string } } }>('mutation($i: CreateEntitlementInput!) { createEntitlement(input: $i) { entitlement { id } } }', {
    i: { accountId, name: 'Gold care', startsOn: '2020-01-01', endsOn: null, policyId },
  });
  entitlementId = contract.createEntitlement.entitlement.id;
});

describe('a case', () => {
  it('is opened under the contract, answered, paused, re-prioritised, resolved and closed, its clocks following', async () => {
    const before = Date.now();
    const k = await open({ subject: 'Pump leaks', contactId, priority: 'NORMAL', channel: 'PHONE' });
    expect(k.number).toMatch(/^CS-\d{4}-\d{6}$/);
    expect(k).toMatchObject({ status: 'new', accountId, slaPolicyId: policyId, entitlementId, isOpen: true, slaBreached: false, firstResponseAt: null });
    const first = milestone(k, 'FIRST_RESPONSE')!;
    expect(first).toMatchObject({ targetMinutes: 60, state: 'RUNNING', late: false });
    const due = new Date(first.dueAt!).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 60 * MIN - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 60 * MIN);
    expect(milestone(k, 'RESOLUTION')).toMatchObject({ targetMinutes: 480, state: 'RUNNING' });
    // The row keeps the earliest due time, for lists and the escalation job.
    expect(new Date(k.slaDueAt!).getTime()).toBe(due);

    const reply = await agent.gqlOk<{ replyToCase: { message: { direction: string; channel: string; toAddresses: string[]; subject: string }; case: CaseView } }>(
      `mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { direction channel toAddresses subject } case { ${CASE} } } }`,
      { i: { caseId: k.id, body: '我们的工程师明天上午到。' } },
    );
    expect(reply.replyToCase.message).toEqual({ direction: 'OUTBOUND', channel: 'EMAIL', toAddresses: ['fang.wang@pumps.example'], subject: `Re: [${k.number}] Pump leaks` });
    const answered = reply.replyToCase.case;
    expect(answered.status).toBe('open');
    expect(answered.firstResponseAt).not.toBeNull();
    expect(milestone(answered, 'FIRST_RESPONSE')!.state).toBe('MET');
    expect(new Date(answered.slaDueAt!).getTime()).toBe(new Date(milestone(answered, 'RESOLUTION')!.dueAt!).getTime());

    // A higher priority: the policy's targets for it, the time spent kept.
    const high = await agent.gqlOk<{ setCasePriority: { case: CaseView } }>(`mutation($i: SetCasePriorityInput!) { setCasePriority(input: $i) { case { ${CASE} } } }`, { i: { id: k.id, priority: 'HIGH' } });
    expect(high.setCasePriority.case.priority).toBe('HIGH');
    expect(milestone(high.setCasePriority.case, 'RESOLUTION')).toMatchObject({ targetMinutes: 240, state: 'RUNNING' });
    expect(new Date(high.setCasePriority.case.slaDueAt!).getTime()).toBeLessThan(new Date(answered.slaDueAt!).getTime());

    const waiting = await status(k.id, 'waiting_customer');
    expect(milestone(waiting, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', dueAt: null });
    expect(waiting.slaDueAt).toBeNull();
    expect(milestone(await status(k.id, 'open'), 'RESOLUTION')!.state).toBe('RUNNING');

    const resolved = await status(k.id, 'resolved');
    expect(resolved).toMatchObject({ isOpen: false, slaDueAt: null, slaBreached: false });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(milestone(resolved, 'RESOLUTION')!.state).toBe('MET');
    // Reopened it runs again with the time it had spent; closed it is final.
    expect(milestone(await status(k.id, 'open'), 'RESOLUTION')!.state).toBe('RUNNING');
    await status(k.id, 'resolved');
    const closed = await status(k.id, 'closed');
    expect(closed.status).toBe('closed');
    const reopen = await agent.gql('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: k.id, status: 'open' } });
    expect(fieldsOf(reopen)).toEqual([expect.objectContaining({ path: 'input.status', messageKey: 'service.closedFinal' })]);
    const late = await agent.gql('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId: k.id, body: 'One more thing' } });
    expect((late.errors?.[0]?.extensions as Record<string, unknown> | undefined)?.['messageKey']).toBe('service.closedNoReply');

    const history = await agent.gqlOk<{ case: { history: { kind: string }[] } }>('query($id: ID!) { case(id: $id) { history { kind } } }', { id: k.id });
    expect(history.case.history.map((h) => h.kind).reverse().slice(0, 6)).toEqual(['created', 'agent_response', 'status_changed', 'priority_changed', 'targets', 'status_changed']);
  });

  it('counts a logged call as an answer, and has no clocks without a contract', async () => {
    const stranger = await api.ctx.newAccount({ name: 'No contract' });
    const k = await open({ subject: 'Question about invoice', accountId: stranger.id });
    expect(k).toMatchObject({ slaPolicyId: null, entitlementId: null, slaDueAt: null, sla: { milestones: [] } });
    const call = await agent.gqlOk<{ logCaseCall: { message: { channel: string; direction: string; phoneNumber: string; durationSeconds: number }; case: { firstResponseAt: string | null } } }>(
      'mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { channel direction phoneNumber durationSeconds } case { firstResponseAt } } }',
      { i: { caseId: k.id, direction: 'INBOUND', phoneNumber: '+8613800000000', line: '+864008000000', durationSeconds: 245, body: 'Explained the invoice lines.' } },
    );
    expect(call.logCaseCall.message).toEqual({ channel: 'PHONE', direction: 'INBOUND', phoneNumber: '+8613800000000', durationSeconds: 245 });
    expect(call.logCaseCall.case.firstResponseAt).not.toBeNull();
  });

  it('numbers concurrent cases uniquely and without gaps', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => open({ subject: `Burst ${i}`, accountId })));
    const seqs = made.map((k) => Number(k.number.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(8);
    expect(seqs[7]! - seqs[0]!).toBe(7);
  });

  it('refuses bad input with clear messages', async () => {
    const missing = await agent.gql('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { subject: '  ', productId: '11111111-1111-4111-8111-111111111111' } });
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const product = await agent.gql('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { subject: 'Broken', productId: '11111111-1111-4111-8111-111111111111' } });
    expect(fieldsOf(product)).toEqual([expect.objectContaining({ path: 'input.productId', messageKey: 'service.productMissing' })]);
    const k = await open({ subject: 'Valid', accountId });
    const badStatus = await agent.gql('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: k.id, status: 'nope' } });
    expect(fieldsOf(badStatus)).toEqual([expect.objectContaining({ path: 'input.status', messageKey: 'service.statusMissing' })]);
    const back = await agent.gql('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: (await status(k.id, 'open')).id, status: 'new' } });
    expect(fieldsOf(back)).toEqual([expect.objectContaining({ messageKey: 'service.notBackToNew' })]);
    const phone = await agent.gql('mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { id } } }', { i: { caseId: k.id, direction: 'OUTBOUND', phoneNumber: '138 0000', body: '' } });
    expect(fieldsOf(phone).map((f) => [f.path, f.messageKey])).toEqual([
      ['input.phoneNumber', 'service.e164'],
      ['input.body', 'service.writeCall'],
    ]);
    const nobody = await agent.gql('query { case(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(nobody.data).toEqual({ case: null });
  });

  it('lists the statuses in the reader’s language', async () => {
    const { caseStatuses } = await agent.gqlOk<{ caseStatuses: { key: string; name: string; category: string; clockRuns: boolean }[] }>('{ caseStatuses(language: "zh-CN") { key name category clockRuns } }');
    expect(caseStatuses.map((s) => [s.key, s.name, s.category, s.clockRuns])).toEqual([
      ['new', '新建', 'NEW', true],
      ['open', '处理中', 'OPEN', true],
      ['waiting_customer', '等待客户', 'WAITING', false],
      ['waiting_third_party', '等待第三方', 'WAITING', false],
      ['resolved', '已解决', 'RESOLVED', false],
      ['closed', '已关闭', 'CLOSED', false],
    ]);
  });

  it('merges duplicates into one thread, closing them, and refuses bad merges', async () => {
    const keep = await open({ subject: 'Display flickers', contactId });
    const dup = await open({ subject: 'Screen flickering', contactId });
    await agent.gqlOk('mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { id } } }', { i: { caseId: dup.id, direction: 'INBOUND', body: 'Same problem, by phone.' } });
    const MERGE = 'mutation($i: MergeCasesInput!) { mergeCases(input: $i) { case { id messages { body } history { kind } } } }';
    const merged = await agent.gqlOk<{ mergeCases: { case: { id: string; messages: { body: string }[]; history: { kind: string }[] } } }>(MERGE, { i: { intoId: keep.id, fromIds: [dup.id] } });
    expect(merged.mergeCases.case.messages.map((m) => m.body)).toEqual(['Same problem, by phone.']);
    expect(merged.mergeCases.case.history[0]!.kind).toBe('merged');
    const gone = await agent.gqlOk<{ case: { status: string; parentId: string; isOpen: boolean; messages: unknown[] } }>('query($id: ID!) { case(id: $id) { status parentId isOpen messages { body } } }', { id: dup.id });
    expect(gone.case).toEqual({ status: 'closed', parentId: keep.id, isOpen: false, messages: [] });

    expect(fieldsOf(await agent.gql(MERGE, { i: { intoId: keep.id, fromIds: [keep.id] } }))).toEqual([expect.objectContaining({ path: 'input.fromIds', messageKey: 'service.mergeSelf' })]);
    expect(fieldsOf(await agent.gql(MERGE, { i: { intoId: keep.id, fromIds: [dup.id] } }))).toEqual([expect.objectContaining({ path: 'input.fromIds', messageKey: 'service.alreadyMerged' })]);
    expect(fieldsOf(await agent.gql(MERGE, { i: { intoId: dup.id, fromIds: [keep.id] } }))).toEqual([expect.objectContaining({ path: 'input.intoId', messageKey: 'service.mergeIntoClosed' })]);
    expect(fieldsOf(await agent.gql(MERGE, { i: { intoId: keep.id, fromIds: [] } }))).toEqual([expect.objectContaining({ path: 'input.fromIds', messageKey: 'service.mergeAtLeastOne' })]);
    // A rep may read the account's cases but not merge them.
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.gql(MERGE, { i: { intoId: keep.id, fromIds: [dup.id] } })).errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});

describe('the default SLA policy', () => {
  const SAVE = 'mutation($i: UpdateServiceSlaPolicyInput!) { updateServiceSlaPolicy(input: $i) { policy { id isDefault active } } }';
  const CREATE = 'mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id isDefault } } }';

  it('serves customers without a contract (and cases without an account), one default at most, always active', async () => {
    const noContract = (await api.ctx.newAccount({ name: 'Walk-in customer' })).id;
    // Before a default exists, a customer without a contract has no clocks.
    expect(await open({ subject: 'Before', accountId: noContract })).toMatchObject({ slaPolicyId: null, entitlementId: null, slaDueAt: null });

    const basic = await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string; isDefault: boolean } } }>(CREATE, {
      i: { name: `Basic ${Date.now()}`, isDefault: true, calendarId, targets: [{ priority: 'NORMAL', firstResponse: 480, nextResponse: null, resolution: null }] },
    });
    const basicId = basic.createServiceSlaPolicy.policy.id;
    expect(basic.createServiceSlaPolicy.policy.isDefault).toBe(true);
    try {
      const walkIn = await open({ subject: 'No contract', accountId: noContract });
      expect(walkIn).toMatchObject({ slaPolicyId: basicId, entitlementId: null });
      expect(milestone(walkIn, 'FIRST_RESPONSE')).toMatchObject({ targetMinutes: 480, state: 'RUNNING' });
      expect(await open({ subject: 'Nobody’s' })).toMatchObject({ slaPolicyId: basicId });
      // A contract still wins.
      expect(await open({ subject: 'Under contract', contactId })).toMatchObject({ slaPolicyId: policyId, entitlementId });

      // Another default replaces it; the default cannot be switched off while it is the default.
      const other = await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string } } }>(CREATE, { i: { name: `Basic 2 ${Date.now()}`, isDefault: true, targets: [{ priority: 'NORMAL', firstResponse: 240, nextResponse: null, resolution: null }] } });
      const defaults = await api.ctx.ds.query(`SELECT id FROM service_sla_policy WHERE is_default`);
      expect(defaults).toEqual([{ id: other.createServiceSlaPolicy.policy.id }]);
      const off = await admin.gql(SAVE, { i: { id: other.createServiceSlaPolicy.policy.id, active: false } });
      expect(fieldsOf(off)).toEqual([expect.objectContaining({ path: 'input.active', messageKey: 'service.defaultInactive' })]);
      await admin.gqlOk(SAVE, { i: { id: other.createServiceSlaPolicy.policy.id, isDefault: false } });
      expect(await open({ subject: 'No default again', accountId: noContract })).toMatchObject({ slaPolicyId: null });
    } finally {
      await api.ctx.ds.query(`UPDATE service_sla_policy SET is_default = false`);
    }
  });
});
