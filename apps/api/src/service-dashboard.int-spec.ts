import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The service dashboard (issue 18 item 9) on real PostgreSQL: open cases by age, SLA attainment by
 * team, priority and milestone, breaches per day in the default calendar's time zone (Asia/Shanghai
 * here, where a breach a minute either side of midnight falls on two days though both are the same
 * UTC day), all counted over the cases the viewer may read.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ZONE = 'Asia/Shanghai';
const localDay = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));

const DASHBOARD = `query($from: DateTime, $to: DateTime) {
  serviceDashboard(from: $from, to: $to) {
    from to timeZone attainmentTarget
    headline { open openBreached resolvedThisWeek firstResponseMet firstResponseBreached firstResponseMetRate }
    openByAge { bucket total breached byPriority { priority total breached } }
    openByPriority { priority total breached }
    attainment { teamName priority milestone met breached stopped metRate }
    breachesThisWeek { day completed open total }
  }
}`;
interface Dashboard {
  from: string;
  to: string;
  timeZone: string;
  attainmentTarget: number;
  headline: { open: number; openBreached: number; resolvedThisWeek: number; firstResponseMet: number; firstResponseBreached: number; firstResponseMetRate: number | null };
  openByAge: { bucket: string; total: number; breached: number; byPriority: { priority: string; total: number; breached: number }[] }[];
  openByPriority: { priority: string; total: number; breached: number }[];
  attainment: { teamName: string | null; priority: string; milestone: string; met: number; breached: number; stopped: number; metRate: number | null }[];
  breachesThisWeek: { day: string; completed: number; open: number; total: number }[];
}
const dashboard = async (c: ApiClient, vars: { from?: string; to?: string } = {}) => (await c.gqlOk<{ serviceDashboard: Dashboard }>(DASHBOARD, vars)).serviceDashboard;

let admin: ApiClient;
let rep: ApiClient;
let marketer: ApiClient;
let now: number;
/** Local midnight starting the day two days before today, in Shanghai. */
let midnight: number;

beforeAll(async () => {
  const ctx = api.ctx;
  now = Date.now();
  midnight = Date.parse(`${localDay(now - 2 * DAY)}T00:00:00+08:00`);
  await ctx.ds.query(`INSERT INTO business_calendar (name, time_zone, week, is_default) VALUES ('Shanghai office', $1, '{"1":[{"start":540,"end":1080}]}', true)`, [ZONE]);
  admin = await api.signedIn((await ctx.newUser({ role: Role.Admin })).email);
  marketer = await api.signedIn((await ctx.newUser({ role: Role.Marketer })).email);
  const alpha = await ctx.newTeam({ name: 'Alpha desk' });
  const agent = await ctx.newUser({ role: Role.ServiceAgent, teamId: alpha.id });
  const loner = await ctx.newUser({ role: Role.ServiceAgent });
  const repUser = await ctx.newUser({ role: Role.SalesRep });
  rep = await api.signedIn(repUser.email);
  const servedAccount = await ctx.newAccount({ name: 'Served by the desk', owner: agent });
  const repAccount = await ctx.newAccount({ name: 'The rep’s customer', owner: repUser });

  const kase = async (o: { ageMs: number; priority: string; breached?: boolean; resolvedAgoMs?: number; rep?: boolean; deleted?: boolean }) => {
    const k = o.rep
      ? await ctx.newCase({ accountId: repAccount.id, owner: { owner: loner.id, team: null }, priority: o.priority as never })
      : await ctx.newCase({ accountId: servedAccount.id, owner: agent, priority: o.priority as never });
    await ctx.ds.query(`UPDATE service_case SET created_at = $2, sla_breached = $3, resolved_at = $4, deleted_at = $5 WHERE id = $1`, [
      k.id,
      new Date(now - o.ageMs),
      !!o.breached,
      o.resolvedAgoMs === undefined ? null : new Date(now - o.resolvedAgoMs),
      o.deleted ? new Date(now) : null,
    ]);
    return k.id;
  };
  const c1 = await kase({ ageMs: 2 * HOUR, priority: 'urgent', breached: true });
  const c2 = await kase({ ageMs: 2 * DAY, priority: 'normal' });
  const c3 = await kase({ ageMs: 5 * DAY, priority: 'high', breached: true });
  const c4 = await kase({ ageMs: 10 * DAY, priority: 'low' });
  const c5 = await kase({ ageMs: 40 * DAY, priority: 'normal', breached: true });
  const c6 = await kase({ ageMs: 40 * DAY, priority: 'normal' });
  const c7 = await kase({ ageMs: 3 * DAY, priority: 'normal', resolvedAgoMs: DAY });
  const c8 = await kase({ ageMs: 60 * DAY, priority: 'normal', resolvedAgoMs: 50 * DAY });
  const c9 = await kase({ ageMs: 2 * HOUR, priority: 'urgent', breached: true, deleted: true });
  const r1 = await kase({ ageMs: 2 * DAY, priority: 'urgent', breached: true, rep: true });
  void c1;
  void c5;
  const attained = (caseId: string, milestone: string, state: string, at: number) =>
    ctx.ds.query(`INSERT INTO case_sla_attainment (case_id, milestone, state, target_minutes, spent_minutes, completed_at) VALUES ($1, $2, $3, 60, 30, $4)`, [caseId, milestone, state, new Date(at)]);
  await attained(c7, 'first_response', 'met', now - 3 * DAY);
  await attained(c7, 'resolution', 'met', now - DAY);
  await attained(c2, 'first_response', 'breached', now - DAY);
  await attained(c3, 'first_response', 'met', now - 4 * DAY);
  await attained(c3, 'next_response', 'stopped', now - 4 * DAY);
  // A minute before and after Shanghai's midnight: one UTC day (16:00 UTC), two local days.
  await attained(c4, 'first_response', 'breached', midnight - MIN);
  await attained(c6, 'first_response', 'breached', midnight + MIN);
  // Outside the last 30 days.
  await attained(c8, 'first_response', 'met', now - 55 * DAY);
  await attained(r1, 'first_response', 'breached', now - DAY);
  // A deleted case counts nowhere.
  await attained(c9, 'first_response', 'breached', now - DAY);
});

describe('the service dashboard', () => {
  it('counts open cases by age with their breaches, and per priority', async () => {
    const d = await dashboard(admin);
    expect(d.timeZone).toBe(ZONE);
    expect(d.openByAge.map((b) => [b.bucket, b.total, b.breached])).toEqual([
      ['UNDER_1_DAY', 1, 1],
      ['DAYS_1_TO_3', 2, 1],
      ['DAYS_3_TO_7', 1, 1],
      ['DAYS_7_TO_30', 1, 0],
      ['OVER_30_DAYS', 2, 1],
    ]);
    expect(d.openByAge[4]!.byPriority).toEqual([
      { priority: 'LOW', total: 0, breached: 0 },
      { priority: 'NORMAL', total: 2, breached: 1 },
      { priority: 'HIGH', total: 0, breached: 0 },
      { priority: 'URGENT', total: 0, breached: 0 },
    ]);
    expect(d.openByPriority.map((p) => [p.priority, p.total, p.breached])).toEqual([
      ['LOW', 1, 0],
      ['NORMAL', 3, 1],
      ['HIGH', 1, 1],
      ['URGENT', 2, 2],
    ]);
    expect(d.headline).toMatchObject({ open: 7, openBreached: 4, resolvedThisWeek: 1 });
  });

  it('rates attainment by team, priority and milestone over the last 30 days', async () => {
    const d = await dashboard(admin);
    expect(Date.parse(d.to) - Date.parse(d.from)).toBe(30 * DAY);
    expect(d.attainmentTarget).toBe(0.9);
    expect(d.attainment.map((r) => [r.teamName, r.priority, r.milestone, r.met, r.breached, r.stopped, r.metRate])).toEqual([
      ['Alpha desk', 'HIGH', 'FIRST_RESPONSE', 1, 0, 0, 1],
      ['Alpha desk', 'HIGH', 'NEXT_RESPONSE', 0, 0, 1, null],
      ['Alpha desk', 'NORMAL', 'FIRST_RESPONSE', 1, 2, 0, 1 / 3],
      ['Alpha desk', 'NORMAL', 'RESOLUTION', 1, 0, 0, 1],
      ['Alpha desk', 'LOW', 'FIRST_RESPONSE', 0, 1, 0, 0],
      [null, 'URGENT', 'FIRST_RESPONSE', 0, 1, 0, 0],
    ]);
    expect(d.headline).toMatchObject({ firstResponseMet: 2, firstResponseBreached: 4, firstResponseMetRate: 2 / 6 });
    // Over 90 days the older first response counts too.
    const longer = await dashboard(admin, { from: new Date(now - 90 * DAY).toISOString(), to: new Date(now + MIN).toISOString() });
    expect(longer.attainment.find((r) => r.teamName === 'Alpha desk' && r.priority === 'NORMAL' && r.milestone === 'FIRST_RESPONSE')).toMatchObject({ met: 2, breached: 2, metRate: 0.5 });
    expect(longer.headline).toMatchObject({ firstResponseMet: 3, firstResponseBreached: 4 });
  });

  it('counts breaches per day in Shanghai, a minute either side of midnight on two days, and open late cases today', async () => {
    const d = await dashboard(admin);
    const days = [6, 5, 4, 3, 2, 1, 0].map((k) => localDay(now - k * DAY));
    expect(d.breachesThisWeek.map((b) => b.day)).toEqual(days);
    const byDay = Object.fromEntries(d.breachesThisWeek.map((b) => [b.day, [b.completed, b.open]]));
    // The two breaches around midnight are both on one UTC day: counted in UTC they would fall together.
    expect(new Date(midnight - MIN).toISOString().slice(0, 10)).toBe(new Date(midnight + MIN).toISOString().slice(0, 10));
    expect(byDay[localDay(midnight - MIN)]).toEqual([1, 0]);
    expect(byDay[localDay(midnight + MIN)]).toEqual([1, 0]);
    expect(byDay[localDay(now - DAY)]).toEqual([2, 0]);
    expect(byDay[days[6]!]).toEqual([0, 4]);
    expect(d.breachesThisWeek.reduce((n, b) => n + b.total, 0)).toBe(8);
  });

  it('gives a sales rep the figures of their customers’ cases only', async () => {
    const d = await dashboard(rep);
    expect(d.headline).toMatchObject({ open: 1, openBreached: 1, resolvedThisWeek: 0, firstResponseMet: 0, firstResponseBreached: 1, firstResponseMetRate: 0 });
    expect(d.openByAge.map((b) => b.total)).toEqual([0, 1, 0, 0, 0]);
    expect(d.attainment.map((r) => [r.teamName, r.priority, r.milestone, r.breached])).toEqual([[null, 'URGENT', 'FIRST_RESPONSE', 1]]);
    expect(d.breachesThisWeek.map((b) => b.total).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('refuses a marketer, who reads no cases', async () => {
    const r = await marketer.gql(DASHBOARD);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data?.['serviceDashboard'] ?? null).toBeNull();
  });

  it('explains a period that runs backwards or is longer than 366 days', async () => {
    const backwards = await admin.gql(DASHBOARD, { from: new Date(now).toISOString(), to: new Date(now - DAY).toISOString() });
    expect(backwards.errors?.[0]).toMatchObject({ message: 'The dashboard period must end after it starts.', extensions: { code: 'VALIDATION_FAILED', messageKey: 'service.reportPeriodOrder', fields: [{ path: 'to', message: 'The dashboard period must end after it starts.' }] } });
    const long = await admin.gql(DASHBOARD, { from: new Date(now - 400 * DAY).toISOString(), to: new Date(now).toISOString() });
    expect(long.errors?.[0]).toMatchObject({ message: 'The dashboard period may span at most 366 days.', extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'from' }] } });
    const bad = await admin.gql(DASHBOARD, { from: 'yesterday' });
    expect(bad.errors?.[0]?.extensions?.code).not.toBe('INTERNAL');
    // A period in the first century is odd but answerable: nothing in it.
    const ancient = await dashboard(admin, { to: '0001-02-01T00:00:00Z' });
    expect(ancient.attainment).toEqual([]);
  });
});
