import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The phone channel (issue 18 item 4): the agent's screen opens on who is calling (contacts with the
 * number they may see, and those people's open cases), the dialled number names the line (a
 * campaign's tracking number), and a new problem becomes a case from the call in one step.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let agent: ApiClient;
let rep: ApiClient;
let marketer: ApiClient;
let contactId: string;
let accountId: string;
let existingCaseId: string;

const LOOKUP = `query($p: String!, $d: String) { callerLookup(phoneNumber: $p, dialledNumber: $d) { phoneNumber line { number name } contacts { id } openCases { id subject } } }`;
type Lookup = { callerLookup: { phoneNumber: string; line: { number: string; name: string | null } | null; contacts: { id: string }[]; openCases: { id: string; subject: string }[] } };
const CREATE = `mutation($i: CreateCaseFromCallInput!) { createCaseFromCall(input: $i) { case { id channel status priority contactId accountId firstResponseAt messages { direction channel phoneNumber line durationSeconds body } } } }`;
type Created = { createCaseFromCall: { case: { id: string; channel: string; status: string; priority: string; contactId: string; accountId: string | null; firstResponseAt: string | null; messages: { direction: string; channel: string; phoneNumber: string; line: string | null; durationSeconds: number | null; body: string }[] } } };
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; message: string }[];

beforeAll(async () => {
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const repUser = await api.ctx.newUser({ role: Role.SalesRep });
  rep = await api.signedIn(repUser.email);
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  await api.ctx.newCampaign({ name: 'Hotline ad · metro', type: 'advertising', trackingPhone: '+86 21 6666 0002', trackingPhoneNormalized: '+862166660002' });
  accountId = (await api.ctx.newAccount({ name: 'Harbour Pumps' })).id;
  contactId = (await api.ctx.newContact({ lastName: '陈', firstName: '静', phones: ['021 5555 8888'], accountId })).id;
  const opened = await agent.gqlOk<{ createCase: { case: { id: string } } }>('mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { subject: 'Pump stops at night', contactId, channel: 'EMAIL' } });
  existingCaseId = opened.createCase.case.id;
});

describe('who is calling', () => {
  it('shows the agent the caller, their open cases and the campaign line, whatever the number’s format', async () => {
    const r = (await agent.gqlOk<Lookup>(LOOKUP, { p: '+86 (21) 5555-8888', d: '021 6666 0002' })).callerLookup;
    expect(r).toEqual({ phoneNumber: '+862155558888', line: { number: '+862166660002', name: 'Hotline ad · metro' }, contacts: [{ id: contactId }], openCases: [{ id: existingCaseId, subject: 'Pump stops at night' }] });
    // A hotline no campaign tracks is the number alone.
    expect((await agent.gqlOk<Lookup>(LOOKUP, { p: '02155558888', d: '+86 400 800 1234' })).callerLookup.line).toEqual({ number: '+864008001234', name: null });
  });

  it('shows a sales rep only the people and cases they may see, and refuses a number that is none', async () => {
    expect((await rep.gqlOk<Lookup>(LOOKUP, { p: '+862155558888' })).callerLookup).toMatchObject({ contacts: [], openCases: [], line: null });
    const bad = await agent.gql(LOOKUP, { p: 'call me' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad)).toEqual([expect.objectContaining({ path: 'input.phoneNumber', message: 'Enter a phone number, such as +86 138 0013 8000.' })]);
  });
});

describe('a case from a call', () => {
  it('is opened for the known caller in one step, the call its first message and first response, on the line dialled', async () => {
    const k = (await agent.gqlOk<Created>(CREATE, { i: { phoneNumber: '021-5555-8888', dialledNumber: '+86 21 6666 0002', subject: 'Noise after the repair', body: 'Loud hum since Monday.', priority: 'HIGH', durationSeconds: 312 } })).createCaseFromCall.case;
    expect(k).toMatchObject({ channel: 'PHONE', status: 'open', priority: 'HIGH', contactId, accountId, firstResponseAt: expect.any(String) });
    expect(k.messages).toEqual([{ direction: 'INBOUND', channel: 'PHONE', phoneNumber: '+862155558888', line: 'Hotline ad · metro · +862166660002', durationSeconds: 312, body: 'Loud hum since Monday.' }]);
    const [timeline] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM timeline_event WHERE subject_type = 'account' AND subject_id = $1 AND payload->>'caseId' = $2`, [accountId, k.id]);
    // Opened, and the call logged: both on the account's timeline, where sales sees them.
    expect(timeline.n).toBe(2);
  });

  it('makes an unknown caller a contact flagged for review rather than guessing', async () => {
    const k = (await agent.gqlOk<Created>(CREATE, { i: { phoneNumber: '+86 139 0000 4242', callerName: 'Ms Lin', subject: 'Where is my order?', body: 'Ordered online, no delivery yet.' } })).createCaseFromCall.case;
    const [person] = await api.ctx.ds.query(`SELECT last_name, phones_normalized, needs_review, account_id FROM contact WHERE id = $1`, [k.contactId]);
    expect(person).toEqual({ last_name: 'Ms Lin', phones_normalized: ['+8613900004242'], needs_review: true, account_id: null });
    expect(k).toMatchObject({ accountId: null, priority: 'NORMAL' });
    // The same number again finds that person now, not a second one.
    const again = (await agent.gqlOk<Created>(CREATE, { i: { phoneNumber: '13900004242', subject: 'Still waiting', body: 'Called again.' } })).createCaseFromCall.case;
    expect(again.contactId).toBe(k.contactId);
  });

  it('refuses clearly: bad numbers and empty notes, a caller the agent may not see, and people who may not open cases', async () => {
    const bad = await agent.gql(CREATE, { i: { phoneNumber: '12', subject: ' ', body: '' } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    // A subject of blanks is no subject.
    expect(fieldsOf(bad).map((f) => f.path).sort()).toEqual(['input.body', 'input.subject']);
    const badNumber = await agent.gql(CREATE, { i: { phoneNumber: '12', subject: 'x', body: 'y' } });
    expect(fieldsOf(badNumber)).toEqual([expect.objectContaining({ path: 'input.phoneNumber' })]);
    expect((await rep.gql(CREATE, { i: { phoneNumber: '+862155558888', subject: 'x', body: 'y' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await marketer.gql(CREATE, { i: { phoneNumber: '+862155558888', subject: 'x', body: 'y' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await marketer.gql(LOOKUP, { p: '+862155558888' })).errors).toBeUndefined();
    const count = async () => Number((await api.ctx.ds.query(`SELECT count(*) AS n FROM service_case`))[0].n);
    const before = await count();
    const missing = await agent.gql(CREATE, { i: { phoneNumber: '+862155558888', contactId: '018f0000-0000-7000-8000-000000000000', subject: 'x', body: 'y' } });
    expect(fieldsOf(missing)).toEqual([expect.objectContaining({ path: 'input.contactId' })]);
    expect(await count()).toBe(before);
  });
});
