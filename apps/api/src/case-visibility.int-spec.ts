import { ALL_ROLES, Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Who sees and changes a case (issue 18, ADR 0022): its own scope (the permission table's `case`
 * row) and, for reading, its account (RECORD_PARENTS): whoever may read the account and reads
 * cases at all sees the account's cases. Internal notes only for service staff.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let neutral: string;
let outsiderAccount: string;
let replyTemplate: string;
let routingQueue: string;

const readCase = async (c: ApiClient, id: string) => (await c.gql<{ case: { id: string } | null }>('query($id: ID!) { case(id: $id) { id } }', { id })).data?.case?.id === id;
const listed = async (c: ApiClient, id: string) =>
  ((await c.gql<{ cases: { edges: { node: { id: string } }[] } }>('query($id: ID!) { cases(first: 5, filter: { id: { eq: $id } }) { edges { node { id } } } }', { id })).data?.cases?.edges ?? []).some((e) => e.node.id === id);
const changes = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: UpdateCaseInput!) { updateCase(input: $i) { case { id } } }', { i: { id, subject: 'Changed' } })).errors;
const searched = async (c: ApiClient, id: string) => {
  const [{ number }] = await api.ctx.ds.query(`SELECT number FROM service_case WHERE id = $1`, [id]);
  const r = await c.gql<{ search: { id: string }[] }>('query($q: String!) { search(query: $q, first: 50) { id } }', { q: number });
  return !!r.data?.search.some((h) => h.id === id);
};
const exported = async (c: ApiClient, id: string) => {
  const res = await c.get(`/api/v1/export/cases.csv?filter=${encodeURIComponent(JSON.stringify({ id: { eq: id } }))}`);
  return res.status === 200 && res.text.includes(id);
};
// Split (issue 18 item 1): a change of the case; two messages written first, one of them split off.
const splits = async (c: ApiClient, id: string) => {
  const rows = (await api.ctx.ds.query(`INSERT INTO case_message (case_id, direction, channel, body) VALUES ($1, 'inbound', 'email', 'One'), ($1, 'inbound', 'email', 'Two') RETURNING id`, [id])) as { id: string }[];
  return !(await c.gql('mutation($i: SplitCaseInput!) { splitCase(input: $i) { case { id } } }', { i: { caseId: id, messageIds: [rows[0]!.id], subject: 'Split probe' } })).errors;
};
// A chat transcript posted on the case (issue 18 item 2): a change of the case.
const chats = async (c: ApiClient, id: string) =>
  !(await c.gql('mutation($i: PostChatTranscriptInput!) { postChatTranscript(input: $i) { case { id } } }', { i: { caseId: id, lines: [{ at: new Date().toISOString(), from: 'CUSTOMER', text: 'Chat probe' }] } })).errors;
const reprioritises = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: SetCasePriorityInput!) { setCasePriority(input: $i) { case { id } } }', { i: { id, priority: 'HIGH' } })).errors;
// A reply to the customer and a logged call: changes of the case (a note also needs the caseNote capability: below).
const replies = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId: id, body: 'Reply probe' } })).errors;
const logsCall = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: LogCaseCallInput!) { logCaseCall(input: $i) { message { id } } }', { i: { caseId: id, direction: 'INBOUND', body: 'Call probe' } })).errors;
const movesStatus = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id, status: 'open' } })).errors;
// Merging the case into one of the caller's own (made for the probe): a change of the merged case.
const merges = async (c: ApiClient, id: string, cast: MatrixCast) => {
  const mine = await api.ctx.newCase({ owner: { owner: cast.actor.id, team: cast.team.id } });
  return !(await c.gql('mutation($i: MergeCasesInput!) { mergeCases(input: $i) { case { id } } }', { i: { intoId: mine.id, fromIds: [id] } })).errors;
};
// An agent's file for a reply (REST upload): a change of the case; 404 or 403 otherwise.
const uploads = async (c: ApiClient, id: string) => (await c.post(`/api/v1/cases/${id}/attachments`).attach('file', Buffer.from('%PDF-1.7\nprobe\n'), 'probe.pdf')).status === 201;
// Sending the case to a routing queue (issue 19): a change of the case.
const routes = async (c: ApiClient, id: string) => !(await c.gql('mutation($i: RouteCaseInput!) { routeCase(input: $i) }', { i: { caseId: id, queueId: routingQueue } })).errors;
// The service dashboard counts the case: a milestone of it ends at an instant of its own, and the dashboard is asked for just that instant.
let dashboardInstant = Date.UTC(2001, 0, 1);
const counted = async (c: ApiClient, id: string) => {
  const at = new Date((dashboardInstant += 60_000));
  await api.ctx.ds.query(`INSERT INTO case_sla_attainment (case_id, milestone, state, target_minutes, spent_minutes, completed_at) VALUES ($1, 'resolution', 'met', 60, 10, $2) ON CONFLICT (case_id, milestone) DO UPDATE SET completed_at = EXCLUDED.completed_at`, [id, at]);
  const r = await c.gql<{ serviceDashboard: { attainment: { met: number }[] } }>('query($from: DateTime, $to: DateTime) { serviceDashboard(from: $from, to: $to) { attainment { met } } }', { from: at.toISOString(), to: new Date(at.getTime() + 1).toISOString() });
  return (r.data?.serviceDashboard.attainment ?? []).reduce((n, a) => n + a.met, 0) === 1;
};
// A reply template rendered for the case (issue 18 item 9): a read of the case, not found when the caller may not read it.
const rendersTemplate = async (c: ApiClient, id: string) => typeof (await c.gql<{ renderCaseReplyTemplate: string }>('query($c: ID!, $t: ID!) { renderCaseReplyTemplate(caseId: $c, templateId: $t) }', { c: id, t: replyTemplate })).data?.renderCaseReplyTemplate === 'string';

beforeAll(async () => {
  const owner = await api.ctx.newUser({ role: Role.ServiceAgent });
  neutral = owner.id;
  // An account no matrix actor may read by its scope: cases on it are reached by the case scope alone.
  outsiderAccount = (await api.ctx.newAccount({ name: 'Nobody’s', owner: { owner: owner.id, team: null } })).id;
  [{ id: routingQueue }] = await api.ctx.ds.query(`INSERT INTO routing_queue (name) VALUES ('Visibility probe') RETURNING id`);
  [{ id: replyTemplate }] = await api.ctx.ds.query(`INSERT INTO case_reply_template (name, body) VALUES ($1, 'Case {{ case.number }}') RETURNING id`, [`Visibility probe ${Date.now()}`]);
});

describe('cases by their own scope', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'case',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind: RecordKind, cast: MatrixCast) => {
      const { owner, team } = ownerFor(kind, cast);
      return (await api.ctx.newCase({ accountId: outsiderAccount, owner: { owner, team } })).id;
    },
    probes: [
      { name: 'case(id)', action: 'read', reaches: readCase },
      { name: 'cases(filter)', action: 'read', reaches: listed },
      { name: 'query search', action: 'read', reaches: searched },
      { name: 'CSV export', action: 'read', reaches: exported },
      { name: 'updateCase', action: 'write', reaches: changes },
      { name: 'renderCaseReplyTemplate', action: 'read', reaches: rendersTemplate },
      { name: 'setCasePriority', action: 'write', reaches: reprioritises },
      { name: 'splitCase', action: 'write', reaches: splits },
      { name: 'postChatTranscript', action: 'write', reaches: chats },
      { name: 'replyToCase', action: 'write', reaches: replies },
      { name: 'setCaseStatus', action: 'write', reaches: movesStatus },
      { name: 'mergeCases', action: 'write', reaches: merges },
      { name: 'logCaseCall', action: 'write', reaches: logsCall },
      { name: 'upload attachment (REST)', action: 'write', reaches: uploads },
      { name: 'routeCase', action: 'write', reaches: routes },
      { name: 'serviceDashboard', action: 'read', reaches: counted },
    ],
  });
});

describe('cases through their account', () => {
  // The case belongs to a service agent with no team; whether one reaches it is the account's scope,
  // for every role that reads cases (marketing reads accounts but not cases: left out here, below).
  describeVisibilityMatrix<ApiClient>({
    object: 'account',
    roles: [Role.Admin, Role.SalesManager, Role.SalesRep, Role.ServiceManager, Role.ServiceAgent, Role.PortalUser, Role.Integration],
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind: RecordKind, cast: MatrixCast) => {
      const { owner, team } = ownerFor(kind, cast);
      const account = await api.ctx.newAccount({ name: 'Customer', owner: { owner, team } });
      return (await api.ctx.newCase({ accountId: account.id, owner: { owner: neutral, team: null } })).id;
    },
    probes: [
      { name: 'case(id)', action: 'read', reaches: readCase },
      { name: 'cases(filter)', action: 'read', reaches: listed },
      { name: 'query search', action: 'read', reaches: searched },
      { name: 'CSV export', action: 'read', reaches: exported },
      { name: 'renderCaseReplyTemplate', action: 'read', reaches: rendersTemplate },
      { name: 'serviceDashboard', action: 'read', reaches: counted },
    ],
  });

  it('never lets marketing read cases, nor anyone change one through its account', async () => {
    const marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
    const rep = await api.ctx.newUser({ role: Role.SalesRep });
    const repClient = await api.signedIn(rep.email);
    const account = await api.ctx.newAccount({ name: 'Rep’s customer', owner: { owner: rep.id, team: null } });
    const k = await api.ctx.newCase({ accountId: account.id, owner: { owner: neutral, team: null } });
    expect(await readCase(marketer, k.id)).toBe(false);
    expect(await searched(marketer, k.id)).toBe(false);
    expect(await rendersTemplate(marketer, k.id)).toBe(false);
    expect(await counted(marketer, k.id)).toBe(false);
    expect(await uploads(repClient, k.id)).toBe(false);
    expect((await marketer.get('/api/v1/export/cases.csv')).status).toBe(403);
    expect(await readCase(repClient, k.id)).toBe(true);
    const res = await repClient.gql('mutation($i: UpdateCaseInput!) { updateCase(input: $i) { case { id } } }', { i: { id: k.id, subject: 'Mine now' } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('internal notes', () => {
  it('are seen by service staff and admins, never by sales or in a reply to the customer', async () => {
    const agent = await api.ctx.newUser({ role: Role.ServiceAgent });
    const agentClient = await api.signedIn(agent.email);
    const rep = await api.ctx.newUser({ role: Role.SalesRep });
    const repClient = await api.signedIn(rep.email);
    const manager = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    const account = await api.ctx.newAccount({ name: 'Noted', owner: { owner: rep.id, team: null } });
    const k = await api.ctx.newCase({ accountId: account.id, owner: { owner: agent.id, team: null } });
    await agentClient.gqlOk('mutation($i: AddCaseNoteInput!) { addCaseNote(input: $i) { message { id } } }', { i: { caseId: k.id, body: 'Customer is angry; be careful' } });
    await agentClient.gqlOk('mutation($i: ReplyToCaseInput!) { replyToCase(input: $i) { message { id } } }', { i: { caseId: k.id, body: 'We are on it.' } });
    const thread = (c: ApiClient) => c.gqlOk<{ case: { messages: { direction: string; body: string }[]; viewerCan: { addNote: boolean; reply: boolean } } }>('query($id: ID!) { case(id: $id) { messages { direction body } viewerCan { addNote reply } } }', { id: k.id });
    const seen = await thread(agentClient);
    expect(seen.case.messages.map((m) => m.direction)).toEqual(['INTERNAL', 'OUTBOUND']);
    expect(seen.case.viewerCan).toEqual({ addNote: true, reply: true });
    const repView = await thread(repClient);
    expect(repView.case.messages.map((m) => m.body)).toEqual(['We are on it.']);
    expect(repView.case.viewerCan).toEqual({ addNote: false, reply: false });
    // A manager of sales sees nothing of another's customer at all.
    expect((await manager.gql<{ case: unknown }>('query($id: ID!) { case(id: $id) { id } }', { id: k.id })).data?.case).toBeNull();
    // Writing a note needs the capability as well as the case.
    const refused = await repClient.gql('mutation($i: AddCaseNoteInput!) { addCaseNote(input: $i) { message { id } } }', { i: { caseId: k.id, body: 'sneaky' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('reply templates', () => {
  // Offered (the active ones) to whoever may reply to cases or reads service set-up; all of them to set-up's readers; changed by its writers.
  const GRANTS: Record<Role, { offered: boolean; all: boolean; change: boolean }> = {
    [Role.Admin]: { offered: true, all: true, change: true },
    [Role.SalesManager]: { offered: true, all: true, change: false },
    [Role.SalesRep]: { offered: false, all: false, change: false },
    [Role.Marketer]: { offered: true, all: true, change: false },
    [Role.ServiceManager]: { offered: true, all: true, change: true },
    [Role.ServiceAgent]: { offered: true, all: true, change: false },
    [Role.PortalUser]: { offered: false, all: false, change: false },
    [Role.Integration]: { offered: true, all: true, change: false },
  };
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'] ?? 'OK';
  it.each(ALL_ROLES.filter((r) => r !== Role.Integration))('%s lists, saves and deletes them as the permission table says', async (role) => {
    const client = await api.signedIn((await api.ctx.newUser({ role })).email);
    expect(code(await client.gql('{ caseReplyTemplates { id } }'))).toBe(GRANTS[role].offered ? 'OK' : 'FORBIDDEN');
    expect(code(await client.gql('{ caseReplyTemplates(includeInactive: true) { id } }'))).toBe(GRANTS[role].all ? 'OK' : 'FORBIDDEN');
    const saved = await client.gql<{ saveCaseReplyTemplate: { template: { id: string } } }>('mutation($i: SaveCaseReplyTemplateInput!) { saveCaseReplyTemplate(input: $i) { template { id } } }', { i: { name: `By ${role} ${Date.now()}`, body: 'Hi {{ contact.first_name }}' } });
    expect(code(saved)).toBe(GRANTS[role].change ? 'OK' : 'FORBIDDEN');
    expect(code(await client.gql('mutation($id: ID!) { deleteCaseReplyTemplate(id: $id) { id } }', { id: saved.data?.saveCaseReplyTemplate.template.id ?? replyTemplate }))).toBe(GRANTS[role].change ? 'OK' : 'FORBIDDEN');
  });
});
