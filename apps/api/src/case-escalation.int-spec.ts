import { addBusinessTime, isBusinessTime, Role, type BusinessCalendar } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { CaseEscalationService, CaseRecomputeService } from '@rapport/service-api';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * SLA escalation and recomputation (issue 18 items 5 and 6) with an injected clock: the owner is
 * warned at the threshold and the manager told when late, each once however often the job runs,
 * and only in the calendar's business hours; a calendar change moves open cases' due times.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const MIN = 60_000;
const day = [{ start: 9 * 60, end: 17 * 60 }];
const CAL: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: { 1: day, 2: day, 3: day, 4: day, 5: day }, holidays: [], workdays: {} };
let admin: ApiClient;
let agent: ApiClient;
let agentId: string;
let managerId: string;
let calendarId: string;
let accountId: string;

const escalate = (at: Date) => withSystemScope('test: the escalation job', () => api.app.get(CaseEscalationService).run(at));
const notices = async (userId: string, caseId: string) =>
  ((await api.ctx.ds.query(`SELECT kind FROM notification WHERE user_id = $1 AND payload->>'caseId' = $2 ORDER BY created_at`, [userId, caseId])) as { kind: string }[]).map((n) => n.kind);
const open = async () => {
  const { createCase } = await agent.gqlOk<{ createCase: { case: { id: string; createdAt: string } } }>('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id createdAt } } }', { i: { subject: 'Compressor stopped', accountId, ownerId: agentId } });
  // The clocks start at the `created` event, written with the row.
  const [{ at }] = (await api.ctx.ds.query(`SELECT at FROM case_event WHERE case_id = $1 AND kind = 'created'`, [createCase.case.id])) as { at: Date }[];
  return { id: createCase.case.id, created: at! };
};
const firstWhen = (from: Date, step: number, ok: (t: Date) => boolean) => {
  let t = from;
  while (!ok(t)) t = new Date(t.getTime() + step);
  return t;
};

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  const team = await api.ctx.newTeam({ name: 'Service desk' });
  const manager = await api.ctx.newUser({ role: Role.ServiceManager, teamId: team.id });
  await api.ctx.setTeamManager(team, manager);
  managerId = manager.id;
  const user = await api.ctx.newUser({ role: Role.ServiceAgent, teamId: team.id });
  agentId = user.id;
  agent = await api.signedIn(user.email);
  const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: day }));
  calendarId = (await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>('mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id } } }', { i: { name: `Office ${Date.now()}`, timeZone: 'Asia/Shanghai', week } })).createBusinessCalendar.calendar.id;
  const policyId = (await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string } } }>('mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }', {
    i: { name: `Standard ${Date.now()}`, calendarId, warnAtPercent: 75, targets: [{ priority: 'NORMAL', firstResponse: 60, nextResponse: 120, resolution: 480 }] },
  })).createServiceSlaPolicy.policy.id;
  accountId = (await api.ctx.newAccount({ name: 'Cold Chain Ltd' })).id;
  await admin.gqlOk('mutation($i: CreateEntitlementInput!) { createEntitlement(input: $i) { entitlement { id } } }', { i: { accountId, name: 'Standard care', startsOn: '2020-01-01', policyId } });
});

describe('SLA escalation', () => {
  it('warns the owner, then tells the manager, each once, whatever the job’s rhythm', async () => {
    const k = await open();
    const warnAt = addBusinessTime(k.created, 50 * MIN, CAL);
    const lateAt = addBusinessTime(k.created, 70 * MIN, CAL);
    expect(await escalate(addBusinessTime(k.created, 30 * MIN, CAL))).toMatchObject({ steps: 0 });
    expect((await escalate(warnAt)).steps).toBe(1);
    expect((await escalate(warnAt)).steps).toBe(0);
    expect(await notices(agentId, k.id)).toEqual(['case.sla_warning']);
    expect((await escalate(lateAt)).steps).toBe(1);
    await Promise.all([escalate(lateAt), escalate(lateAt)]);
    expect(await notices(managerId, k.id)).toEqual(['case.sla_breached']);
    expect(await notices(agentId, k.id)).toEqual(['case.sla_warning']);
    const { case: seen } = await agent.gqlOk<{ case: { history: { kind: string }[]; slaBreached: boolean } }>('query($id: ID!) { case(id: $id) { slaBreached history { kind } } }', { id: k.id });
    expect(seen.history.filter((h) => h.kind === 'escalated')).toHaveLength(2);
  });

  it('waits for business hours before telling anyone', async () => {
    const k = await open();
    const resolutionDue = addBusinessTime(k.created, 480 * MIN, CAL);
    const night = firstWhen(new Date(resolutionDue.getTime() + MIN), 30 * MIN, (t) => !isBusinessTime(t, CAL));
    const morning = firstWhen(night, 10 * MIN, (t) => isBusinessTime(t, CAL));
    // By night both the first response and the resolution are late: nothing is sent yet.
    expect((await escalate(night)).steps).toBe(0);
    expect(await notices(managerId, k.id)).toEqual([]);
    // In the morning the manager hears of both (the other case's steps come due too); the owner's warnings are passed over.
    expect((await escalate(morning)).steps).toBeGreaterThanOrEqual(2);
    expect(await notices(managerId, k.id)).toEqual(['case.sla_breached', 'case.sla_breached']);
    expect(await notices(agentId, k.id)).toEqual([]);
  });
});

describe('a calendar change', () => {
  it('recomputes the due times of the open cases counting in it', async () => {
    const k = await open();
    const due = async () => new Date(((await api.ctx.ds.query(`SELECT sla_due_at FROM service_case WHERE id = $1`, [k.id])) as { sla_due_at: Date }[])[0]!.sla_due_at);
    expect((await due()).getTime()).toBe(addBusinessTime(k.created, 60 * MIN, CAL).getTime());
    // Open around the clock from now on: the first response is due an hour after creation.
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [{ start: 0, end: 1440 }] }));
    await admin.gqlOk('mutation($i: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $i) { calendar { id } } }', { i: { id: calendarId, week: allDay } });
    const queued = (await api.ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'recompute-case-clocks' AND payload->>'calendarId' = $1`, [calendarId])) as { n: number }[];
    expect(queued[0]!.n).toBeGreaterThanOrEqual(1);
    const { cases } = await withSystemScope('test: the recompute job', () => api.app.get(CaseRecomputeService).run(calendarId));
    expect(cases).toBeGreaterThanOrEqual(1);
    expect((await due()).getTime()).toBe(k.created.getTime() + 60 * MIN);
  });
});
