import { Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, ownerFor } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for campaigns (issue 14), every query and mutation; cells come from the
 * permission table (marketers and admins manage campaigns, sales reads them, service does not).
 * Members are read through their person: a rep sees a campaign's members among their own records.
 */
const api = useTestApi();

describe('campaigns', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'campaign',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => (await api.ctx.newCampaign({ owner: ownerFor(kind, cast) })).id,
    probes: [
      { name: 'query campaign(id)', action: 'read', reaches: async (c, id) => (await c.gqlOk<{ campaign: { id: string } | null }>(`query($id: ID!) { campaign(id: $id) { id } }`, { id })).campaign?.id === id },
      {
        name: 'query campaigns',
        action: 'read',
        reaches: async (c, id) => {
          const r = await c.gql<{ campaigns: { edges: { node: { id: string } }[] } }>(`query($id: ID!) { campaigns(first: 5, filter: { id: { eq: $id } }) { edges { node { id } } } }`, { id });
          return !!r.data?.campaigns.edges.some((e) => e.node.id === id);
        },
      },
      { name: 'REST GET /api/v1/campaigns/:id', action: 'read', reaches: async (c, id) => (await c.get(`/api/v1/campaigns/${id}`)).status === 200 },
      {
        name: 'query search',
        action: 'read',
        reaches: async (c, id) => {
          const [{ name }] = await api.ctx.ds.query(`SELECT name FROM campaign WHERE id = $1`, [id]);
          const r = await c.gql<{ search: { id: string }[] }>('query($q: String!) { search(query: $q, first: 50) { id } }', { q: name });
          return !!r.data?.search.some((h) => h.id === id);
        },
      },
      {
        name: 'CSV export',
        action: 'read',
        reaches: async (c, id) => {
          const res = await c.get(`/api/v1/export/campaigns.csv?filter=${encodeURIComponent(JSON.stringify({ id: { eq: id } }))}`);
          return res.status === 200 && res.text.includes(id);
        },
      },
      { name: 'mutation updateCampaign', action: 'write', reaches: async (c, id) => !(await c.gql(`mutation($id: ID!) { updateCampaign(input: { id: $id, channel: "Seen" }) { campaign { id } } }`, { id })).errors },
      {
        name: 'mutation addCampaignCost',
        action: 'write',
        reaches: async (c, id) => !(await c.gql(`mutation($id: ID!) { addCampaignCost(input: { campaignId: $id, amount: 10, category: "Fee", incurredOn: "2026-01-02" }) { cost { id } } }`, { id })).errors,
      },
      {
        name: 'mutation updateCampaignMemberStatus',
        action: 'write',
        reaches: async (c, id) => {
          const member = await api.ctx.insertRow<{ id: string }>('campaign_member', { campaignId: id, contactId: (await api.ctx.newContact({})).id, status: 'invited' });
          return !(await c.gql(`mutation($id: ID!, $m: ID!) { updateCampaignMemberStatus(input: { campaignId: $id, memberIds: [$m], status: "visited" }) { updated } }`, { id, m: member.id })).errors;
        },
      },
    ],
  });
});

describe('campaign members', () => {
  it('are seen through their person: a rep sees those among their own records, a marketer every one', async () => {
    const rep = await api.ctx.newUser({ role: Role.SalesRep });
    const other = await api.ctx.newUser({ role: Role.SalesRep });
    const marketer = await api.ctx.newUser({ role: Role.Marketer });
    const campaign = await api.ctx.newCampaign({ owner: marketer });
    const mine = await api.ctx.newContact({ owner: rep });
    const theirs = await api.ctx.newContact({ owner: other });
    const myLead = await api.ctx.newLead({ owner: rep });
    for (const person of [{ contactId: mine.id }, { contactId: theirs.id }, { leadId: myLead.id }]) {
      await api.ctx.insertRow('campaign_member', { campaignId: campaign.id, status: 'visited', ...person });
    }
    const members = async (email: string) => {
      const c = await api.signedIn(email);
      const r = await c.gqlOk<{ campaign: { members: { totalCount: number; edges: { node: { contact: { id: string } | null; lead: { id: string } | null } }[] } } }>(
        `query($id: ID!) { campaign(id: $id) { members(first: 10) { totalCount edges { node { contact { id } lead { id } } } } } }`,
        { id: campaign.id },
      );
      return { total: r.campaign.members.totalCount, people: r.campaign.members.edges.map((e) => e.node.contact?.id ?? e.node.lead?.id).sort() };
    };
    expect(await members(rep.email)).toEqual({ total: 2, people: [mine.id, myLead.id].sort() });
    expect(await members(marketer.email)).toEqual({ total: 3, people: [mine.id, theirs.id, myLead.id].sort() });
    // The REST list answers alike.
    const rest = await (await api.signedIn(rep.email)).get(`/api/v1/campaigns/${campaign.id}/members`);
    expect(rest.body.totalCount).toBe(2);
    // A rep may read the campaign but not change who is on it.
    const refused = await (await api.signedIn(rep.email)).gql(`mutation($i: AddCampaignMembersInput!) { addCampaignMembers(input: $i) { added } }`, { i: { campaignId: campaign.id, contactIds: [mine.id] } });
    expect(refused.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('campaign panels of customers', () => {
  it('show which campaigns touched a contact, a lead and an account’s people, and nothing to readers of no campaign', async () => {
    const rep = await api.ctx.newUser({ role: Role.SalesRep });
    const account = await api.ctx.newAccount({ owner: rep });
    const contact = await api.ctx.newContact({ owner: rep, accountId: account.id });
    const converted = await api.ctx.newContact({ owner: rep, accountId: account.id });
    const lead = await api.ctx.newLead({ owner: rep, status: 'converted', convertedContactId: converted.id, convertedAccountId: account.id });
    const expo = await api.ctx.newCampaign({ name: 'Panel expo' });
    const mail = await api.ctx.newCampaign({ name: 'Panel mail', type: 'email' });
    await api.ctx.insertRow('campaign_member', { campaignId: expo.id, contactId: contact.id, status: 'visited', respondedAt: new Date('2026-03-02T00:00:00Z') });
    await api.ctx.insertRow('campaign_member', { campaignId: mail.id, leadId: lead.id, status: 'sent' });
    const c = await api.signedIn(rep.email);
    const q = `query($a: ID!, $c: ID!, $l: ID!) {
      account(id: $a) { campaigns { campaign { name } status } }
      contact(id: $c) { campaigns { campaign { name } status respondedAt } }
      lead(id: $l) { campaigns { campaign { name } status respondedAt } } }`;
    const r = await c.gqlOk<{ account: { campaigns: { campaign: { name: string } }[] }; contact: { campaigns: unknown[] }; lead: { campaigns: unknown[] } }>(q, { a: account.id, c: contact.id, l: lead.id });
    expect(r.account.campaigns.map((t) => t.campaign.name).sort()).toEqual(['Panel expo', 'Panel mail']);
    expect(r.contact.campaigns).toEqual([{ campaign: { name: 'Panel expo' }, status: 'visited', respondedAt: '2026-03-02T00:00:00.000Z' }]);
    expect(r.lead.campaigns).toEqual([{ campaign: { name: 'Panel mail' }, status: 'sent', respondedAt: null }]);
    // A service agent reads the contact but no campaign: no panel (null), not an empty one.
    const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
    const a = await agent.gqlOk<{ contact: { campaigns: unknown[] | null } }>(`query($c: ID!) { contact(id: $c) { campaigns { status } } }`, { c: contact.id });
    expect(a.contact.campaigns).toBeNull();
  });

  it('name the account’s people a campaign reached only where the reader may read them', async () => {
    const [rep, other] = [await api.ctx.newUser({ role: Role.SalesRep }), await api.ctx.newUser({ role: Role.SalesRep })];
    const account = await api.ctx.newAccount({ owner: rep });
    const mine = await api.ctx.newContact({ owner: rep, accountId: account.id, firstName: 'Mia', lastName: 'Mine' });
    // Someone else's contact at the rep's account: the rep reads the account, not this person.
    const theirs = await api.ctx.newContact({ owner: other, accountId: account.id, firstName: 'Theo', lastName: 'Theirs' });
    const expo = await api.ctx.newCampaign({ name: 'Named expo' });
    await api.ctx.insertRow('campaign_member', { campaignId: expo.id, contactId: mine.id, status: 'visited' });
    await api.ctx.insertRow('campaign_member', { campaignId: expo.id, contactId: theirs.id, status: 'visited' });
    const q = `query($a: ID!) { account(id: $a) { campaigns { contactId contact { lastName } } } }`;
    type Touches = { account: { campaigns: { contactId: string; contact: { lastName: string } | null }[] } };
    const seen = async (email: string) => Object.fromEntries((await (await api.signedIn(email)).gqlOk<Touches>(q, { a: account.id })).account.campaigns.map((t) => [t.contactId, t.contact?.lastName ?? null]));
    expect(await seen(rep.email)).toEqual({ [mine.id]: 'Mine', [theirs.id]: null });
    const manager = await api.ctx.newUser({ role: Role.Admin });
    expect(await seen(manager.email)).toEqual({ [mine.id]: 'Mine', [theirs.id]: 'Theirs' });
  });
});
