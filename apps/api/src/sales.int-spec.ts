import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
let rep: ApiClient;
let repTeamId: string;
let repId: string;

beforeAll(async () => {
  const team = await api.ctx.newTeam();
  repTeamId = team.id;
  const user = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
  repId = user.id;
  rep = await api.signedIn(user.email);
});

const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id status owner { email } } } }`;
const CONVERT = `mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
  lead { id status } account { id name } contact { id name email timeZone } opportunity { id name stage { name } } accountCreated contactCreated } }`;

async function newLead(input: Record<string, unknown>) {
  const r = await rep.gqlOk<{ createLead: { lead: { id: string; status: string } } }>(CREATE_LEAD, { input: { source: 'WEB', ...input } });
  return r.createLead.lead;
}

describe('lead conversion', () => {
  it('creates account, contact and opportunity in one step, and the account tells the story', async () => {
    const lead = await newLead({ firstName: '敏', lastName: '王', company: '华为技术有限公司', email: 'wang.min@example.cn', phone: '138 0013 8000', productInterest: 'CRM', timeZone: 'Asia/Shanghai' });
    await rep.gqlOk('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } } }', { i: { type: 'CALL', subject: 'First call', leadId: lead.id, done: true } });
    const { convertLead } = await rep.gqlOk<{ convertLead: { lead: { status: string }; account: { id: string; name: string }; contact: { name: string; email: string }; opportunity: { stage: { name: string } }; accountCreated: boolean } }>(CONVERT, {
      input: { leadId: lead.id, createOpportunity: true },
    });
    expect(convertLead.lead.status).toBe('CONVERTED');
    expect(convertLead.account.name).toBe('华为技术有限公司');
    // The contact keeps the lead's time zone: a mailing at 9:00 still reaches them at their 9:00.
    expect(convertLead.contact).toMatchObject({ name: '王敏', email: 'wang.min@example.cn', timeZone: 'Asia/Shanghai' });
    expect(convertLead.opportunity.stage.name).toBe('Prospecting');
    expect(convertLead.accountCreated).toBe(true);

    const account = await rep.gqlOk<{ account: { contacts: { totalCount: number }; opportunities: { totalCount: number }; activities: { edges: { node: { subject: string } }[] }; timeline: { edges: { node: { type: string } }[] } } }>(
      `query($id: ID!) { account(id: $id) { contacts { totalCount } opportunities { totalCount } activities { edges { node { subject } } } timeline(first: 50) { edges { node { type } } } } }`,
      { id: convertLead.account.id },
    );
    expect(account.account.contacts.totalCount).toBe(1);
    expect(account.account.opportunities.totalCount).toBe(1);
    expect(account.account.activities.edges.map((e) => e.node.subject)).toEqual(['First call']);
    expect(account.account.timeline.edges.map((e) => e.node.type)).toEqual(expect.arrayContaining(['lead.converted', 'record.created']));

    const again = await rep.gql(CONVERT, { input: { leadId: lead.id, createOpportunity: false } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('links an existing account by company name and an existing contact by email instead of duplicating', async () => {
    const first = await newLead({ lastName: 'Chen', company: 'Acme Trading Co., Ltd.', email: 'chen@acme.example' });
    const a = await rep.gqlOk<{ convertLead: { account: { id: string }; contact: { id: string } } }>(CONVERT, { input: { leadId: first.id, createOpportunity: false } });
    const second = await newLead({ lastName: 'Chen', firstName: 'Alice', company: 'ACME TRADING', email: 'CHEN@acme.example' });
    const b = await rep.gqlOk<{ convertLead: { account: { id: string }; contact: { id: string }; accountCreated: boolean; contactCreated: boolean } }>(CONVERT, { input: { leadId: second.id, createOpportunity: false } });
    expect(b.convertLead.account.id).toBe(a.convertLead.account.id);
    expect(b.convertLead.contact.id).toBe(a.convertLead.contact.id);
    expect([b.convertLead.accountCreated, b.convertLead.contactCreated]).toEqual([false, false]);
    const audit = await api.ctx.ds.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [second.id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['create', 'convert']);
  });
});

describe('opportunities', () => {
  async function newDeal() {
    const acc = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "Deal Co" }) { account { id } } }');
    const d = await rep.gqlOk<{ createOpportunity: { opportunity: { id: string; amount: number | null } } }>(
      'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { opportunity { id amount } } }',
      { i: { name: 'Big deal', accountId: acc.createAccount.account.id, amount: 120000.5 } },
    );
    return { accountId: acc.createAccount.account.id, ...d.createOpportunity.opportunity };
  }
  const stages = async () =>
    (await rep.gqlOk<{ pipelines: { stages: { id: string; name: string }[] }[] }>('{ pipelines { stages { id name } } }')).pipelines[0].stages;

  it('moves across stages, needs a reason to lose, and records each move on the account', async () => {
    const deal = await newDeal();
    expect(deal.amount).toBe(120000.5);
    const all = await stages();
    const move = (stageId: string, lostReason?: string) =>
      rep.gql('mutation($i: MoveOpportunityStageInput!) { moveOpportunityStage(input: $i) { opportunity { stage { name } closedAt } } }', { i: { id: deal.id, stageId, lostReason } });
    expect((await move(all[2].id)).data).toMatchObject({ moveOpportunityStage: { opportunity: { stage: { name: 'Proposal' }, closedAt: null } } });
    const lost = all.find((s) => s.name === 'Closed Lost')!;
    expect((await move(lost.id)).errors?.[0].extensions?.fields).toEqual([{ path: 'input.lostReason', message: 'Say why the deal was lost.', messageKey: 'sales.lostReason' }]);
    const ok = await move(lost.id, 'Price');
    expect(ok.errors).toBeUndefined();
    const timeline = await api.ctx.ds.query(`SELECT payload FROM timeline_event WHERE subject_id = $1 AND event_type = 'opportunity.stage_changed' ORDER BY occurred_at`, [deal.accountId]);
    expect(timeline.map((t: { payload: { to: string } }) => t.payload.to)).toEqual(['Proposal', 'Closed Lost']);
  });
});

describe('possible duplicates and search', () => {
  it('finds a contact with the same email and a lead with a similar name at the same company', async () => {
    const acc = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "北京星辰科技有限公司" }) { account { id } } }');
    await rep.gqlOk('mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }', {
      i: { accountId: acc.createAccount.account.id, firstName: 'Li', lastName: 'Na', emails: ['li.na@xingchen.example'] },
    });
    await newLead({ firstName: 'Zhang', lastName: 'Wei', company: 'Globex Corporation' });
    const d = await rep.gqlOk<{ possibleDuplicates: { type: string; reasons: string[] }[] }>(
      'query($i: PossibleDuplicatesInput!) { possibleDuplicates(input: $i) { type reasons } }',
      { i: { firstName: 'Lina', lastName: 'X', email: 'LI.NA@xingchen.example' } },
    );
    expect(d.possibleDuplicates).toEqual([{ type: 'contact', reasons: ['email'] }]);
    const n = await rep.gqlOk<{ possibleDuplicates: { type: string; reasons: string[] }[] }>(
      'query($i: PossibleDuplicatesInput!) { possibleDuplicates(input: $i) { type reasons } }',
      { i: { firstName: 'Zhang', lastName: 'Wei', company: 'Globex Corp.' } },
    );
    expect(n.possibleDuplicates).toEqual([{ type: 'lead', reasons: ['name'] }]);
  });

  it('calls accounts duplicates by a similar name, not by a shared industry word', async () => {
    await rep.gqlOk('mutation { createAccount(input: { name: "Zenith Turbine Energy Co., Ltd." }) { account { id } } }');
    const probe = (accountName: string) =>
      rep.gqlOk<{ possibleDuplicates: { type: string; title: string }[] }>('query($i: PossibleDuplicatesInput!) { possibleDuplicates(input: $i) { type title } }', { i: { accountName } });
    expect((await probe('Zenith Turbine Energy Ltd')).possibleDuplicates).toEqual([{ type: 'account', title: 'Zenith Turbine Energy Co., Ltd.' }]);
    expect((await probe('Hooli Turbine Energy Ltd')).possibleDuplicates).toEqual([]);
  });

  it('searches Chinese and English names by substring', async () => {
    const hits = await rep.gqlOk<{ search: { type: string; title: string }[] }>('{ search(query: "星辰") { type title } }');
    expect(hits.search).toContainEqual({ type: 'account', title: '北京星辰科技有限公司' });
    const en = await rep.gqlOk<{ search: { type: string; title: string }[] }>('{ search(query: "globex") { type title } }');
    expect(en.search).toContainEqual({ type: 'lead', title: 'Zhang Wei' });
  });

  it('finds the matches first and then keeps what the reader may see: closest name first, no deleted or other people\'s records', async () => {
    const mine = { owner: repId, team: repTeamId };
    const stranger = await api.ctx.newUser({ role: Role.SalesRep, teamId: (await api.ctx.newTeam()).id });
    await api.ctx.newContact({ firstName: 'Ada', lastName: 'Quenbrook', owner: mine });
    await api.ctx.newContact({ firstName: 'Ada', lastName: 'Quenbrookes-Smythe', owner: mine });
    await api.ctx.newContact({ firstName: 'Ada', lastName: 'Quenbrook', owner: { owner: stranger.id, team: stranger.teamId } });
    await api.ctx.newContact({ firstName: 'Ada', lastName: 'Quenbrook', owner: mine, deletedAt: new Date() });
    await api.ctx.newAccount({ name: 'Quenbrook Holdings', owner: mine });
    await api.ctx.newAccount({ name: 'Quenbrook Removed', owner: mine, deletedAt: new Date() });
    const hits = await rep.gqlOk<{ search: { type: string; title: string }[] }>('{ search(query: "quenbrook") { type title } }');
    // The account's name starts with the term (a prefix match ranks higher), so it leads.
    expect(hits.search.map((h) => `${h.type}: ${h.title}`)).toEqual(['account: Quenbrook Holdings', 'contact: Ada Quenbrook', 'contact: Ada Quenbrookes-Smythe']);
  });
});

describe('account 360', () => {
  it('loads 50 contacts, 20 opportunities and 20 activities with their owners in at most 6 SQL statements', async () => {
    const acc = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "Three Sixty Ltd" }) { account { id } } }');
    const accountId = acc.createAccount.account.id;
    const [{ owner_id: ownerId }] = await api.ctx.ds.query(`SELECT owner_id FROM account WHERE id = $1`, [accountId]);
    const owner = { owner: ownerId, team: repTeamId };
    for (let g = 1; g <= 50; g++) await api.ctx.newContact({ accountId, firstName: 'C', lastName: `N${g}`, owner });
    for (let g = 1; g <= 20; g++) await api.ctx.newOpportunity({ accountId, name: `Deal ${g}`, owner });
    for (let g = 1; g <= 20; g++) await api.ctx.newActivity({ accountId, type: 'call', subject: `Call ${g}`, owner });

    const ds = api.app.get(DataSource);
    const statements: string[] = [];
    const original = ds.logger;
    ds.logger = { ...countingLogger(statements) };
    let result;
    try {
      result = await rep.gqlOk<{ account: { contacts: { edges: unknown[] }; opportunities: { edges: unknown[] }; activities: { edges: unknown[] } } }>(
        `query($id: ID!) { account(id: $id) { id name owner { name }
            contacts(first: 50) { edges { node { id name email owner { name } } } }
            opportunities(first: 20) { edges { node { id name amount stage { name probability } owner { name } } } }
            activities(first: 20) { edges { node { id subject type owner { name } } } } } }`,
        { id: accountId },
      );
    } finally {
      ds.logger = original;
    }
    expect(result.account.contacts.edges).toHaveLength(50);
    expect(result.account.opportunities.edges).toHaveLength(20);
    expect(result.account.activities.edges).toHaveLength(20);
    expect(statements.length).toBeLessThanOrEqual(6);
  });
});

function countingLogger(statements: string[]): TypeOrmLogger {
  return {
    logQuery: (q: string) => {
      if (!/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(q)) statements.push(q);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}

describe('sharing and export', () => {
  it('lets a colleague outside the team see a shared account everywhere, until it is unshared', async () => {
    const otherTeam = await api.ctx.newTeam();
    const colleague = await api.ctx.newUser({ role: Role.SalesRep, teamId: otherTeam.id });
    const them = await api.signedIn(colleague.email);
    const { createAccount } = await rep.gqlOk<{ createAccount: { account: { id: string } } }>('mutation { createAccount(input: { name: "Shared Widgets 共享" }) { account { id } } }');
    const id = createAccount.account.id;
    const sees = async () => ({
      byId: !!(await them.gqlOk<{ account: unknown }>('query($id: ID!) { account(id: $id) { id } }', { id })).account,
      search: (await them.gqlOk<{ search: { id: string }[] }>('{ search(query: "Shared Widgets") { id } }')).search.some((h) => h.id === id),
      csv: (await them.get('/api/v1/export/accounts.csv')).text.includes(id),
      canWrite: !(await them.gql('mutation($id: ID!) { updateAccount(input: { id: $id, industry: "Retail" }) { account { id } } }', { id })).errors,
    });
    expect(await sees()).toEqual({ byId: false, search: false, csv: false, canWrite: false });
    const { shareRecord } = await rep.gqlOk<{ shareRecord: { share: { id: string } } }>(
      'mutation($i: ShareRecordInput!) { shareRecord(input: $i) { share { id } } }',
      { i: { objectType: 'ACCOUNT', recordId: id, userId: colleague.id, access: 'READ' } },
    );
    expect(await sees()).toEqual({ byId: true, search: true, csv: true, canWrite: false });
    await rep.gqlOk('mutation($i: ShareRecordInput!) { shareRecord(input: $i) { share { id } } }', { i: { objectType: 'ACCOUNT', recordId: id, teamId: otherTeam.id, access: 'WRITE' } });
    expect((await sees()).canWrite).toBe(true);
    const shares = await rep.gqlOk<{ recordShares: { id: string }[] }>('query($id: ID!) { recordShares(objectType: ACCOUNT, recordId: $id) { id } }', { id });
    for (const s of shares.recordShares) await rep.gqlOk('mutation($i: UnshareRecordInput!) { unshareRecord(input: $i) { share { id } } }', { i: { id: s.id } });
    expect(shareRecord.share.id).toBeDefined();
    expect(await sees()).toEqual({ byId: false, search: false, csv: false, canWrite: false });
  });

  it('exports CSV with a BOM, a header and Chinese text intact, and rejects a bad filter with problem+json', async () => {
    await rep.gqlOk('mutation { createAccount(input: { name: "导出测试有限公司", industry: "Retail" }) { account { id } } }');
    const res = await rep.get(`/api/v1/export/accounts.csv?filter=${encodeURIComponent(JSON.stringify({ industry: { eq: 'Retail' } }))}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\n')[0]).toBe('id,name,industry,tier,territory,website,taxId,phone,parentAccountId,annualRevenue,employeeCount,ownerId,createdAt,updatedAt');
    expect(text).toContain('导出测试有限公司');
    const bad = await rep.get(`/api/v1/export/accounts.csv?filter=${encodeURIComponent('{"nope":{"eq":1}}')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'filter.nope', message: 'unknown field "nope"', messageKey: 'validation.unknownField', params: { field: 'nope' } }]);
    expect((await rep.get('/api/v1/export/secrets.csv')).status).toBe(404);
  });
});

describe('list tools', () => {
  it('bulk-assigns what the caller may change, skips the rest and audits each move', async () => {
    const mine = await newLead({ lastName: 'Bulk1' });
    const foreignOwner = await api.ctx.newUser({ role: Role.SalesRep });
    const { id: foreign } = await api.ctx.newLead({ lastName: 'Bulk2', source: 'web', ownerId: foreignOwner.id });
    const teammate = await api.ctx.newUser({ role: Role.SalesRep, teamId: repTeamId });
    const r = await rep.gql('mutation($i: BulkAssignInput!) { bulkAssign(input: $i) { updated skippedIds } }', { i: { objectType: 'LEAD', ids: [mine.id, foreign], ownerId: teammate.id } });
    // A rep may only assign within reach: a teammate is outside a rep's own scope.
    expect(r.errors?.[0].extensions?.fields?.[0].path).toBe('input.ownerId');
    const me = (await rep.gqlOk<{ me: { id: string } }>('{ me { id } }')).me.id;
    const ok = await rep.gqlOk<{ bulkAssign: { updated: number; skippedIds: string[] } }>('mutation($i: BulkAssignInput!) { bulkAssign(input: $i) { updated skippedIds } }', {
      i: { objectType: 'LEAD', ids: [mine.id, foreign], ownerId: me },
    });
    expect(ok.bulkAssign).toEqual({ updated: 1, skippedIds: [foreign] });
  });

  it('keeps personal views private and lets managers share views', async () => {
    const save = 'mutation($i: SaveViewInput!) { saveView(input: $i) { view { id name shared mine } } }';
    const view = await rep.gqlOk<{ saveView: { view: { id: string } } }>(save, { i: { objectType: 'leads', name: 'My hot leads', definition: { filter: { score: { gte: 80 } } } } });
    const shareTry = await rep.gql(save, { i: { objectType: 'leads', name: 'Team view', shared: true, definition: {} } });
    expect(shareTry.errors?.[0].extensions?.fields?.[0].path).toBe('input.shared');
    const managerTeam = await api.ctx.newTeam();
    const manager = await api.ctx.newUser({ role: Role.SalesManager, teamId: managerTeam.id });
    const boss = await api.signedIn(manager.email);
    await boss.gqlOk(save, { i: { objectType: 'leads', name: 'Everyone: new this week', shared: true, definition: { filter: { status: { eq: 'new' } } } } });
    const seen = await rep.gqlOk<{ savedViews: { name: string; mine: boolean }[] }>('{ savedViews(objectType: "leads") { name mine } }');
    expect(seen.savedViews).toEqual([
      { name: 'My hot leads', mine: true },
      { name: 'Everyone: new this week', mine: false },
    ]);
    const bossSees = await boss.gqlOk<{ savedViews: { name: string }[] }>('{ savedViews(objectType: "leads") { name } }');
    expect(bossSees.savedViews.map((v) => v.name)).toEqual(['Everyone: new this week']);
    expect((await boss.gql('mutation($i: DeleteViewInput!) { deleteView(input: $i) { view { id } } }', { i: { id: view.saveView.view.id } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
