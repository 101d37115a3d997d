import ICAL from 'ical.js';
import { Role } from '@rapport/shared-domain';
import { WorkOrderMailer } from '@rapport/service-api';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { sinkInbox } from './testing/mail-sink';
import { useTestApi } from './testing/test-api';

/**
 * Field visits (issue 18 item 7, ADR 0023) on real PostgreSQL and a real SMTP sink: a dispatcher plans
 * a visit, the customer gets the proposed times by mail and confirms one through the public link
 * (hostile links refused with 4xx), receives the visit as an iCalendar invitation, the suggested
 * technician goes, reports with a signature and closes the visit, and the contract's visits are
 * counted once even when "done" arrives twice at once. Then who sees a work order.
 */
const DOMAIN = 'mail.rapport.test';
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0', PUBLIC_ORIGIN: 'https://crm.example.test' });
const tag = `w${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@customer.example`;
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const WO = 'id number status sequence requiredSkill technicianId slotStart slotEnd confirmedAt visitCountedAt hasSignature signatureDataUrl workDone parts { part quantity } nextStatuses visitsLeft address { street city }';
type Wo = { id: string; number: string; status: string; technicianId: string | null; slotStart: string | null; slotEnd: string | null; confirmedAt: string | null; visitCountedAt: string | null; hasSignature: boolean; signatureDataUrl: string | null; workDone: string | null; parts: { part: string; quantity: number }[]; nextStatuses: string[]; visitsLeft: number | null };

let manager: ApiClient;
let agent: ApiClient;
let tech: ApiClient;
let techId: string;
let busyId: string;
let caseId: string;
let caseNumber: string;
let accountId: string;
let entitlementId: string;
let repOwner: ApiClient;
let repOther: ApiClient;
let marketer: ApiClient;
let fieldRep: ApiClient;
let fieldRepId: string;

const day = (offset: number, hour: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const slotA = { start: day(3, 1), end: day(3, 3) };
const slotB = { start: day(4, 6), end: day(4, 8) };

const mutate = (c: ApiClient, name: string, type: string, input: unknown) => c.gql<Record<string, { workOrder: Wo; warnings: { code: string; message: string }[] }>>(`mutation($i: ${type}!) { ${name}(input: $i) { workOrder { ${WO} } warnings { code message } } }`, { i: input });
const mutateOk = async (c: ApiClient, name: string, type: string, input: unknown) => {
  const r = await mutate(c, name, type, input);
  expect(r.errors).toBeUndefined();
  return r.data![name]!;
};
const readWo = async (c: ApiClient, id: string) => (await c.gql<{ workOrder: { id: string } | null }>('query($id: ID!) { workOrder(id: $id) { id } }', { id })).data?.workOrder?.id === id;

/** Sends the visit mails the outbox holds for a work order (what the worker does), each must send once. */
async function deliver(workOrderId: string, kind: 'proposal' | 'confirmed') {
  const rows: { payload: { messageId: string } }[] = await api.ctx.ds.query(`SELECT payload FROM outbox WHERE job_name = 'send-visit-mail' AND payload->>'workOrderId' = $1 AND payload->>'kind' = $2 ORDER BY id`, [workOrderId, kind]);
  expect(rows.length).toBeGreaterThan(0);
  const mailer = api.app.get(WorkOrderMailer);
  const last = rows.at(-1)!.payload.messageId;
  expect(await mailer.send(last, workOrderId, kind)).toBe('sent');
  expect(await mailer.send(last, workOrderId, kind)).toBe('already-sent');
}

beforeAll(async () => {
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  const agentUser = await api.ctx.newUser({ role: Role.ServiceAgent });
  agent = await api.signedIn(agentUser.email);
  const techUser = await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Technician Li' });
  techId = techUser.id;
  tech = await api.signedIn(techUser.email);
  busyId = (await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Busy Expert' })).id;
  const rookieId = (await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Rookie' })).id;
  const owner = await api.ctx.newUser({ role: Role.SalesRep });
  repOwner = await api.signedIn(owner.email);
  repOther = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  const fieldRepUser = await api.ctx.newUser({ role: Role.SalesRep });
  fieldRepId = fieldRepUser.id;
  fieldRep = await api.signedIn(fieldRepUser.email);

  accountId = (await api.ctx.newAccount({ name: 'Boilers Ltd', owner: { owner: owner.id, team: null } })).id;
  const contactId = (await api.ctx.newContact({ firstName: '芳', lastName: '王', emails: [addr('wang')], accountId, locale: 'zh-CN' } as never)).id;
  const [policy]: { id: string }[] = await api.ctx.ds.query(`INSERT INTO service_sla_policy (name, targets) VALUES ($1, '{}') RETURNING id`, [`Policy ${tag}`]);
  [{ id: entitlementId }] = await api.ctx.ds.query(`INSERT INTO entitlement (account_id, name, starts_on, policy_id, visits_total) VALUES ($1, 'Gold', '2020-01-01', $2, 1) RETURNING id`, [accountId, policy!.id]);
  const k = await api.ctx.newCase({ accountId, contactId, entitlementId, subject: '锅炉不热', owner: { owner: agentUser.id, team: null } } as never);
  caseId = k.id;
  caseNumber = k.number as string;

  // Skills: only service set-up's writers manage them.
  const saved = await manager.gqlOk<{ saveServiceSkill: { key: string; name: string } }>('mutation($i: SaveServiceSkillInput!) { saveServiceSkill(input: $i) { key name } }', { i: { key: 'boiler', nameEn: 'Boiler repair', nameZhCn: '锅炉维修', nameZhTw: '鍋爐維修' } });
  expect(saved.saveServiceSkill).toEqual({ key: 'boiler', name: 'Boiler repair' });
  for (const [id, level] of [[techId, 4], [busyId, 5], [rookieId, 2], [fieldRepId, 3]] as const) {
    await manager.gqlOk('mutation($i: SetUserSkillsInput!) { setUserSkills(input: $i) { skillKey level } }', { i: { userId: id, skills: [{ skillKey: 'boiler', level }] } });
  }
  // The busy expert already has a visit on slot A's day and has been to this customer twice.
  const other = await api.ctx.newCase({ accountId, subject: 'Earlier', owner: { owner: agentUser.id, team: null } } as never);
  await api.ctx.ds.query(
    `INSERT INTO work_order (case_id, sequence, status, technician_id, slot_start, slot_end) VALUES ($1, 1, 'scheduled', $2, $3, $4), ($1, 2, 'done', $2, '2026-01-05T02:00:00Z', '2026-01-05T03:00:00Z'), ($1, 3, 'done', $2, '2026-02-05T02:00:00Z', '2026-02-05T03:00:00Z')`,
    [other.id, busyId, new Date(slotA.start.getTime() + 4 * 3600_000), new Date(slotA.start.getTime() + 5 * 3600_000)],
  );
});

describe('skills', () => {
  it('are managed by service managers only, with clear errors', async () => {
    expect((await agent.gql('mutation { saveServiceSkill(input: { key: "x", nameEn: "X" }) { key } }')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await manager.gql('mutation { saveServiceSkill(input: { key: "Bad Key", nameEn: "X" }) { key } }');
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    const twice = await manager.gql('mutation($i: SetUserSkillsInput!) { setUserSkills(input: $i) { skillKey } }', { i: { userId: techId, skills: [{ skillKey: 'boiler', level: 4 }, { skillKey: 'boiler', level: 2 }] } });
    expect(twice.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.skills.1.skillKey', message: 'is listed twice' })]);
    const unknown = await manager.gql('mutation($i: SetUserSkillsInput!) { setUserSkills(input: $i) { skillKey } }', { i: { userId: techId, skills: [{ skillKey: 'nope', level: 4 }] } });
    expect(unknown.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.skills.0.skillKey', message: 'This skill does not exist.' })]);
    const zh = await agent.gqlOk<{ serviceSkills: { key: string; name: string }[]; userSkills: { skillKey: string; level: number }[] }>('query($u: ID!) { serviceSkills(language: "zh-CN") { key name } userSkills(userId: $u) { skillKey level } }', { u: techId });
    expect(zh.serviceSkills).toContainEqual({ key: 'boiler', name: '锅炉维修' });
    expect(zh.userSkills).toEqual([{ skillKey: 'boiler', level: 4 }]);
  });

  it('name the technicians whose visits one may see, for the calendar’s picker', async () => {
    const ids = async (c: ApiClient) => (await c.gqlOk<{ serviceTechnicians: { id: string; name: string; email: string }[] }>('{ serviceTechnicians { id name email } }')).serviceTechnicians.map((u) => u.id);
    expect(await ids(manager)).toEqual(expect.arrayContaining([techId, busyId, fieldRepId]));
    // A sales rep sent on visits sees themselves; one without a skill, and a marketer, nobody.
    expect(await ids(fieldRep)).toEqual([fieldRepId]);
    expect(await ids(repOther)).toEqual([]);
    expect(await ids(marketer)).toEqual([]);
  });
});

describe('a visit from planning to done', () => {
  let woId: string;
  let links: { token: string; slot: number }[];

  it('plans the visit, mails the customer the proposed times with a link each', async () => {
    const created = await mutateOk(agent, 'createWorkOrder', 'CreateWorkOrderInput', { caseId, address: { street: '浦东大道 1 号', city: '上海' }, requiredSkill: 'boiler', requiredLevel: 3, description: '检查锅炉' });
    woId = created.workOrder.id;
    expect(created.workOrder).toMatchObject({ number: `${caseNumber}-V1`, status: 'SCHEDULED', visitsLeft: 1, address: { street: '浦东大道 1 号', city: '上海' } });
    expect(created.warnings).toEqual([]);
    const noSkill = await mutate(agent, 'createWorkOrder', 'CreateWorkOrderInput', { caseId, address: { city: 'X' }, requiredSkill: 'juggling' });
    expect(noSkill.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.requiredSkill', message: 'This skill does not exist.' })]);
    const past = await mutate(agent, 'proposeVisitSlots', 'ProposeVisitSlotsInput', { workOrderId: woId, slots: [{ start: day(-1, 1), end: day(-1, 2) }] });
    expect(past.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.slots.0.start', message: 'A proposed slot must be in the future.' })]);

    await mutateOk(agent, 'proposeVisitSlots', 'ProposeVisitSlotsInput', { workOrderId: woId, slots: [slotA, slotB] });
    await deliver(woId, 'proposal');
    const [mail] = await sinkInbox(addr('wang'));
    expect(mail!.subject).toContain(caseNumber);
    expect(mail!.subject).toContain('上门服务');
    expect(mail!.text).toContain('王芳');
    expect(mail!.messageId).toMatch(new RegExp(`^<case-${caseId}\\.`));
    links = [...mail!.text!.matchAll(/https:\/\/crm\.example\.test\/api\/public\/visits\/([A-Za-z0-9._-]+)\?slot=(\d)/g)].map((m) => ({ token: m[1]!, slot: Number(m[2]) }));
    expect(links.map((l) => l.slot)).toEqual([0, 1]);
    expect(mail!.html).toContain(`/api/public/visits/${links[0]!.token}?slot=0`);
    // The mail is part of the case's thread.
    const thread = await agent.gqlOk<{ case: { messages: { direction: string; subject: string }[] } }>('query($id: ID!) { case(id: $id) { messages { direction subject } } }', { id: caseId });
    expect(thread.case.messages).toEqual([expect.objectContaining({ direction: 'OUTBOUND', subject: mail!.subject })]);
  });

  it('opens the link as a page with a button (no confirmation by merely opening it) and refuses hostile links', async () => {
    const { token } = links[1]!;
    const page = await api.anon().get(`/api/public/visits/${token}?slot=1`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('确认此时间');
    expect(page.text).toContain(`action="/api/public/visits/${token}/confirm"`);
    const json = await api.anon().get(`/api/public/visits/${token}`).set('Accept', 'application/json');
    expect(json.body).toMatchObject({ number: caseNumber, status: 'scheduled', confirmedSlot: null, slots: [{ start: slotA.start.toISOString() }, { start: slotB.start.toISOString() }] });

    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const [path, body, status] of [
      [`/api/public/visits/${tampered}/confirm`, { slot: 1 }, 404],
      [`/api/public/visits/${'x'.repeat(500)}/confirm`, { slot: 1 }, 404],
      [`/api/public/visits/${token}/confirm`, { slot: 7 }, 400],
      [`/api/public/visits/${token}/confirm`, { slot: 'abc' }, 400],
      [`/api/public/visits/${token}/confirm`, { slot: { $gt: 0 } }, 400],
    ] as const) {
      const r = await api.anon().post(path).set('Accept', 'application/json').send(body);
      expect({ path: path.slice(0, 40), status: r.status }).toEqual({ path: path.slice(0, 40), status });
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect((await api.anon().get(`/api/public/visits/${tampered}`).set('Accept', 'text/html')).status).toBe(404);
  });

  it('confirms a time once, idempotently, records it on the case, and sends the invitation', async () => {
    const { token } = links[1]!;
    const first = await api.anon().post(`/api/public/visits/${token}/confirm`).set('Accept', 'application/json').send({ slot: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ confirmedSlot: 1, alreadyConfirmed: false });
    // A browser's form post, clicked again: the same answer, nothing changed.
    const again = await api.anon().post(`/api/public/visits/${token}/confirm`).type('form').set('Accept', 'text/html').send('slot=1');
    expect(again.status).toBe(200);
    expect(again.text).toContain('已确认');
    const other = await api.anon().post(`/api/public/visits/${token}/confirm`).set('Accept', 'application/json').send({ slot: 0 });
    expect(other.status).toBe(409);
    expect(other.body.messageKey).toBe('service.visitOtherConfirmed');

    const events: { kind: string; data: { workOrderId: string } }[] = await api.ctx.ds.query(`SELECT kind, data FROM case_event WHERE case_id = $1 AND kind = 'visit_confirmed'`, [caseId]);
    expect(events).toHaveLength(1);
    const wo = await agent.gqlOk<{ workOrder: Wo }>(`query($id: ID!) { workOrder(id: $id) { ${WO} } }`, { id: woId });
    expect(wo.workOrder.slotStart).toBe(slotB.start.toISOString());
    expect(wo.workOrder.confirmedAt).not.toBeNull();

    await deliver(woId, 'confirmed');
    const confirmation = (await sinkInbox(addr('wang'))).find((m) => m.subject?.includes('已确认'))!;
    const part = confirmation.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const cal = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as unknown[]);
    const vtz = cal.getFirstSubcomponent('vtimezone');
    if (vtz) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(String(cal.getFirstPropertyValue('method'))).toBe('REQUEST');
    expect(ev.uid).toBe(`visit-${woId}@${DOMAIN}`);
    expect(ev.startDate.toJSDate().toISOString()).toBe(slotB.start.toISOString());
    expect(ev.endDate.toJSDate().toISOString()).toBe(slotB.end.toISOString());
    expect(ev.location).toContain('浦东大道 1 号');
  });

  it('suggests who to send, with why, and assigns the first', async () => {
    // On the day of the confirmed time the busy expert is free too: move their visit there.
    await api.ctx.ds.query(`UPDATE work_order SET slot_start = $2, slot_end = $3 WHERE technician_id = $1 AND status = 'scheduled'`, [busyId, new Date(slotB.start.getTime() + 4 * 3600_000), new Date(slotB.start.getTime() + 5 * 3600_000)]);
    const { suggestTechnicians: list } = await agent.gqlOk<{ suggestTechnicians: { rank: number; userId: string; level: number; visitsThatDay: number; pastVisits: number; reasons: { code: string; text: string }[] }[] }>(
      'query($id: ID!) { suggestTechnicians(workOrderId: $id) { rank userId level visitsThatDay pastVisits reasons { code text } } }',
      { id: woId },
    );
    // The rookie (level 2) is below the level the visit needs; the field rep (3) and Li (4) are free that day, Li has the higher level; the expert is busy.
    expect(list.map((s) => s.userId)).toEqual([techId, fieldRepId, busyId]);
    expect(list[0]!.reasons.map((r) => r.code)).toEqual(['skill', 'free', 'new_to_customer']);
    expect(list[2]).toMatchObject({ level: 5, visitsThatDay: 1, pastVisits: 2 });
    expect(list[2]!.reasons.map((r) => r.text)).toEqual(['Level 5 in boiler (needs 3)', '1 other visit that day', 'Visited this customer 2 times before']);
    const assigned = await mutateOk(agent, 'assignTechnician', 'AssignTechnicianInput', { workOrderId: woId, technicianId: list[0]!.userId });
    expect(assigned.workOrder.technicianId).toBe(techId);
  });

  it('goes en route, on site, takes the report with a signature, and counts the visit once when done arrives twice at once', async () => {
    const onWay = await mutateOk(tech, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'EN_ROUTE' });
    expect(onWay.workOrder.status).toBe('EN_ROUTE');
    await mutateOk(tech, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'ON_SITE' });
    const early = await mutate(tech, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'DONE' });
    expect(early.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.status', messageKey: 'service.visitNeedsReport' })]);
    const gif = Buffer.from('GIF89a'.padEnd(64, '\0')).toString('base64');
    const notPng = await mutate(tech, 'recordVisitReport', 'RecordVisitReportInput', { workOrderId: woId, workDone: '更换了阀门', signaturePng: gif });
    expect(notPng.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.signaturePng', message: 'The signature must be a PNG image.' })]);
    const report = await mutateOk(tech, 'recordVisitReport', 'RecordVisitReportInput', { workOrderId: woId, workDone: '更换了阀门', parts: [{ part: 'Valve DN20', quantity: 1 }], signaturePng: `data:image/png;base64,${PNG}`, signedBy: '王芳' });
    expect(report.workOrder).toMatchObject({ hasSignature: true, workDone: '更换了阀门', parts: [{ part: 'Valve DN20', quantity: 1 }], signatureDataUrl: `data:image/png;base64,${PNG}` });

    const both = await Promise.all([mutate(tech, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'DONE' }), mutate(agent, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'DONE' })]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(both.map((r) => r.data!['moveWorkOrder']!.workOrder.status)).toEqual(['DONE', 'DONE']);
    await mutateOk(agent, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'DONE' });
    const [e]: { visits_used: number }[] = await api.ctx.ds.query(`SELECT visits_used FROM entitlement WHERE id = $1`, [entitlementId]);
    expect(e!.visits_used).toBe(1);
    const doneEvents: { visits_used: string | null }[] = await api.ctx.ds.query(`SELECT data->>'visitsUsed' AS visits_used FROM case_event WHERE case_id = $1 AND kind = 'work_order_status' AND data->>'to' = 'done'`, [caseId]);
    // The history tells how many of the contract's visits this one made.
    expect(doneEvents).toEqual([{ visits_used: '1' }]);
    const back = await mutate(agent, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'SCHEDULED' });
    expect(back.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ messageKey: 'service.visitDone' })]);

    // The contract's one visit is used: planning another is allowed, with a warning.
    const next = await mutateOk(agent, 'createWorkOrder', 'CreateWorkOrderInput', { caseId, address: { city: '上海' } });
    expect(next.workOrder.number).toBe(`${caseNumber}-V2`);
    expect(next.workOrder.visitsLeft).toBe(0);
    expect(next.warnings).toEqual([{ code: 'visits_used_up', message: 'The contract’s visits are used up; this visit counts beyond them.' }]);
  });

  it('shows the visits on the case and in the technician’s calendar', async () => {
    const k = await agent.gqlOk<{ case: { workOrders: { id: string; status: string; visitCountedAt: string | null }[] } }>('query($id: ID!) { case(id: $id) { workOrders { id status visitCountedAt } } }', { id: caseId });
    expect(k.case.workOrders.map((w) => w.status)).toEqual(['DONE', 'SCHEDULED']);
    expect(k.case.workOrders[0]!.visitCountedAt).not.toBeNull();
    const cal = await tech.gqlOk<{ workOrders: { id: string }[] }>('query($t: ID!, $from: DateTime!, $to: DateTime!) { workOrders(technicianId: $t, from: $from, to: $to) { id } }', { t: techId, from: day(0, 0), to: day(10, 0) });
    expect(cal.workOrders.map((w) => w.id)).toEqual([woId]);
    const wide = await tech.gql('query($from: DateTime!, $to: DateTime!) { workOrders(from: $from, to: $to) { id } }', { from: day(0, 0), to: day(100, 0) });
    expect(wide.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });
});

describe('who sees a work order', () => {
  let woId: string;

  beforeAll(async () => {
    woId = (await mutateOk(agent, 'createWorkOrder', 'CreateWorkOrderInput', { caseId, address: { city: '台北' }, requiredSkill: 'boiler' })).workOrder.id;
    await mutateOk(agent, 'assignTechnician', 'AssignTechnicianInput', { workOrderId: woId, technicianId: fieldRepId });
  });

  it.each([
    ['a service agent', true, () => agent],
    ['the rep who owns the account (through the case)', true, () => repOwner],
    ['a sales rep of another account', false, () => repOther],
    ['a marketer', false, () => marketer],
    ['the technician sent (a sales rep of another account)', true, () => fieldRep],
  ] as const)('%s → sees it: %s', async (_who, sees, client) => {
    expect(await readWo(client(), woId)).toBe(sees);
    const viaCase = await client().gql<{ case: { workOrders: { id: string }[] } | null }>('query($id: ID!) { case(id: $id) { workOrders { id } } }', { id: caseId });
    expect((viaCase.data?.case?.workOrders ?? []).some((w) => w.id === woId)).toBe(sees && client() !== fieldRep);
  });

  it('lets the technician move their own visit but not cancel it or plan others', async () => {
    expect((await mutateOk(fieldRep, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'EN_ROUTE' })).workOrder.nextStatuses).toEqual(['SCHEDULED', 'ON_SITE']);
    const cancel = await mutate(fieldRep, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'CANCELLED' });
    expect(cancel.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ messageKey: 'service.visitCancelDispatcher' })]);
    expect((await mutate(fieldRep, 'assignTechnician', 'AssignTechnicianInput', { workOrderId: woId, technicianId: techId })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await mutate(repOwner, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: woId, status: 'ON_SITE' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // A marketer is not told the visit exists.
    expect((await mutate(marketer, 'assignTechnician', 'AssignTechnicianInput', { workOrderId: woId, technicianId: fieldRepId })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('work orders by their own scope (the technician sent)', () => {
  let neutralCase: string;
  beforeAll(async () => {
    const neutral = await api.ctx.newUser({ role: Role.ServiceAgent });
    const account = (await api.ctx.newAccount({ name: 'Nobody’s', owner: { owner: neutral.id, team: null } })).id;
    neutralCase = (await api.ctx.newCase({ accountId: account, owner: { owner: neutral.id, team: null } })).id;
  });
  let seq = 100;
  describeVisibilityMatrix<ApiClient>({
    object: 'workOrder',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind: RecordKind, cast: MatrixCast) => {
      const { owner } = ownerFor(kind, cast);
      const [row]: { id: string }[] = await api.ctx.ds.query(`INSERT INTO work_order (case_id, sequence, technician_id) VALUES ($1, $2, $3) RETURNING id`, [neutralCase, seq++, owner]);
      return row!.id;
    },
    probes: [
      { name: 'workOrder(id)', action: 'read', reaches: readWo },
      // Moving to the status it has is a no-op that still needs the write scope.
      { name: 'moveWorkOrder', action: 'write', reaches: async (c, id) => !(await mutate(c, 'moveWorkOrder', 'MoveWorkOrderInput', { workOrderId: id, status: 'SCHEDULED' })).errors },
    ],
  });
});
