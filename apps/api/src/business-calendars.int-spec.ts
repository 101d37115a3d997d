import { ALL_ROLES, Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Business calendars (issue 18 item 5, ADR 0021): created from the mainland China or Taiwan preset or by hand,
 * checked whole (every problem by path, in the reader's words), one default, filled from an
 * iCalendar file, and open to the roles the permission table's `serviceSetup` row names.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const tag = Date.now().toString(36);
let admin: ApiClient;

const CREATE = 'mutation($i: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $i) { calendar { id name timeZone isDefault week { weekday periods { start end } } holidays { date name } workdays { date name } } } }';
const UPDATE = 'mutation($i: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $i) { calendar { id isDefault } } }';
const IMPORT = 'mutation($i: ImportCalendarDaysInput!) { importCalendarDays(input: $i) { holidaysAdded workdaysAdded skipped calendar { holidays { date name } workdays { date } } } }';
type Calendar = { id: string; name: string; timeZone: string; isDefault: boolean; week: { weekday: number; periods: { start: number; end: number }[] }[]; holidays: { date: string; name: string }[]; workdays: { date: string; name: string }[] };

const weekdays = (periods: { start: number; end: number }[]) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods }));
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; message: string; messageKey?: string }[];

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
});

describe('business calendars', () => {
  it('creates mainland China’s office calendar from the preset, with its days off and make-up days, as the default', async () => {
    const { createBusinessCalendar } = await admin.gqlOk<{ createBusinessCalendar: { calendar: Calendar } }>(CREATE, { i: { name: `China ${tag}`, preset: 'MAINLAND_CHINA', isDefault: true } });
    const cal = createBusinessCalendar.calendar;
    expect(cal.timeZone).toBe('Asia/Shanghai');
    expect(cal.isDefault).toBe(true);
    expect(cal.week.map((d) => d.periods.length)).toEqual([2, 2, 2, 2, 2, 0, 0]);
    expect(cal.week[0]!.periods).toEqual([{ start: 540, end: 720 }, { start: 780, end: 1080 }]);
    expect(cal.holidays.find((d) => d.date === '2026-10-01')?.name).toBe('国庆节 National Day');
    expect(cal.workdays.filter((d) => d.date.startsWith('2026')).map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    // A second default takes over; the first stops being one.
    const other = await admin.gqlOk<{ createBusinessCalendar: { calendar: Calendar } }>(CREATE, { i: { name: `Taipei ${tag}`, timeZone: 'Asia/Taipei', week: weekdays([{ start: 510, end: 1050 }]), isDefault: true } });
    const { businessCalendars } = await admin.gqlOk<{ businessCalendars: { id: string; isDefault: boolean }[] }>('{ businessCalendars { id isDefault } }');
    expect(businessCalendars.filter((c) => c.isDefault).map((c) => c.id)).toEqual([other.createBusinessCalendar.calendar.id]);
    expect(businessCalendars[0]!.id).toBe(other.createBusinessCalendar.calendar.id);
    await admin.gqlOk(UPDATE, { i: { id: cal.id, isDefault: true } });
  });

  it('creates Taiwan’s office calendar from the preset: Taipei time, a lunch break, the DGPA’s days off and make-up days', async () => {
    const { createBusinessCalendar } = await admin.gqlOk<{ createBusinessCalendar: { calendar: Calendar } }>(CREATE, { i: { name: `Taiwan ${tag}`, preset: 'TAIWAN' } });
    const cal = createBusinessCalendar.calendar;
    expect(cal.timeZone).toBe('Asia/Taipei');
    expect(cal.isDefault).toBe(false);
    expect(cal.week.map((d) => d.periods)).toEqual([...Array(5).fill([{ start: 510, end: 750 }, { start: 810, end: 1050 }]), [], []]);
    expect(cal.holidays.find((d) => d.date === '2026-02-16')?.name).toBe('農曆除夕 Lunar New Year’s Eve');
    expect(cal.workdays.find((d) => d.date === '2025-02-08')?.name).toBe('補行上班 Make-up working day (for 27 January)');
    expect(cal.workdays.filter((d) => d.date.startsWith('2026'))).toEqual([]);
  });

  it('names every problem of a calendar by path, in the catalogue’s words, and stores nothing', async () => {
    const before = (await admin.gqlOk<{ businessCalendars: unknown[] }>('{ businessCalendars { id } }')).businessCalendars.length;
    const overlapping = await admin.gql(CREATE, { i: { name: `Bad ${tag}`, timeZone: 'Asia/Shanghai', week: weekdays([{ start: 780, end: 1080 }, { start: 540, end: 800 }]) } });
    expect(overlapping.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(fieldsOf(overlapping)).toEqual([{ path: 'input.week', message: 'periods of a day must be in order and must not overlap', messageKey: 'service.periodOrder' }]);
    const zone = await admin.gql(CREATE, { i: { name: `Bad ${tag}`, timeZone: 'Mars/Olympus', week: weekdays([{ start: 540, end: 1080 }]) } });
    expect(fieldsOf(zone).map((f) => [f.path, f.messageKey])).toEqual([['input.timeZone', 'service.unknownTimeZone']]);
    const days = await admin.gql(CREATE, {
      i: { name: `Bad ${tag}`, week: weekdays([{ start: 540, end: 1080 }]), holidays: [{ date: '2026-02-30', name: 'x' }, { date: '2026-05-01', name: 'a' }, { date: '2026-05-01', name: 'b' }], workdays: [{ date: '2026-05-01', name: 'c' }] },
    });
    expect(fieldsOf(days).map((f) => [f.path, f.messageKey])).toEqual([
      ['input.holidays.0.date', 'service.notADate'],
      ['input.holidays.2.date', 'service.dayTwice'],
      ['input.workdays.0.date', 'service.dayBothOffAndWorked'],
    ]);
    const closed = await admin.gql(CREATE, { i: { name: `Bad ${tag}`, week: [] } });
    expect(fieldsOf(closed).map((f) => f.messageKey)).toEqual(['service.noWorkingTime']);
    const taken = await admin.gql(CREATE, { i: { name: `CHINA ${tag}`, week: weekdays([{ start: 540, end: 1080 }]) } });
    expect(fieldsOf(taken)).toEqual([{ path: 'input.name', message: 'is taken by another calendar', messageKey: 'service.calendarNameTaken' }]);
    const shape = await admin.gql(CREATE, { i: { name: `Bad ${tag}`, week: [{ weekday: 9, periods: [{ start: -5, end: 2000 }] }] } });
    expect(shape.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect((await admin.gqlOk<{ businessCalendars: unknown[] }>('{ businessCalendars { id } }')).businessCalendars).toHaveLength(before);
  });

  it('adds an iCalendar file’s days off and make-up days within a range, once each, and refuses what is not one', async () => {
    const { createBusinessCalendar } = await admin.gqlOk<{ createBusinessCalendar: { calendar: Calendar } }>(CREATE, { i: { name: `Imported ${tag}`, timeZone: 'Asia/Taipei', week: weekdays([{ start: 510, end: 1050 }]), holidays: [{ date: '2026-10-10', name: '國慶日' }] } });
    const id = createBusinessCalendar.calendar.id;
    const event = (uid: string, start: string, end: string, summary: string) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'];
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...event('a', '20260216', '20260221', '春節'), ...event('b', '20261010', '20261011', '國慶日'), ...event('c', '20260131', '20260201', '補行上班'), ...event('d', '20270101', '20270102', '元旦'), 'END:VCALENDAR'].join('\r\n');
    const { importCalendarDays } = await admin.gqlOk<{ importCalendarDays: { holidaysAdded: number; workdaysAdded: number; skipped: number; calendar: { holidays: { date: string }[]; workdays: { date: string }[] } } }>(IMPORT, {
      i: { id, icalendar: ics, from: '2026-01-01', to: '2026-12-31' },
    });
    expect({ h: importCalendarDays.holidaysAdded, w: importCalendarDays.workdaysAdded, s: importCalendarDays.skipped }).toEqual({ h: 5, w: 1, s: 0 });
    expect(importCalendarDays.calendar.holidays.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-10-10']);
    expect(importCalendarDays.calendar.workdays.map((d) => d.date)).toEqual(['2026-01-31']);
    const html = await admin.gql(IMPORT, { i: { id, icalendar: '<html>404</html>', from: '2026-01-01', to: '2026-12-31' } });
    expect(fieldsOf(html)).toEqual([{ path: 'input.icalendar', message: 'is not an iCalendar file', messageKey: 'service.notICalendar' }]);
    const long = await admin.gql(IMPORT, { i: { id, icalendar: ics, from: '2026-01-01', to: '2036-12-31' } });
    expect(fieldsOf(long).map((f) => [f.path, f.messageKey])).toEqual([['input.to', 'service.importRangeMax']]);
    expect((await admin.gql('query($id: ID!) { businessCalendar(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('keeps SLA policies: targets per priority in a calendar (the default when none), every problem named by path', async () => {
    const POLICY = 'policy { id name calendarId calendar { name } warnAtPercent active targets { priority firstResponse nextResponse resolution } }';
    const CREATE_POLICY = `mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { ${POLICY} } }`;
    const { businessCalendars } = await admin.gqlOk<{ businessCalendars: { id: string; name: string; isDefault: boolean }[] }>('{ businessCalendars { id name isDefault } }');
    const fallback = businessCalendars.find((c) => c.isDefault)!;
    type Policy = { id: string; calendarId: string | null; calendar: { name: string } | null; warnAtPercent: number; targets: { priority: string; firstResponse: number | null; resolution: number | null }[] };
    const made = await admin.gqlOk<{ createServiceSlaPolicy: { policy: Policy } }>(CREATE_POLICY, {
      i: { name: `Gold ${tag}`, targets: [{ priority: 'URGENT', firstResponse: 30, nextResponse: 60, resolution: 240 }, { priority: 'LOW', firstResponse: 960, nextResponse: null, resolution: null }] },
    });
    const policy = made.createServiceSlaPolicy.policy;
    expect(policy.calendarId).toBeNull();
    expect(policy.calendar?.name).toBe(fallback.name);
    expect(policy.warnAtPercent).toBe(75);
    // Lowest priority first, whatever order they were given in.
    expect(policy.targets.map((t) => [t.priority, t.firstResponse, t.resolution])).toEqual([
      ['LOW', 960, null],
      ['URGENT', 30, 240],
    ]);
    const bad = await admin.gql(CREATE_POLICY, {
      i: { name: `GOLD ${tag}`, calendarId: '00000000-0000-4000-8000-000000000000', warnAtPercent: 100, targets: [{ priority: 'HIGH', firstResponse: 600, nextResponse: 0, resolution: 120 }, { priority: 'HIGH', firstResponse: 5, nextResponse: null, resolution: null }] },
    });
    expect(fieldsOf(bad).map((f) => [f.path, f.messageKey])).toEqual([
      ['input.targets.1.priority', 'service.dayTwice'],
      ['input.targets.0.nextResponse', 'service.targetMinutes'],
      ['input.targets.0.firstResponse', 'service.firstAfterResolution'],
      ['input.warnAtPercent', 'service.warnPercent'],
      ['input.calendarId', 'service.noCalendar'],
    ]);
    const taken = await admin.gql(CREATE_POLICY, { i: { name: `GOLD ${tag}`, targets: [{ priority: 'NORMAL', firstResponse: 60, nextResponse: null, resolution: null }] } });
    expect(fieldsOf(taken).map((f) => [f.path, f.messageKey])).toEqual([['input.name', 'service.policyNameTaken']]);
    const other = businessCalendars.find((c) => !c.isDefault)!;
    const UPDATE_POLICY = `mutation($i: UpdateServiceSlaPolicyInput!) { updateServiceSlaPolicy(input: $i) { ${POLICY} } }`;
    const moved = await admin.gqlOk<{ updateServiceSlaPolicy: { policy: Policy & { active: boolean } } }>(UPDATE_POLICY, { i: { id: policy.id, calendarId: other.id, warnAtPercent: 80, active: false } });
    expect(moved.updateServiceSlaPolicy.policy).toMatchObject({ calendarId: other.id, calendar: { name: other.name }, warnAtPercent: 80, active: false });
    expect(moved.updateServiceSlaPolicy.policy.targets).toHaveLength(2);
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.gql('{ serviceSlaPolicies { id } }')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
    expect((await agent.gqlOk<{ serviceSlaPolicies: { id: string }[] }>('{ serviceSlaPolicies { id } }')).serviceSlaPolicies.map((p) => p.id)).toContain(policy.id);
    expect((await agent.gql(UPDATE_POLICY, { i: { id: policy.id, active: true } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  // The permission table's serviceSetup row: who reads, who changes.
  const GRANTS: Record<Role, { read: boolean; write: boolean }> = {
    [Role.Admin]: { read: true, write: true },
    [Role.SalesManager]: { read: true, write: false },
    [Role.SalesRep]: { read: false, write: false },
    [Role.Marketer]: { read: true, write: false },
    [Role.ServiceManager]: { read: true, write: true },
    [Role.ServiceAgent]: { read: true, write: false },
    [Role.PortalUser]: { read: false, write: false },
    [Role.Integration]: { read: true, write: false },
  };
  it.each(ALL_ROLES.filter((r) => r !== Role.Integration))('%s reads and changes calendars as the permission table says', async (role) => {
    const client = await api.signedIn((await api.ctx.newUser({ role })).email);
    const read = await client.gql('{ businessCalendars { id } }');
    expect(read.errors?.[0]?.extensions?.['code'] ?? 'OK').toBe(GRANTS[role].read ? 'OK' : 'FORBIDDEN');
    const write = await client.gql(CREATE, { i: { name: `By ${role} ${tag}`, week: weekdays([{ start: 540, end: 1080 }]) } });
    expect(write.errors?.[0]?.extensions?.['code'] ?? 'OK').toBe(GRANTS[role].write ? 'OK' : 'FORBIDDEN');
  });
});
