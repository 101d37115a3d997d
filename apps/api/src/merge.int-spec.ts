import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
let rep: ApiClient;

beforeAll(async () => {
  const team = await api.ctx.newTeam();
  const user = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
  rep = await api.signedIn(user.email);
});

const MERGE = 'mutation($i: MergeRecordsInput!) { mergeRecords(input: $i) { survivorId mergedIds } }';
const id = (d: Record<string, Record<string, { id: string }>>) => Object.values(Object.values(d)[0])[0].id;

describe('merging duplicates', () => {
  it('merges accounts field by field, re-points everything and leaves nothing orphaned', async () => {
    const keep = id(await rep.gqlOk('mutation { createAccount(input: { name: "Initech", website: "initech.example" }) { account { id } } }'));
    const dupe = id(await rep.gqlOk('mutation { createAccount(input: { name: "Initech Corporation", industry: "Software" }) { account { id } } }'));
    const contact = id(await rep.gqlOk(`mutation { createContact(input: { accountId: "${dupe}", lastName: "Lumbergh", emails: ["bill@initech.example"] }) { contact { id } } }`));
    await rep.gqlOk(`mutation { createOpportunity(input: { name: "TPS reports", accountId: "${dupe}", amount: 5000 }) { opportunity { id } } }`);
    await rep.gqlOk(`mutation { createActivity(input: { type: NOTE, subject: "Met Bill", accountId: "${dupe}", contactId: "${contact}" }) { activity { id } } }`);

    const r = await rep.gqlOk<{ mergeRecords: { survivorId: string; mergedIds: string[] } }>(MERGE, {
      i: { objectType: 'ACCOUNT', survivorId: keep, mergedIds: [dupe], fieldChoices: [{ field: 'industry', fromId: dupe }] },
    });
    expect(r.mergeRecords).toEqual({ survivorId: keep, mergedIds: [dupe] });

    const acc = await rep.gqlOk<{ account: { name: string; website: string; industry: string; contacts: { totalCount: number }; opportunities: { totalCount: number }; activities: { totalCount: number }; timeline: { edges: { node: { type: string } }[] } } }>(
      `query($id: ID!) { account(id: $id) { name website industry contacts { totalCount } opportunities { totalCount } activities { totalCount } timeline(first: 50) { edges { node { type } } } } }`,
      { id: keep },
    );
    expect(acc.account).toMatchObject({ name: 'Initech', website: 'initech.example', industry: 'Software', contacts: { totalCount: 1 }, opportunities: { totalCount: 1 }, activities: { totalCount: 1 } });
    expect(acc.account.timeline.edges.map((e) => e.node.type)).toEqual(expect.arrayContaining(['record.merged', 'opportunity.created', 'contact.added']));
    expect((await rep.gqlOk<{ account: unknown }>('query($id: ID!) { account(id: $id) { id } }', { id: dupe })).account).toBeNull();

    const [orphans] = await api.ctx.ds.query(
      `SELECT (SELECT count(*) FROM contact WHERE account_id = $1)::int + (SELECT count(*) FROM opportunity WHERE account_id = $1)::int
            + (SELECT count(*) FROM activity WHERE account_id = $1)::int + (SELECT count(*) FROM timeline_event WHERE subject_id = $1)::int AS n`,
      [dupe],
    );
    expect(orphans.n).toBe(0);
    const audit = await api.ctx.ds.query(`SELECT entity_id, action FROM audit_log WHERE action IN ('merge', 'merged_into') ORDER BY action`);
    expect(audit).toEqual([
      { entity_id: keep, action: 'merge' },
      { entity_id: dupe, action: 'merged_into' },
    ]);
  });

  it('keeps every email and phone of merged contacts, the survivor’s primary first', async () => {
    const a = id(await rep.gqlOk('mutation { createContact(input: { lastName: "Waddams", emails: ["milton@initech.example"], phones: ["138 0000 0001"] }) { contact { id } } }'));
    const b = id(await rep.gqlOk('mutation { createContact(input: { lastName: "Waddams", firstName: "Milton", emails: ["stapler@example.com", "MILTON@initech.example"] }) { contact { id } } }'));
    await rep.gqlOk(MERGE, { i: { objectType: 'CONTACT', survivorId: a, mergedIds: [b], fieldChoices: [{ field: 'firstName', fromId: b }] } });
    const c = await rep.gqlOk<{ contact: { name: string; emails: string[]; phones: string[] } }>('query($id: ID!) { contact(id: $id) { name emails phones } }', { id: a });
    expect(c.contact).toEqual({ name: 'Milton Waddams', emails: ['milton@initech.example', 'stapler@example.com'], phones: ['138 0000 0001'] });
  });

  it('refuses records the caller cannot change and fields that are not mergeable', async () => {
    const other = await api.ctx.newUser({ role: Role.SalesRep });
    const { id: foreign } = await api.ctx.newAccount({ name: 'Not mine', ownerId: other.id });
    const mine = id(await rep.gqlOk('mutation { createAccount(input: { name: "Mine" }) { account { id } } }'));
    const denied = await rep.gql(MERGE, { i: { objectType: 'ACCOUNT', survivorId: mine, mergedIds: [foreign] } });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badField = await rep.gql(MERGE, { i: { objectType: 'ACCOUNT', survivorId: mine, mergedIds: [foreign], fieldChoices: [{ field: 'createdBy', fromId: mine }] } });
    expect(badField.errors?.[0].extensions?.fields?.[0].path).toBe('input.fieldChoices.0');
    const [{ deleted_at }] = await api.ctx.ds.query(`SELECT deleted_at FROM account WHERE id = $1`, [foreign]);
    expect(deleted_at).toBeNull();
  });
});
