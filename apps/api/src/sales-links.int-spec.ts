import { Role } from '@rapport/shared-domain';
import { useTestApi } from './testing/test-api';

/** Links between sales records that screens follow: a lead's conversion results, a deal's contact and own timeline. */
const api = useTestApi();


const LEAD = `query($id: ID!) { lead(id: $id) { id status convertedAccount { id } convertedContact { id } convertedOpportunity { id primaryContact { id } } timeline(first: 10, types: ["lead.converted"]) { edges { node { type } } } } }`;
const DEAL = `query($id: ID!) { opportunity(id: $id) { id primaryContact { id } timeline(first: 20) { edges { node { type } } } } }`;

describe('sales record links', () => {
  it('shows what a lead became, the deal’s contact and the deal’s own history — only to those who may see them', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const c = await api.signedIn(rep.email);
    const created = await c.gqlOk<{ createLead: { lead: { id: string } } }>(
      `mutation { createLead(input: { firstName: "Mei", lastName: "Chen", company: "Links Ltd", email: "mei@links.example", source: WEB }) { lead { id } } }`,
    );
    const leadId = created.createLead.lead.id;
    const converted = await c.gqlOk<{ convertLead: { account: { id: string }; contact: { id: string }; opportunity: { id: string } } }>(
      `mutation($id: ID!) { convertLead(input: { leadId: $id, createOpportunity: true }) { account { id } contact { id } opportunity { id } } }`,
      { id: leadId },
    );
    const { account, contact, opportunity } = converted.convertLead;

    const lead = (await c.gqlOk<{ lead: Record<string, unknown> }>(LEAD, { id: leadId })).lead;
    expect(lead).toMatchObject({ status: 'CONVERTED', convertedAccount: { id: account.id }, convertedContact: { id: contact.id }, convertedOpportunity: { id: opportunity.id } });

    const [stage] = await api.ctx.ds.query(`SELECT s.id FROM stage s JOIN opportunity o ON o.pipeline_id = s.pipeline_id WHERE o.id = $1 ORDER BY s.position OFFSET 1 LIMIT 1`, [opportunity.id]);
    await c.gqlOk(`mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { id } } }`, { id: opportunity.id, s: stage.id });
    await c.gqlOk(`mutation($id: ID!) { createActivity(input: { type: CALL, subject: "Kick-off", opportunityId: $id, done: true }) { activity { id } } }`, { id: opportunity.id });
    const deal = (await c.gqlOk<{ opportunity: { timeline: { edges: { node: { type: string } }[] } } }>(DEAL, { id: opportunity.id })).opportunity;
    expect(deal.timeline.edges.map((e) => e.node.type).sort()).toEqual(['activity.logged', 'lead.converted', 'opportunity.stage_changed']);

    // Someone who may not see the records reads the links as absent, not as an error.
    await api.ctx.newShare({ objectType: 'lead', recordId: leadId, userId: other.id, access: 'read' });
    const o = await api.signedIn(other.email);
    const seen = (await o.gqlOk<{ lead: Record<string, unknown> | null }>(LEAD, { id: leadId })).lead;
    expect(seen).toMatchObject({ convertedAccount: null, convertedContact: null, convertedOpportunity: null });
  });

  it('names the records an activity is linked to, and reads a record the reader may not see as absent', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const c = await api.signedIn(rep.email);
    const account = (await c.gqlOk<{ createAccount: { account: { id: string } } }>(`mutation { createAccount(input: { name: "Linked Ltd" }) { account { id } } }`)).createAccount.account;
    const contact = (
      await c.gqlOk<{ createContact: { contact: { id: string } } }>(`mutation($a: ID!) { createContact(input: { firstName: "Lin", lastName: "Ked", accountId: $a }) { contact { id } } }`, { a: account.id })
    ).createContact.contact;
    await c.gqlOk(`mutation($a: ID!, $c: ID!) { createActivity(input: { type: CALL, subject: "Linked call", accountId: $a, contactId: $c, done: true }) { activity { id } } }`, { a: account.id, c: contact.id });
    const LIST = `{ activities(first: 5, filter: { subject: { contains: "Linked call" } }) { edges { node { accountId account { id name } contact { id name } lead { id } opportunity { id } } } } }`;
    const row = async () => (await c.gqlOk<{ activities: { edges: { node: Record<string, unknown> }[] } }>(LIST)).activities.edges[0]?.node;
    expect(await row()).toEqual({ accountId: account.id, account: { id: account.id, name: 'Linked Ltd' }, contact: { id: contact.id, name: 'Lin Ked' }, lead: null, opportunity: null });

    // The account goes to a colleague: the rep still has the call, but no longer the account's name.
    await api.ctx.ds.query(`UPDATE account SET owner_id = $1 WHERE id = $2`, [other.id, account.id]);
    expect(await row()).toMatchObject({ accountId: account.id, account: null, contact: { name: 'Lin Ked' } });
  });

  it('a contacts page names each owner, and an account the reader no longer sees (given away or deleted) as absent', async () => {
    const team = await api.ctx.newTeam();
    const rep = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id, name: 'Pia Page' });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: (await api.ctx.newTeam()).id });
    const mine = { owner: rep.id, team: team.id };
    const kept = await api.ctx.newAccount({ name: 'Kept Ltd', owner: mine });
    const moved = await api.ctx.newAccount({ name: 'Moved Ltd', owner: mine });
    const deleted = await api.ctx.newAccount({ name: 'Deleted Ltd', owner: mine });
    for (const [lastName, accountId] of [['Refs1', kept.id], ['Refs2', moved.id], ['Refs3', deleted.id], ['Refs4', null]] as const) {
      await api.ctx.newContact({ firstName: 'P', lastName, accountId, owner: mine });
    }
    await api.ctx.ds.query(`UPDATE account SET owner_id = $1, team_id = NULL WHERE id = $2`, [other.id, moved.id]);
    await api.ctx.ds.query(`UPDATE account SET deleted_at = now() WHERE id = $1`, [deleted.id]);
    const c = await api.signedIn(rep.email);

    const page = await c.gqlOk<{ contacts: { edges: { node: unknown }[] } }>(
      '{ contacts(first: 10, filter: { lastName: { startsWith: "Refs" } }, orderBy: [{ field: LAST_NAME, direction: ASC }]) { edges { node { lastName owner { name } account { id name } } } } }',
    );
    const owner = { name: 'Pia Page' };
    expect(page.contacts.edges.map((e) => e.node)).toEqual([
      { lastName: 'Refs1', owner, account: { id: kept.id, name: 'Kept Ltd' } },
      { lastName: 'Refs2', owner, account: null },
      { lastName: 'Refs3', owner, account: null },
      { lastName: 'Refs4', owner, account: null },
    ]);
  });
});
