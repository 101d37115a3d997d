import { Role } from '@rapport/shared-domain';
import { emailDomain, isBusinessEmail, ScoreFacts, scoreLead, ScoringRule } from '@rapport/leads-domain';
import { LeadImportService } from '@rapport/leads-api';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

// Issue 12: a new lead showed score 0 / grade D until some later event rescored it. Each way a
// lead is made (GraphQL createLead, web-to-lead, import) must store the score the rules give, in
// the create's own response and in the list read right after, before any job has run.
const api = useTestApi({ PUBLIC_LEAD_RATE_LIMIT: '1000' });
const unique = () => Math.random().toString(36).slice(2, 10);

const RULES = [
  { name: 'China', field: 'country', operator: 'eq', value: 'CN', points: 30 },
  { name: 'Director', field: 'title', operator: 'contains', value: 'director', points: 20 },
  { name: 'Business email', field: 'emailDomain', operator: 'exists', value: null, points: 15 },
  { name: 'Filled in a form', field: 'submissions', operator: 'gte', value: 1, points: 10 },
  { name: 'Large company', field: 'employees', operator: 'gte', value: 500, points: 20 },
  { name: 'Switched off', field: 'source', operator: 'exists', value: null, points: 50, active: false },
];
const SAVE_RULE = `mutation($i: SaveScoringRuleInput!) { saveScoringRule(input: $i) { scoringRule { id } } }`;
const LEADS = `query($f: LeadFilter!) { leads(first: 5, filter: $f) { edges { node { id score grade } } } }`;

let admin: ApiClient;
let rules: ScoringRule[];

beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Admin });
  admin = await api.signedIn(user.email);
  // Only this file's rules, so the expected figures below can be checked by hand.
  await api.ctx.ds.query(`DELETE FROM scoring_rule`);
  for (const r of RULES) await admin.gqlOk(SAVE_RULE, { i: r });
  rules = await api.ctx.ds.query(`SELECT id, name, field, operator, value, points FROM scoring_rule WHERE active ORDER BY id`);
  expect(rules).toHaveLength(RULES.length - 1);
});

/** What the configured rules give a lead with these facts (the same pure function routing uses). */
function expected(lead: { country?: string; title?: string; email?: string; employees?: number }, engagement: ScoreFacts = {}) {
  const facts: ScoreFacts = { ...lead, emailDomain: isBusinessEmail(lead.email) ? emailDomain(lead.email) : null, submissions: 0, activities: 0, ...engagement };
  return scoreLead(rules, facts);
}

async function listed(email: string, by: 'email' | 'lastName' = 'email') {
  const { leads } = await admin.gqlOk<{ leads: { edges: { node: { id: string; score: number; grade: string } }[] } }>(LEADS, { f: { [by]: { eq: email } } });
  expect(leads.edges).toHaveLength(1);
  return leads.edges[0].node;
}

describe('a new lead is scored when it is created', () => {
  it('createLead answers with the score and grade the rules give, and lists with them', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const c = await api.signedIn(rep.email);
    const lead = { lastName: 'Wang', company: 'Hangzhou Tea', email: `wang-${unique()}@hztea.example`, title: 'Purchasing Director', country: 'CN' };
    const want = expected(lead);
    expect(want).toMatchObject({ score: 65, grade: 'B' });

    const created = await c.gqlOk<{ createLead: { lead: { id: string; score: number; grade: string } } }>(
      `mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id score grade } } }`,
      { i: { ...lead, source: 'OTHER' } },
    );
    expect(created.createLead.lead).toMatchObject({ score: want.score, grade: want.grade });
    expect(await listed(lead.email)).toEqual({ id: created.createLead.lead.id, score: want.score, grade: want.grade });

    // A lead no rule matches keeps 0 / D: the score is the rules', not a default.
    const plain = { lastName: 'Li', email: `li-${unique()}@gmail.com` };
    const none = await c.gqlOk<{ createLead: { lead: { score: number; grade: string } } }>(`mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { score grade } } }`, { i: { ...plain, source: 'OTHER' } });
    expect(none.createLead.lead).toEqual({ score: expected(plain).score, grade: 'D' });
    expect(expected(plain).score).toBe(0);
  });

  it('web-to-lead stores the score with the lead, its submission counting, before routing runs', async () => {
    const lead = { lastName: 'Chen', company: 'Shenzhen Parts', email: `chen-${unique()}@szparts.example`, title: 'IT Director', country: 'CN', employees: 800 };
    const want = expected(lead, { submissions: 1 });
    expect(want).toMatchObject({ score: 95, grade: 'A' });

    const res = await api.anon().post('/api/public/leads').send(lead);
    expect(res.status).toBe(201);
    expect(await listed(lead.email)).toMatchObject({ score: want.score, grade: want.grade });
    // Nothing has routed it yet: the score is the insert's, not the routing job's.
    const [routing] = await api.ctx.ds.query(`SELECT r.routed_at FROM lead_routing r JOIN lead l ON l.id = r.lead_id WHERE l.email = $1`, [lead.email]);
    expect(routing).toEqual({ routed_at: null });

    // Without an email (no address to lock on, so the rules are read on their own).
    const anonymous = { lastName: `Huang-${unique()}`, company: 'Xiamen Ports', title: 'Logistics Director', country: 'CN' };
    const wantAnonymous = expected(anonymous, { submissions: 1 });
    expect(wantAnonymous).toMatchObject({ score: 60, grade: 'B' });
    expect((await api.anon().post('/api/public/leads').send(anonymous)).status).toBe(201);
    expect(await listed(anonymous.lastName, 'lastName')).toMatchObject({ score: wantAnonymous.score, grade: wantAnonymous.grade });
  });

  it('an import stores every created lead with its score, routed or not', async () => {
    const marketer = await api.ctx.newUser({ role: Role.Marketer });
    const c = await api.signedIn(marketer.email);
    const rows = [
      { lastName: 'Zhao', email: `zhao-${unique()}@bigco.example`, title: 'Sales Director', country: 'CN', employees: 2000 },
      { lastName: 'Liu', email: `liu-${unique()}@qq.com`, title: 'Engineer', country: 'SG', employees: 12 },
      { lastName: 'Sun', email: `sun-${unique()}@midco.example`, title: 'Director of Finance', country: 'TW', employees: 300 },
    ];
    const csv = ['Last name,Email,Title,Country,Employees', ...rows.map((r) => [r.lastName, r.email, r.title, r.country, r.employees].join(','))].join('\n');
    const up = await c.post('/api/v1/lead-imports').attach('file', Buffer.from(csv), 'leads.csv');
    expect(up.status).toBe(201);
    const mapping = [
      { column: 'Last name', field: 'LAST_NAME' },
      { column: 'Email', field: 'EMAIL' },
      { column: 'Title', field: 'TITLE' },
      { column: 'Country', field: 'COUNTRY' },
      { column: 'Employees', field: 'EMPLOYEES' },
    ];
    await c.gqlOk(`mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id } } }`, { i: { importId: up.body.id, mapping, dedupPolicy: 'SKIP', routeLeads: false } });
    // The job body, as the worker runs it.
    expect(await api.app.get(LeadImportService).run(up.body.id, async () => undefined)).toMatchObject({ status: 'done', createdCount: 3 });

    const scores = [];
    for (const r of rows) scores.push({ ...(await listed(r.email)), id: undefined });
    const want = rows.map((r) => expected(r)).map((w) => ({ score: w.score, grade: w.grade, id: undefined }));
    expect(scores).toEqual(want);
    expect(want.map((w) => w.grade)).toEqual(['A', 'D', 'C']);
  });
});
