import { type BusinessCalendar, businessTimeBetween, period, Role, weekdays } from '@rapport/shared-domain';
import type { LeadStatus } from '@rapport/sales-domain';
import { BUILT_IN_INTAKE_CALENDAR, DEFAULT_LADDER, dueEscalations } from '@rapport/leads-domain';
import { SlaService } from '@rapport/leads-api';
import { LeadEscalationEntity } from '@rapport/leads-data';
import { useTestApi } from './testing/test-api';

/**
 * The SLA check finds due escalation steps with one SQL statement (libs/leads/data sla-due.ts; its
 * arithmetic is checked against luxon in libs/leads/data/src/repositories/sla-due.int-spec.ts). These tests hold the check to the
 * rules: the steps taken are exactly `dueEscalations` of every waiting lead under the business
 * calendar lead settings name (one of the shared calendars: a lunch break, a day off and a make-up
 * Saturday within the leads' ten days), and a run takes at most its bound, leaving the rest, none
 * twice, to the next run.
 */
const api = useTestApi();
const LUNCH = [period('09:00-12:00'), period('13:00-18:00')];
const OFFICE: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays(LUNCH), holidays: ['2026-03-09'], workdays: { '2026-03-07': null } };
// Wednesday 11 March 2026, 15:30 in Shanghai.
const NOW = new Date('2026-03-11T07:30:00Z');

/** A deterministic sequence, so a failure replays. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('the SLA check', () => {
  let owner: Awaited<ReturnType<typeof api.ctx.newUser>>;
  let manager: Awaited<ReturnType<typeof api.ctx.newUser>>;

  beforeAll(async () => {
    await api.ctx.useIntakeCalendar({
      timeZone: OFFICE.timeZone,
      week: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), LUNCH])),
      holidays: [{ date: '2026-03-09', name: 'Day off' }],
      workdays: [{ date: '2026-03-07', name: 'Make-up day' }],
    });
    await api.ctx.ds.query(`UPDATE lead_settings SET ladder = $1`, [JSON.stringify(DEFAULT_LADDER)]);
    const team = await api.ctx.newTeam();
    manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: team.id });
    await api.ctx.setTeamManager(team, manager);
    owner = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
  });

  interface Waiting {
    receivedAt: Date;
    slaMinutes: number | null;
    routed?: boolean;
    answered?: boolean;
    status?: `${LeadStatus}`;
    deleted?: boolean;
    done?: number[];
  }
  /** Leads straight into the tables: routed (or not) with an SLA clock, some steps already taken. */
  async function leads(specs: Waiting[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, w] of specs.entries()) {
      const lead = await api.ctx.newLead({ firstName: 'Sla', lastName: `Lead ${i}`, source: 'web', status: w.status ?? 'new', ownerId: owner.id, deletedAt: w.deleted ? NOW : null });
      await api.ctx.newLeadRouting(lead, {
        receivedAt: w.receivedAt,
        routedAt: w.routed === false ? null : w.receivedAt,
        slaMinutes: w.slaMinutes,
        firstResponseAt: w.answered ? w.receivedAt : null,
      });
      for (const level of w.done ?? []) await api.ctx.insertRow(LeadEscalationEntity, { leadId: lead.id, level, action: DEFAULT_LADDER[level].action, at: w.receivedAt });
      ids.push(lead.id);
    }
    return ids;
  }
  const takenAt = async (ids: string[], at: Date): Promise<string[]> =>
    (await api.ctx.ds.query(`SELECT lead_id, level FROM lead_escalation WHERE lead_id = ANY($1) AND at = $2 ORDER BY lead_id, level`, [ids, at])).map(
      (r: { lead_id: string; level: number }) => `${r.lead_id}:${r.level}`,
    );

  it('takes exactly the steps that business hours make due, for every waiting lead', async () => {
    const next = random(7);
    const specs: Waiting[] = [];
    for (let i = 0; i < 120; i++) {
      specs.push({
        // Up to ten days back, across two weekends and many evenings.
        receivedAt: new Date(NOW.getTime() - next() * 10 * 86_400_000),
        slaMinutes: [30, 60, 240, 480, 1440][i % 5],
        done: i % 4 === 0 ? [0] : i % 9 === 0 ? [0, 1, 2] : [],
      });
    }
    // Out of the SLA's scope, however late: answered, not routed yet, closed, deleted, without an SLA.
    const late = new Date(NOW.getTime() - 9 * 86_400_000);
    specs.push(
      { receivedAt: late, slaMinutes: 60, answered: true },
      { receivedAt: late, slaMinutes: 60, routed: false },
      { receivedAt: late, slaMinutes: 60, status: 'converted' },
      { receivedAt: late, slaMinutes: 60, deleted: true },
      { receivedAt: late, slaMinutes: null },
      { receivedAt: late, slaMinutes: 0 },
    );
    const ids = await leads(specs);
    const dueUnder = (cal: BusinessCalendar) =>
      specs
        .flatMap((w, i) => {
          if (w.answered || w.routed === false || w.status || w.deleted || !w.slaMinutes) return [];
          const used = (businessTimeBetween(w.receivedAt, NOW, cal) / (w.slaMinutes * 60_000)) * 100;
          return dueEscalations(DEFAULT_LADDER, used, w.done ?? []).map(({ level }) => `${ids[i]}:${level}`);
        })
        .sort();
    const expected = dueUnder(OFFICE);
    // The calendar's lunch break, day off and make-up day change what is due (the built-in hours would take other steps).
    expect(dueUnder(BUILT_IN_INTAKE_CALENDAR)).not.toEqual(expected);
    // Enough of each kind that the check can't pass by taking all or none.
    expect(expected.length).toBeGreaterThan(60);
    expect(expected.filter((k) => k.endsWith(':0')).length).toBeGreaterThan(10);
    expect(expected.filter((k) => k.endsWith(':2')).length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(specs.length * 3 - 60);

    const result = await api.app.get(SlaService).check(NOW, { maxEscalations: 10_000 });
    expect(result).toMatchObject({ escalations: expected.length, more: false });
    expect(await takenAt(ids, NOW)).toEqual(expected);

    // Their effects: the owner reminded and the manager told once per step (the reassignments found nobody else).
    const notices: { kind: string; user_id: string; n: number }[] = await api.ctx.ds.query(
      `SELECT kind, user_id, count(*)::int AS n FROM notification WHERE (payload->>'leadId')::uuid = ANY($1) GROUP BY kind, user_id ORDER BY kind`,
      [ids],
    );
    expect(notices).toEqual([
      { kind: 'lead.sla.overdue', user_id: manager.id, n: expected.filter((k) => k.endsWith(':1')).length },
      { kind: 'lead.sla.reminder', user_id: owner.id, n: expected.filter((k) => k.endsWith(':0')).length },
    ]);
    const [events] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM timeline_event WHERE event_type = 'lead.sla.escalated' AND subject_id = ANY($1)`, [ids]);
    expect(events.n).toBe(expected.length);

    // Nothing is taken twice.
    expect(await api.app.get(SlaService).check(NOW)).toMatchObject({ escalations: 0, more: false });
  });

  it('takes at most its bound per run, most overdue first; the next runs take the rest, none twice', async () => {
    // Seven leads at 60–90 % of a one-hour SLA (business time: Wednesday afternoon): only the reminder is due.
    const ids = await leads(Array.from({ length: 7 }, (_, i) => ({ receivedAt: new Date(NOW.getTime() - (54 - i * 3) * 60_000), slaMinutes: 60 })));
    const sla = api.app.get(SlaService);
    const runs = [await sla.check(NOW, { maxEscalations: 3 })];
    // The first run took the three longest waiting (the first three, received 54, 51 and 48 minutes ago).
    expect(await takenAt(ids, NOW)).toEqual(ids.slice(0, 3).map((id) => `${id}:0`).sort());
    for (let i = 0; i < 3; i++) runs.push(await sla.check(NOW, { maxEscalations: 3 }));
    expect(runs.map((r) => [r.escalations, r.more])).toEqual([
      [3, true],
      [3, true],
      [1, false],
      [0, false],
    ]);
    expect(await takenAt(ids, NOW)).toEqual(ids.map((id) => `${id}:0`).sort());
    const [reminders] = await api.ctx.ds.query(`SELECT count(*)::int AS n, count(DISTINCT payload->>'leadId')::int AS leads FROM notification WHERE kind = 'lead.sla.reminder' AND (payload->>'leadId')::uuid = ANY($1)`, [ids]);
    expect(reminders).toEqual({ n: 7, leads: 7 });
  });
});
