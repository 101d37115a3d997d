import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { LeadImportService, RoutingService } from '@rapport/leads-api';
import { useTestApi } from './testing/test-api';

/**
 * Campaigns (issue 14): create and edit with their rules, members once per campaign with the
 * type's statuses and the first response stamped, itemised costs, and totals that roll up a tree.
 * Expected figures are computed by hand in the comments.
 */
const api = useTestApi();
let marketer: ApiClient;
let marketerId: string;

const CAMPAIGN = 'id name type status currency budget channel startDate endDate shortCode trackingPhone owner { id } parent { id } viewerCan { update }';
const TOTALS = 'totals { actualCost members responses responseRate subCampaigns }';

async function create(input: Record<string, unknown>): Promise<{ id: string; [k: string]: unknown }> {
  const r = await marketer.gqlOk<{ createCampaign: { campaign: { id: string } } }>(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { ${CAMPAIGN} } } }`, { i: input });
  return r.createCampaign.campaign;
}

const addCost = (campaignId: string, amount: number, category = 'Booth') =>
  marketer.gqlOk(`mutation($i: AddCampaignCostInput!) { addCampaignCost(input: $i) { cost { id amount currency } } }`, { i: { campaignId, amount, category, incurredOn: '2026-03-01' } });

async function totals(id: string) {
  return (await marketer.gqlOk<{ campaign: { totals: Record<string, number | null> } }>(`query($id: ID!) { campaign(id: $id) { ${TOTALS} } }`, { id })).campaign.totals;
}

beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Marketer });
  marketerId = user.id;
  marketer = await api.signedIn(user.email);
});

describe('a campaign', () => {
  it('is created with its type’s defaults, owned by its creator, and edited with an audit trail', async () => {
    const c = await create({ name: '  Shanghai Expo 2026 ', type: 'TRADE_SHOW', budget: 50000, channel: 'Events', startDate: '2026-03-01', endDate: '2026-03-03', trackingPhone: '021 5555 0100', shortCode: 'SHX26' });
    expect(c).toMatchObject({ name: 'Shanghai Expo 2026', type: 'TRADE_SHOW', status: 'PLANNED', currency: 'CNY', budget: 50000, owner: { id: marketerId }, viewerCan: { update: true } });
    const u = await marketer.gqlOk<{ updateCampaign: { campaign: { status: string; budget: number } } }>(
      `mutation($i: UpdateCampaignInput!) { updateCampaign(input: $i) { campaign { status budget } } }`,
      { i: { id: c.id, status: 'ACTIVE', budget: 60000 } },
    );
    expect(u.updateCampaign.campaign).toEqual({ status: 'ACTIVE', budget: 60000 });
    const [audit] = await api.ctx.ds.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [c.id]);
    expect((audit.changes as { field: string }[]).map((x) => x.field).sort()).toEqual(['budget', 'status']);
    // The tracking number is matched in E.164 (+86 for a Shanghai number typed locally).
    const [row] = await api.ctx.ds.query(`SELECT tracking_phone_normalized FROM campaign WHERE id = $1`, [c.id]);
    expect(row.tracking_phone_normalized).toBe('+862155550100');
  });

  it('refuses what cannot be: an end before the start, a taken tracking number or short code, a loop of parents', async () => {
    const first = await create({ name: 'Radio spring', type: 'ADVERTISING', trackingPhone: '+86 21 5555 0200', shortCode: 'RADIO1' });
    const refused = async (input: Record<string, unknown>, mutation = 'createCampaign', type = 'CreateCampaignInput') => {
      const r = await marketer.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { campaign { id } } }`, { i: input });
      expect(r.errors![0]!.extensions!.code).toBe('VALIDATION_FAILED');
      return r.errors![0]!.extensions!.fields!.map(({ path, message }) => ({ path, message }));
    };
    expect(await refused({ name: 'Backwards', type: 'EMAIL', startDate: '2026-05-02', endDate: '2026-05-01' })).toEqual([{ path: 'input.endDate', message: 'The campaign must end on or after its start date.' }]);
    // The same number typed another way, and the code in another case, are the same identity.
    expect(await refused({ name: 'Radio copy', type: 'ADVERTISING', trackingPhone: '021-5555-0200' })).toEqual([{ path: 'input.trackingPhone', message: 'Another campaign already uses this tracking number.' }]);
    expect(await refused({ name: 'Radio code', type: 'ADVERTISING', shortCode: 'radio1' })).toEqual([{ path: 'input.shortCode', message: 'Another campaign already uses this short code.' }]);
    const child = await create({ name: 'Radio spring · week 1', type: 'ADVERTISING', parentCampaignId: first.id });
    expect(await refused({ id: first.id, parentCampaignId: child.id }, 'updateCampaign', 'UpdateCampaignInput')).toEqual([
      { path: 'input.parentCampaignId', message: 'A campaign cannot sit below itself or one of its own sub-campaigns.' },
    ]);
    expect(await refused({ id: first.id, parentCampaignId: first.id }, 'updateCampaign', 'UpdateCampaignInput')).toHaveLength(1);
    // The type and currency are chosen once: the update input has neither.
    const r = await marketer.gql(`mutation($id: ID!) { updateCampaign(input: { id: $id, type: EMAIL }) { campaign { id } } }`, { id: first.id });
    expect(r.status).toBe(400);
  });
});

describe('members', () => {
  it('join once per campaign with the type’s first status, and a response is stamped once', async () => {
    const c = await create({ name: 'Autumn seminar', type: 'EVENT' });
    const contacts = [await api.ctx.newContact({ owner: { owner: marketerId, team: null } }), await api.ctx.newContact({})];
    const lead = await api.ctx.newLead({});
    const add = (contactIds: string[], leadIds: string[]) =>
      marketer.gqlOk<{ addCampaignMembers: { added: number; alreadyMembers: number } }>(
        `mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added alreadyMembers } }`,
        { i: { campaignId: c.id, contactIds, leadIds } },
      );
    expect((await add(contacts.map((x) => x.id), [lead.id])).addCampaignMembers).toEqual({ added: 3, alreadyMembers: 0 });
    expect((await add([contacts[0]!.id], [lead.id])).addCampaignMembers).toEqual({ added: 0, alreadyMembers: 2 });

    const list = async () =>
      (await marketer.gqlOk<{ campaign: { members: { totalCount: number; edges: { node: { id: string; status: string; respondedAt: string | null; contact: { id: string } | null; lead: { id: string } | null } }[] } } }>(
        `query($id: ID!) { campaign(id: $id) { members(first: 10) { totalCount edges { node { id status respondedAt contact { id } lead { id } } } } } }`,
        { id: c.id },
      )).campaign.members;
    const before = await list();
    expect(before.totalCount).toBe(3);
    expect(before.edges.map((e) => e.node.status)).toEqual(['invited', 'invited', 'invited']);
    expect(before.edges.filter((e) => e.node.lead?.id === lead.id)).toHaveLength(1);

    const setStatus = (memberIds: string[], status: string) =>
      marketer.gql<{ updateCampaignMemberStatus: { updated: number } }>(`mutation($i: UpdateCampaignMemberStatusInput!) { updateCampaignMemberStatus(input: $i) { updated } }`, { i: { campaignId: c.id, memberIds, status } });
    const ids = before.edges.map((e) => e.node.id);
    expect((await setStatus(ids.slice(0, 2), 'attended')).data!.updateCampaignMemberStatus.updated).toBe(2);
    const attended = (await list()).edges.filter((e) => e.node.status === 'attended');
    expect(attended.every((e) => e.node.respondedAt !== null)).toBe(true);
    // A later status keeps the first response's time; a status of another type's set is refused.
    await setStatus([ids[0]!], 'cancelled');
    const cancelled = (await list()).edges.find((e) => e.node.id === ids[0])!;
    expect(cancelled.node).toMatchObject({ status: 'cancelled', respondedAt: attended.find((e) => e.node.id === ids[0])!.node.respondedAt });
    // No members named is a field error, not a query with an empty IN list (found by the GraphQL fuzzer).
    expect((await setStatus([], 'attended')).errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['input.memberIds']);
    const wrong = await setStatus([ids[2]!], 'clicked');
    expect(wrong.errors![0]!.extensions!.fields).toMatchObject([{ path: 'input.status', message: 'This campaign’s type has no member status “clicked”.', messageKey: 'marketing.memberStatusUnknown' }]);
    expect((await marketer.gqlOk<{ campaignMemberStatuses: { value: string; responded: boolean }[] }>('{ campaignMemberStatuses(type: "EVENT") { value responded } }')).campaignMemberStatuses.filter((s) => s.responded).map((s) => s.value)).toEqual(['attended']);
  });

  it('cannot be people one may not see, nor an empty or oversized set', async () => {
    const c = await create({ name: 'Direct mail', type: 'DIRECT_MAIL' });
    const r = await marketer.gql(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId: c.id, contactIds: ['00000000-0000-4000-8000-000000000001'] } });
    expect(r.errors![0]!.extensions!.fields).toEqual([{ path: 'input', message: '1 of these people do not exist or are not visible to you.', messageKey: 'marketing.peopleNotFound', params: { count: 1 } }]);
    const none = await marketer.gql(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId: c.id } });
    expect(none.errors![0]!.extensions!.fields).toEqual([{ path: 'input', message: 'Choose at least one contact or lead.', messageKey: 'marketing.choosePeople' }]);
    const many = Array.from({ length: 1001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const oversized = await marketer.gql(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId: c.id, contactIds: many } });
    expect(oversized.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['input.contactIds']);
  });
});

describe('members from a file', () => {
  it('finds each address’s contact, else lead, adds them once and reports the addresses nobody has', async () => {
    const c = await create({ name: 'Badge scans', type: 'TRADE_SHOW' });
    const tag = Date.now().toString(36);
    const ann = await api.ctx.newContact({ emails: [`ann.${tag}@scan.example`] });
    const bo = await api.ctx.newContact({ emails: [`bo.${tag}@scan.example`] });
    const cy = await api.ctx.newLead({ email: `cy.${tag}@scan.example` });
    const csv = ['Name,Email', `Ann,ANN.${tag}@scan.example`, `Bo,bo.${tag}@scan.example`, `Cy,cy.${tag}@scan.example`, `Nobody,nobody.${tag}@scan.example`, 'Blank,'].join('\n');
    const upload = (body: string, status?: string) => {
      const req = marketer.post(`/api/v1/campaigns/${c.id}/members/import`).attach('file', Buffer.from(body), 'scans.csv');
      return status ? req.field('status', status) : req;
    };
    const first = await upload(csv, 'visited');
    expect([first.status, first.body]).toEqual([201, { rows: 4, matched: 3, added: 3, alreadyMembers: 0, unmatched: [`nobody.${tag}@scan.example`], unmatchedCount: 1 }]);
    const rows: { contact_id: string | null; lead_id: string | null; status: string; responded: boolean }[] = await api.ctx.ds.query(
      `SELECT contact_id, lead_id, status, responded_at IS NOT NULL AS responded FROM campaign_member WHERE campaign_id = $1 ORDER BY contact_id NULLS LAST`,
      [c.id],
    );
    expect(rows.map((r) => r.contact_id ?? r.lead_id).sort()).toEqual([ann.id, bo.id, cy.id].sort());
    expect(rows.every((r) => r.status === 'visited' && r.responded)).toBe(true);
    expect((await upload(csv)).body).toMatchObject({ added: 0, alreadyMembers: 3 });
    const noColumn = await upload('Name,Phone\nAnn,123');
    expect([noColumn.status, noColumn.body.errors]).toEqual([400, [{ path: 'file', message: 'The file has no email column.', messageKey: 'marketing.noEmailColumn' }]]);
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.post(`/api/v1/campaigns/${c.id}/members/import`).attach('file', Buffer.from(csv), 'scans.csv')).status).toBe(404);
  });
});

describe('merged people', () => {
  it('keep one membership per campaign, on the survivor, with the earliest response', async () => {
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const [a, b] = [await create({ name: 'Merge A', type: 'EMAIL' }), await create({ name: 'Merge B', type: 'EMAIL' })];
    const survivor = await api.ctx.newContact({ lastName: 'Zhang' });
    const merged = await api.ctx.newContact({ lastName: 'Zhang' });
    const respondedAt = new Date('2026-02-01T08:00:00Z');
    await api.ctx.insertRow('campaign_member', { campaignId: a.id, contactId: survivor.id, status: 'sent' });
    await api.ctx.insertRow('campaign_member', { campaignId: a.id, contactId: merged.id, status: 'clicked', respondedAt });
    await api.ctx.insertRow('campaign_member', { campaignId: b.id, contactId: merged.id, status: 'sent' });
    await admin.gqlOk('mutation($i: MergeRecordsInput!) { mergeRecords(input: $i) { survivorId } }', { i: { objectType: 'CONTACT', survivorId: survivor.id, mergedIds: [merged.id] } });
    const rows: { campaign_id: string; contact_id: string; status: string; responded_at: Date | null }[] = await api.ctx.ds.query(
      `SELECT campaign_id, contact_id, status, responded_at FROM campaign_member WHERE campaign_id = ANY($1::uuid[]) ORDER BY campaign_id = $2 DESC`,
      [[a.id, b.id], a.id],
    );
    expect(rows).toEqual([
      { campaign_id: a.id, contact_id: survivor.id, status: 'sent', responded_at: respondedAt },
      { campaign_id: b.id, contact_id: survivor.id, status: 'sent', responded_at: null },
    ]);
  });
});

describe('leads naming a campaign', () => {
  it('join it as responding members, whether typed in or imported', async () => {
    const fair = await create({ name: 'Trade fair X', type: 'TRADE_SHOW' });
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const typed = await rep.gqlOk<{ createLead: { lead: { id: string; campaignSource: string; campaign: { id: string } } } }>(
      `mutation { createLead(input: { lastName: "Typed", source: EVENT, campaignSource: "trade fair x" }) { lead { id campaignSource campaign { id } } } }`,
    );
    // The source keeps what was typed; the lead points at the campaign it names.
    expect(typed.createLead.lead).toMatchObject({ campaignSource: 'trade fair x', campaign: { id: fair.id } });
    // Fifty business cards from the booth, as a CSV.
    const rows = Array.from({ length: 50 }, (_, i) => `Card${i},Visitor ${i},Booth Co ${i},card${i}@booth.example,Trade fair X`);
    const up = await marketer.post('/api/v1/lead-imports').attach('file', Buffer.from(['First name,Last name,Company,Email,Campaign', ...rows].join('\n')), 'cards.csv');
    expect(up.status).toBe(201);
    const mapping = (up.body.suggestedMapping as { column: string; field: string }[]).map((m) => ({ column: m.column, field: m.field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() }));
    await marketer.gqlOk(`mutation($i: StartLeadImportInput!) { startLeadImport(input: $i) { leadImport { id } } }`, { i: { importId: up.body.id, mapping, dedupPolicy: 'SKIP', routeLeads: false } });
    await api.app.get(LeadImportService).run(up.body.id, async () => undefined);
    const members: { lead_id: string; status: string; responded: boolean }[] = await api.ctx.ds.query(
      `SELECT lead_id, status, responded_at IS NOT NULL AS responded FROM campaign_member WHERE campaign_id = $1`,
      [fair.id],
    );
    expect(members).toHaveLength(51);
    const [linked] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lead WHERE campaign_id = $1`, [fair.id]);
    expect(linked.n).toBe(51);
    expect(members.every((m) => m.status === 'visited' && m.responded)).toBe(true);
    expect(members.map((m) => m.lead_id)).toContain(typed.createLead.lead.id);
  });

  it('point at the campaign their source names by short code before UTM value before name, or at the one chosen; the deal converted from them keeps it', async () => {
    const byName = await create({ name: 'SPRING-A', type: 'EMAIL' });
    const byCode = await create({ name: 'Spring mailing', type: 'EMAIL', shortCode: 'SPRING-A' });
    const byUtm = await create({ name: 'Spring paid search', type: 'ADVERTISING', utmCampaign: 'spring_paid' });
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const lead = (source: string | null, campaignId?: string) =>
      rep.gqlOk<{ createLead: { lead: { id: string; campaign: { id: string } | null } } }>(
        `mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id campaign { id } } } }`,
        { i: { lastName: `Src ${source}`, source: 'WEB', campaignSource: source, campaignId } },
      );
    expect((await lead('spring-a')).createLead.lead.campaign).toEqual({ id: byCode.id });
    expect((await lead('SPRING_PAID')).createLead.lead.campaign).toEqual({ id: byUtm.id });
    expect((await lead('no such campaign')).createLead.lead.campaign).toBeNull();
    const chosen = (await lead('spring-a', byName.id)).createLead.lead;
    expect(chosen.campaign).toEqual({ id: byName.id });
    const [member] = await api.ctx.ds.query(`SELECT campaign_id FROM campaign_member WHERE lead_id = $1`, [chosen.id]);
    expect(member).toEqual({ campaign_id: byName.id });
    // A random id is refused like a campaign the reader may not see.
    const refusedId = await rep.gql(`mutation { createLead(input: { lastName: "X", source: WEB, campaignId: "00000000-0000-4000-8000-000000000000" }) { lead { id } } }`);
    expect(refusedId.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ path: 'input.campaignId', message: 'This campaign does not exist.' })]);
    const converted = await rep.gqlOk<{ convertLead: { opportunity: { campaign: { id: string } | null } } }>(
      `mutation($i: ConvertLeadInput!) { convertLead(input: $i) { opportunity { campaign { id } } } }`,
      { i: { leadId: chosen.id, createOpportunity: true } },
    );
    expect(converted.convertLead.opportunity.campaign).toEqual({ id: byName.id });
  });

  it('join it from a web form too, when the web lead is first routed', async () => {
    const webinar = await create({ name: 'Webinar from the site', type: 'WEBINAR' });
    const email = `web-${Date.now()}@visitor.example`;
    const res = await api.anon().post('/api/public/leads').send({ lastName: 'Visitor', email, company: 'Site Co', campaign: 'Webinar from the site' });
    expect(res.status).toBe(201);
    const [lead] = await api.ctx.ds.query(`SELECT id FROM lead WHERE email = $1`, [email]);
    await api.app.get(RoutingService).assign(lead.id);
    const members = await api.ctx.ds.query(`SELECT lead_id, status FROM campaign_member WHERE campaign_id = $1`, [webinar.id]);
    expect(members).toEqual([{ lead_id: lead.id, status: 'attended' }]);
  });
});

describe('costs and totals', () => {
  it('roll a three-level tree up: each campaign counts itself and everything below it', async () => {
    // Year (cost 1000) → Spring (cost 200 + 300.50) → Spring week 1 (cost 49.50), and Autumn (no cost).
    const year = await create({ name: 'Year 2026', type: 'OTHER' });
    const spring = await create({ name: 'Spring', type: 'EMAIL', parentCampaignId: year.id });
    const week = await create({ name: 'Spring week 1', type: 'EMAIL', parentCampaignId: spring.id });
    const autumn = await create({ name: 'Autumn', type: 'EMAIL', parentCampaignId: year.id });
    await addCost(year.id, 1000);
    await addCost(spring.id, 200);
    await addCost(spring.id, 300.5, 'Design');
    await addCost(week.id, 49.5, 'Sending');
    // Members: 2 on the week (1 responded), 1 on spring (responded).
    const people = [await api.ctx.newContact({}), await api.ctx.newContact({}), await api.ctx.newContact({})];
    const add = (campaignId: string, contactIds: string[], status?: string) =>
      marketer.gqlOk(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId, contactIds, status } });
    await add(week.id, [people[0]!.id], 'clicked');
    await add(week.id, [people[1]!.id]);
    await add(spring.id, [people[2]!.id], 'responded');

    // week: 49.50, 2 members, 1 response; spring: 200 + 300.50 + 49.50 = 550.00, 3 members, 2 responses;
    // year: 1000 + 550 = 1550.00, 3 members, 2 responses, 3 campaigns below.
    expect(await totals(week.id)).toEqual({ actualCost: 49.5, members: 2, responses: 1, responseRate: 0.5, subCampaigns: 0 });
    expect(await totals(spring.id)).toEqual({ actualCost: 550, members: 3, responses: 2, responseRate: 0.6667, subCampaigns: 1 });
    expect(await totals(year.id)).toEqual({ actualCost: 1550, members: 3, responses: 2, responseRate: 0.6667, subCampaigns: 3 });
    expect(await totals(autumn.id)).toEqual({ actualCost: 0, members: 0, responses: 0, responseRate: null, subCampaigns: 0 });
    const tree = await marketer.gqlOk<{ campaign: { children: { name: string }[]; costs: { amount: number; currency: string }[] } }>(
      `query($id: ID!) { campaign(id: $id) { children { name } costs { amount currency } } }`,
      { id: year.id },
    );
    expect(tree.campaign).toEqual({ children: [{ name: 'Autumn' }, { name: 'Spring' }], costs: [{ amount: 1000, currency: 'CNY' }] });
  });

  it('refuses a cost that is not a positive amount', async () => {
    const c = await create({ name: 'Zero cost', type: 'PARTNER' });
    const r = await marketer.gql(`mutation($i: AddCampaignCostInput!) { addCampaignCost(input: $i) { cost { id } } }`, { i: { campaignId: c.id, amount: 0, category: 'Fee', incurredOn: '2026-01-05' } });
    expect(r.errors![0]!.extensions!.fields).toEqual([{ path: 'input.amount', message: 'A cost is a positive amount.', messageKey: 'marketing.costAmount' }]);
  });
});

describe('REST', () => {
  it('lists, reads and pages members under /api/v1/campaigns, and documents them', async () => {
    const c = await create({ name: 'REST webinar', type: 'WEBINAR', status: 'ACTIVE' });
    const contact = await api.ctx.newContact({});
    await marketer.gqlOk(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId: c.id, contactIds: [contact.id], status: 'registered' } });
    const list = await marketer.get(`/api/v1/campaigns?q=REST%20web&status=active&type=webinar`);
    expect([list.status, list.body]).toMatchObject([200, { totalCount: 1 }]);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    const one = await marketer.get(`/api/v1/campaigns/${c.id}`);
    expect(one.body).toMatchObject({ id: c.id, type: 'webinar', status: 'active', currency: 'CNY' });
    const members = await marketer.get(`/api/v1/campaigns/${c.id}/members?status=registered`);
    expect(members.body).toMatchObject({ totalCount: 1, items: [{ contactId: contact.id, status: 'registered', respondedAt: null }] });
    expect((await marketer.get(`/api/v1/campaigns/${c.id}/members?limit=abc`)).status).toBe(400);
    expect((await marketer.get(`/api/v1/campaigns/00000000-0000-4000-8000-000000000009`)).status).toBe(404);
    const doc = await marketer.get('/api/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/campaigns', '/api/v1/campaigns/{id}', '/api/v1/campaigns/{id}/members']));
  });
});
