import { Role } from '@rapport/shared-domain';
import { RoutingService, SlaService } from '@rapport/leads-api';
import { useTestApi } from './testing/test-api';

/**
 * The lead intake's SLA counts in one of the shared business calendars (issue 18 item 5): the one
 * its settings name, else the default one, else the built-in hours. A day off in the service desk's
 * calendar is a day off for the speed-to-lead clock too.
 */
const api = useTestApi();

const SETTINGS = `{ leadIntakeSettings { calendarId calendar { id name timeZone } ladder { atPercent action } } }`;
const SAVE = `mutation($input: SaveLeadSettingsInput!) { saveLeadIntakeSettings(input: $input) { settings { calendarId calendar { id name } } } }`;
const LADDER = [{ atPercent: 100, action: 'notify_manager' }];

describe('the intake calendar', () => {
  it('follows the default calendar until one is chosen; a chosen one is kept, a wrong one refused', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    expect((await admin.gqlOk<{ leadIntakeSettings: unknown }>(SETTINGS)).leadIntakeSettings).toMatchObject({ calendarId: null, calendar: null });

    const create = `mutation($input: CreateBusinessCalendarInput!) { createBusinessCalendar(input: $input) { calendar { id name } } }`;
    const china = (await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>(create, { input: { name: 'Mainland China', preset: 'MAINLAND_CHINA', isDefault: true } })).createBusinessCalendar.calendar;
    const taipei = (await admin.gqlOk<{ createBusinessCalendar: { calendar: { id: string } } }>(create, { input: { name: 'Taipei', preset: 'TAIWAN' } })).createBusinessCalendar.calendar;
    expect((await admin.gqlOk<{ leadIntakeSettings: unknown }>(SETTINGS)).leadIntakeSettings).toMatchObject({ calendarId: null, calendar: { id: china.id, name: 'Mainland China', timeZone: 'Asia/Shanghai' } });

    const saved = await admin.gqlOk<{ saveLeadIntakeSettings: { settings: unknown } }>(SAVE, { input: { calendarId: taipei.id, ladder: LADDER } });
    expect(saved.saveLeadIntakeSettings.settings).toEqual({ calendarId: taipei.id, calendar: { id: taipei.id, name: 'Taipei' } });
    const [audit] = await api.ctx.ds.query(`SELECT changes FROM audit_log WHERE entity_type = 'lead_settings' ORDER BY at DESC LIMIT 1`);
    expect(audit.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'calendarId', from: null, to: taipei.id })]));

    for (const calendarId of ['7c1e1c4e-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await admin.gql(SAVE, { input: { calendarId, ladder: LADDER } });
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('input.calendarId');
    }
    expect((await admin.gqlOk<{ leadIntakeSettings: { calendarId: string } }>(SETTINGS)).leadIntakeSettings.calendarId).toBe(taipei.id);

    // Back to following the default.
    await admin.gqlOk(SAVE, { input: { calendarId: null, ladder: LADDER } });
    expect((await admin.gqlOk<{ leadIntakeSettings: { calendar: { id: string } } }>(SETTINGS)).leadIntakeSettings.calendar.id).toBe(china.id);
  });

  it('lets a manager read which calendar it is, and not change it', async () => {
    const manager = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    expect((await manager.gqlOk<{ leadIntakeSettings: { ladder: unknown[] } }>(SETTINGS)).leadIntakeSettings.ladder.length).toBeGreaterThan(0);
    const res = await manager.gql(SAVE, { input: { calendarId: null, ladder: LADDER } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('puts a lead that arrives on a day off due after the day off, in the calendar’s hours', async () => {
    // Today is a day off in this calendar; every other day is open 09:00–17:00 UTC.
    const today = new Date().toISOString().slice(0, 10);
    const nineToFive = [{ start: 540, end: 1020 }];
    const calendar = await api.ctx.useIntakeCalendar({ week: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, nineToFive])), holidays: [{ date: today, name: 'Day off' }] });
    const sla = api.app.get(SlaService);
    await sla.check();
    const owner = await api.ctx.newUser({ role: Role.SalesRep });
    await api.ctx.newRoutingProfile(owner);
    await api.ctx.newRoutingRule({ name: 'Everyone to the owner', targetUserId: owner.id, position: -1, criteria: {} });
    const lead = await api.ctx.newLead({ lastName: 'Holiday', source: 'web', ownerId: null });
    const receivedAt = new Date();
    await api.ctx.newLeadRouting(lead, { receivedAt });
    await api.app.get(RoutingService).assign(lead.id);

    const [{ sla_due_at, sla_minutes }] = await api.ctx.ds.query(`SELECT l.sla_due_at, r.sla_minutes FROM lead l JOIN lead_routing r ON r.lead_id = l.id WHERE l.id = $1`, [lead.id]);
    expect(sla_minutes).toBeGreaterThan(0);
    const tomorrow = new Date(`${today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    expect(new Date(sla_due_at).toISOString()).toBe(new Date(tomorrow.getTime() + (9 * 60 + sla_minutes) * 60_000).toISOString());

    // Tomorrow becomes a day off too: the next check moves the waiting lead's due time past it, once.
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const dayOff = (date: Date) => ({ date: date.toISOString().slice(0, 10), name: 'Day off' });
    await admin.gqlOk(`mutation($input: UpdateBusinessCalendarInput!) { updateBusinessCalendar(input: $input) { calendar { id } } }`, {
      input: { id: calendar.id, holidays: [dayOff(new Date(`${today}T00:00:00Z`)), dayOff(tomorrow)] },
    });
    expect(await sla.check()).toMatchObject({ dueMoved: 1 });
    const [moved] = await api.ctx.ds.query(`SELECT sla_due_at FROM lead WHERE id = $1`, [lead.id]);
    expect(new Date(moved.sla_due_at).toISOString()).toBe(new Date(tomorrow.getTime() + (24 * 60 + 9 * 60 + sla_minutes) * 60_000).toISOString());
    expect(await sla.check()).toMatchObject({ dueMoved: 0 });
  });
});
