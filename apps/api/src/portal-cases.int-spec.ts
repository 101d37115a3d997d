import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Cases in the customer portal (issue 19 item 4) by the one visibility mechanism: a portal user
 * reaches their own contact's cases, their account's as its service admin, nobody else's; staff
 * do not use the portal API and customers never the staff one; internal notes never show.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const LIST = '{ portalCases(first: 20) { totalCount edges { node { id number openedByColleague } } } }';
const ONE = 'query($id: ID!) { portalCase(id: $id) { id subject statusName statusCategory messages { fromCustomer body authorName } } }';
const k: Record<string, string> = {};
const as: Record<string, ApiClient> = {};

async function portalLogin(contactId: string, opts: { admin?: boolean; verified?: boolean } = {}): Promise<ApiClient> {
  const user = await api.ctx.newUser({ role: Role.PortalUser });
  await api.ctx.ds.query(`INSERT INTO portal_user (user_id, contact_id, account_admin, verified_at) VALUES ($1, $2, $3, $4)`, [user.id, contactId, opts.admin ?? false, opts.verified === false ? null : new Date()]);
  return api.signedIn(user.email);
}

beforeAll(async () => {
  const x = await api.ctx.newAccount({ name: 'Customer X' });
  const y = await api.ctx.newAccount({ name: 'Customer Y' });
  const a1 = await api.ctx.newContact({ lastName: 'One', accountId: x.id });
  const a2 = await api.ctx.newContact({ lastName: 'Two', accountId: x.id });
  const b = await api.ctx.newContact({ lastName: 'Bee', accountId: y.id });
  k['a1'] = (await api.ctx.newCase({ subject: 'A1’s printer', contactId: a1.id, accountId: x.id })).id;
  k['a2'] = (await api.ctx.newCase({ subject: 'A2’s invoice', contactId: a2.id, accountId: x.id })).id;
  k['x'] = (await api.ctx.newCase({ subject: 'X’s contract', contactId: null, accountId: x.id })).id;
  k['b'] = (await api.ctx.newCase({ subject: 'B’s outage', contactId: b.id, accountId: y.id })).id;
  as['a1'] = await portalLogin(a1.id);
  as['a2admin'] = await portalLogin(a2.id, { admin: true });
  as['b'] = await portalLogin(b.id);
  const c = await api.ctx.newContact({ lastName: 'Unverified', accountId: y.id });
  as['unverified'] = await portalLogin(c.id, { verified: false });
  as['agent'] = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
});

const ids = async (c: ApiClient) => (await c.gqlOk<{ portalCases: { edges: { node: { id: string } }[] } }>(LIST)).portalCases.edges.map((e) => e.node.id).sort();
const reads = async (c: ApiClient, id: string) => (await c.gqlOk<{ portalCase: { id: string } | null }>(ONE, { id })).portalCase?.id === id;

describe('portal cases by customer', () => {
  it('show a customer their own contact’s cases only', async () => {
    expect(await ids(as['a1']!)).toEqual([k['a1']]);
    expect(await ids(as['b']!)).toEqual([k['b']]);
    for (const other of ['a2', 'x', 'b']) expect(await reads(as['a1']!, k[other]!)).toBe(false);
    expect(await reads(as['a1']!, k['a1']!)).toBe(true);
  });

  it('show their account’s service admin every case of the account, marking colleagues’', async () => {
    expect(await ids(as['a2admin']!)).toEqual([k['a1'], k['a2'], k['x']].sort());
    // Threads for a whole page at once (one query for all of them).
    const threads = await as['a2admin']!.gqlOk<{ portalCases: { edges: { node: { id: string; messages: unknown[] } }[] } }>('{ portalCases(first: 20) { edges { node { id messages { body } } } } }');
    expect(threads.portalCases.edges.map((e) => e.node.messages)).toEqual([[], [], []]);
    const { portalCases } = await as['a2admin']!.gqlOk<{ portalCases: { totalCount: number; edges: { node: { id: string; openedByColleague: boolean } }[] } }>(LIST);
    expect(portalCases.totalCount).toBe(3);
    expect(portalCases.edges.find((e) => e.node.id === k['a2'])?.node.openedByColleague).toBe(false);
    expect(portalCases.edges.find((e) => e.node.id === k['a1'])?.node.openedByColleague).toBe(true);
    expect(await reads(as['a2admin']!, k['b']!)).toBe(false);
  });

  it('show a login whose address is not verified nothing', async () => {
    expect(await ids(as['unverified']!)).toEqual([]);
  });

  it('keep the portal API from staff and the staff API from customers', async () => {
    expect((await as['agent']!.gql(LIST)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const staff = await as['a1']!.gql<{ case: { id: string } | null }>('query($id: ID!) { case(id: $id) { id } }', { id: k['a1'] });
    expect(staff.data?.case ?? null).toBeNull();
  });

  it('show the thread without internal notes, the agent by name', async () => {
    const agentId = (await api.ctx.ds.query(`SELECT id FROM app_user WHERE role = 'service_agent' LIMIT 1`))[0].id;
    await api.ctx.ds.query(
      `INSERT INTO case_message (case_id, direction, channel, body, author_id, created_at) VALUES
         ($1, 'inbound', 'portal', 'It jams on every page', NULL, now() - interval '2 hours'),
         ($1, 'internal', 'note', 'Customer is on the old firmware', $2, now() - interval '1 hour'),
         ($1, 'outbound', 'email', 'Please update the firmware', $2, now())`,
      [k['a1'], agentId],
    );
    const { portalCase } = await as['a1']!.gqlOk<{ portalCase: { statusCategory: string; messages: { fromCustomer: boolean; body: string; authorName: string | null }[] } }>(ONE, { id: k['a1'] });
    expect(portalCase.statusCategory).toBe('NEW');
    expect(portalCase.messages.map((m) => [m.fromCustomer, m.body, m.authorName !== null])).toEqual([
      [true, 'It jams on every page', false],
      [false, 'Please update the firmware', true],
    ]);
  });

  it('let a customer open a case, which waits in its queue, write on it, and close it; a closed case takes no more', async () => {
    await api.ctx.ds.query(`INSERT INTO routing_queue (name, is_default) VALUES ('Portal default', true)`);
    const OPEN = 'mutation($i: OpenPortalCaseInput!) { openPortalCase(input: $i) { id number channel statusCategory messages { fromCustomer body } } }';
    const { openPortalCase: opened } = await as['b']!.gqlOk<{ openPortalCase: { id: string; number: string; channel: string; statusCategory: string; messages: { fromCustomer: boolean; body: string }[] } }>(OPEN, {
      i: { subject: 'Router keeps rebooting', description: 'Every ten minutes since Monday.' },
    });
    expect(opened).toMatchObject({ channel: 'PORTAL', statusCategory: 'NEW', messages: [{ fromCustomer: true, body: 'Every ten minutes since Monday.' }] });
    const [row] = await api.ctx.ds.query(`SELECT k.contact_id, k.account_id, i.state FROM service_case k JOIN routing_item i ON i.case_id = k.id WHERE k.id = $1`, [opened.id]);
    const [b] = await api.ctx.ds.query(`SELECT k.contact_id FROM service_case k WHERE k.id = $1`, [k['b']]);
    expect(row).toMatchObject({ contact_id: b.contact_id, state: 'waiting' });

    const REPLY = 'mutation($i: ReplyToPortalCaseInput!) { replyToPortalCase(input: $i) { messages { body } } }';
    const { replyToPortalCase } = await as['b']!.gqlOk<{ replyToPortalCase: { messages: { body: string }[] } }>(REPLY, { i: { caseId: opened.id, body: 'Now every five minutes.' } });
    expect(replyToPortalCase.messages.map((m) => m.body)).toEqual(['Every ten minutes since Monday.', 'Now every five minutes.']);
    const CLOSE = 'mutation($i: ClosePortalCaseInput!) { closePortalCase(input: $i) { statusCategory } }';
    expect((await as['b']!.gqlOk<{ closePortalCase: { statusCategory: string } }>(CLOSE, { i: { caseId: opened.id } })).closePortalCase.statusCategory).toBe('CLOSED');
    const late = await as['b']!.gql(REPLY, { i: { caseId: opened.id, body: 'Hello?' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.caseId', message: 'This case is closed; open a new case.' }] });
  });

  it('refuse another customer’s case as not found, blank input by field, and staff altogether', async () => {
    const REPLY = 'mutation($i: ReplyToPortalCaseInput!) { replyToPortalCase(input: $i) { id } }';
    expect((await as['a1']!.gql(REPLY, { i: { caseId: k['b'], body: 'Not mine' } })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const blank = await as['a1']!.gql('mutation($i: OpenPortalCaseInput!) { openPortalCase(input: $i) { id } }', { i: { subject: '   ', description: '' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(((blank.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[]).map((f) => f.path).sort()).toEqual(['input.description', 'input.subject']);
    expect((await as['agent']!.gql(REPLY, { i: { caseId: k['a1'], body: 'As staff' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await as['unverified']!.gql(REPLY, { i: { caseId: k['a1'], body: 'Unverified' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('let the customer answer their resolved case’s survey once, signed in; a colleague never sees it', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    await admin.gqlOk('mutation($i: SaveCsatSettingsInput!) { saveCsatSettings(input: $i) { settings { mode } } }', {
      i: { mode: 'EVERY', questions: [{ key: 'speed', kind: 'RATING', required: true, text: { en: 'How fast were we?' } }] },
    });
    await admin.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: k['a1'], status: 'resolved' } });
    const SURVEY = 'query($c: ID!) { portalSurvey(caseId: $c) { answered rating questions { key kind required } } }';
    expect((await as['a1']!.gqlOk<{ portalSurvey: unknown }>(SURVEY, { c: k['a1'] })).portalSurvey).toEqual({ answered: false, rating: null, questions: [{ key: 'speed', kind: 'RATING', required: true }] });
    // The account's service admin sees the case, but the survey was offered to its contact only.
    expect((await as['a2admin']!.gqlOk<{ portalSurvey: unknown }>(SURVEY, { c: k['a1'] })).portalSurvey).toBeNull();
    expect((await as['b']!.gql(SURVEY, { c: k['a1'] })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const ANSWER = 'mutation($i: AnswerPortalSurveyInput!) { answerPortalSurvey(input: $i) { answered rating } }';
    const missing = await as['a1']!.gql(ANSWER, { i: { caseId: k['a1'], rating: 5 } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await as['a1']!.gqlOk<{ answerPortalSurvey: unknown }>(ANSWER, { i: { caseId: k['a1'], rating: 5, answers: [{ key: 'speed', rating: 4 }], comment: 'Quick' } })).answerPortalSurvey).toEqual({ answered: true, rating: 5 });
    expect((await as['a1']!.gql(ANSWER, { i: { caseId: k['a1'], rating: 1 } })).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('tell a customer who they are and where their email preferences are; staff are refused', async () => {
    const { portalMe } = await as['a2admin']!.gqlOk<{ portalMe: { name: string; accountName: string; accountAdmin: boolean; preferencesUrl: string | null } }>('{ portalMe { name accountName accountAdmin preferencesUrl } }');
    expect(portalMe).toMatchObject({ name: 'Two', accountName: 'Customer X', accountAdmin: true, preferencesUrl: null });
    expect((await as['agent']!.gql('{ portalMe { name } }')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
