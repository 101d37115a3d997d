import { randomUUID } from 'node:crypto';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Lead scoring reads what other domains know the person did (issue 16): their page views and the
 * product lines those pages are about (web visitors), the events they registered for and attended
 * (events). A visitor who read about pumps registers for a seminar and is checked in: their lead's
 * score follows each step in the same transaction, and an undone check-in takes its points back.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0', PUBLIC_LEAD_RATE_LIMIT: '5000' });
const tag = Date.now().toString(36);
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
let admin: ApiClient;

const RULES = [
  { name: 'Registered for an event', field: 'eventsRegistered', operator: 'gte', value: 1, points: 5 },
  { name: 'Came to an event', field: 'eventsAttended', operator: 'gte', value: 1, points: 40 },
  { name: 'Reads our site', field: 'pageViews', operator: 'gte', value: 3, points: 20 },
  { name: 'Interested in pumps', field: 'productLines', operator: 'contains', value: 'Pumps', points: 15 },
];

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  await api.ctx.ds.query(`DELETE FROM scoring_rule`);
  for (const r of RULES) await admin.gqlOk('mutation($i: SaveScoringRuleInput!) { saveScoringRule(input: $i) { scoringRule { id } } }', { i: r });
  await api.ctx.ds.query(`INSERT INTO picklist_value (list, value, names, position, active) VALUES ('productLine', 'Pumps', '{}', 0, true) ON CONFLICT DO NOTHING`);
  await admin.gqlOk('mutation($i: SaveWebInterestRuleInput!) { saveWebInterestRule(input: $i) { rule { id } } }', { i: { pattern: '/pumps*', productLine: 'Pumps' } });
});

const scoreOf = async (leadId: string) => (await admin.gqlOk<{ lead: { score: number; grade: string } }>('query($id: ID!) { lead(id: $id) { score grade } }', { id: leadId })).lead;

it('scores page views, interests, registration and attendance; an undone check-in takes its points back', async () => {
  const visitorId = randomUUID();
  const view = (path: string) => ({ url: `https://www.pumps-${tag}.test${path}`, title: path, referrer: '', ageMs: 1000 });
  const views = await api.anon().post('/api/public/page-views').set('User-Agent', BROWSER).send({ visitorId, views: [view('/pumps/a'), view('/pumps/b'), view('/about')] });
  expect(views.status).toBe(200);

  const { createEvent } = await admin.gqlOk<{ createEvent: { event: { id: string } } }>('mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', {
    i: { title: `Pump day ${tag}`, type: 'SEMINAR', timeZone: 'Asia/Shanghai', startsAt: '2027-04-01T02:00:00Z', endsAt: '2027-04-01T04:00:00Z' },
  });
  const eventId = createEvent.event.id;
  await admin.gqlOk('mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id } } }', { i: { id: eventId } });
  const reg = await api.anon().post(`/api/public/events/${eventId}/registrations`).send({ lastName: 'Wang', email: `wang.${tag}@pumps.example`, visitorId });
  expect(reg.status).toBe(201);
  const [{ lead_id: leadId }] = await api.ctx.ds.query(`SELECT lead_id FROM event_registration WHERE id = $1`, [reg.body.reference]);

  // Registered (5) + three views this month (20) + pages about pumps (15).
  expect(await scoreOf(leadId)).toEqual({ score: 40, grade: 'C' });
  await admin.gqlOk('mutation($i: RegistrationIdInput!) { checkInRegistration(input: $i) { registration { id } } }', { i: { id: reg.body.reference } });
  expect(await scoreOf(leadId)).toEqual({ score: 80, grade: 'A' });
  await admin.gqlOk('mutation($i: RegistrationIdInput!) { undoCheckIn(input: $i) { registration { id } } }', { i: { id: reg.body.reference } });
  expect(await scoreOf(leadId)).toEqual({ score: 40, grade: 'C' });
});
