import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
let admin: ApiClient;
let rep: ApiClient;

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  const define = 'mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { definition { key } } }';
  await admin.gqlOk(define, { i: { objectType: 'ACCOUNT', key: 'seats', label: 'Seats', labels: { 'zh-CN': '席位数' }, type: 'NUMBER' } });
  await admin.gqlOk(define, { i: { objectType: 'ACCOUNT', key: 'segment', label: 'Segment', type: 'SELECT', options: ['SMB', 'Enterprise'] } });
  await admin.gqlOk(define, { i: { objectType: 'ACCOUNT', key: 'renewal', label: 'Renewal', type: 'DATE' } });
});

const CREATE = 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id customFields } } }';
const ids = (d: { accounts: { edges: { node: { id: string } }[] } }) => d.accounts.edges.map((e) => e.node.id);

describe('custom fields', () => {
  it('are validated on write, stored, filterable by type and audited', async () => {
    const { createAccount } = await rep.gqlOk<{ createAccount: { account: { id: string; customFields: Record<string, unknown> } } }>(CREATE, {
      i: { name: 'Custom Co', customFields: { seats: 120, segment: 'Enterprise', renewal: '2027-03-31' } },
    });
    expect(createAccount.account.customFields).toEqual({ seats: 120, segment: 'Enterprise', renewal: '2027-03-31' });
    const small = await rep.gqlOk<{ createAccount: { account: { id: string } } }>(CREATE, { i: { name: 'Tiny Co', customFields: { seats: 3, segment: 'SMB' } } });

    const bad = await rep.gql(CREATE, { i: { name: 'Bad Co', customFields: { seats: 'many', segment: 'Huge', nope: 1 } } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.customFields.nope', 'input.customFields.seats', 'input.customFields.segment']);

    const q = 'query($f: AccountFilter) { accounts(first: 50, filter: $f) { edges { node { id } } } }';
    expect(ids(await rep.gqlOk(q, { f: { customFields: { seats: { gte: 100 } } } }))).toEqual([createAccount.account.id]);
    expect(ids(await rep.gqlOk(q, { f: { or: [{ customFields: { segment: { eq: 'SMB' } } }, { customFields: { renewal: { lt: '2027-06-01T00:00:00Z' } } }] } })).sort()).toEqual(
      [createAccount.account.id, small.createAccount.account.id].sort(),
    );
    const unknown = await rep.gql(q, { f: { customFields: { colour: { eq: 'red' } } } });
    expect(unknown.errors?.[0].extensions?.fields).toEqual([{ path: 'filter.customFields.colour', message: 'unknown custom field "colour"', messageKey: 'validation.unknownCustomField', params: { field: 'colour' } }]);

    const upd = await rep.gqlOk<{ updateAccount: { account: { customFields: Record<string, unknown> } } }>(
      'mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { account { customFields } } }',
      { i: { id: createAccount.account.id, customFields: { seats: null } } },
    );
    expect(upd.updateAccount.account.customFields).toEqual({ seats: null, segment: 'Enterprise', renewal: '2027-03-31' });
    const [audit] = await api.ctx.ds.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [createAccount.account.id]);
    expect(audit.changes[0].field).toBe('customFields');
  });

  it('sort lists, empty values first, across cursor pages; unknown keys are refused by path', async () => {
    const made: Record<string, string> = {};
    const tag = `Sort${Date.now()}`;
    for (const [name, seats, segment] of [['Sort B', 50, 'SMB'], ['Sort A', 7, 'Enterprise'], ['Sort C', null, null], ['Sort D', 300, 'SMB']] as const) {
      const customFields = { ...(seats === null ? {} : { seats }), ...(segment === null ? {} : { segment }) };
      made[name] = (await rep.gqlOk<{ createAccount: { account: { id: string } } }>(CREATE, { i: { name: `${tag} ${name}`, customFields } })).createAccount.account.id;
    }
    const page = 'query($o: [AccountOrderBy!], $after: String, $tag: String!) { accounts(first: 2, after: $after, orderBy: $o, filter: { name: { startsWith: $tag } }) { edges { node { id } } pageInfo { endCursor hasNextPage } } }';
    type P = { accounts: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const all = async (o: unknown) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: P = await rep.gqlOk<P>(page, { o, after, tag });
        seen.push(...r.accounts.edges.map((e) => e.node.id));
        if (!r.accounts.pageInfo.hasNextPage) return seen;
        after = r.accounts.pageInfo.endCursor;
      }
    };
    expect(await all([{ customField: 'seats', direction: 'ASC' }])).toEqual([made['Sort C'], made['Sort A'], made['Sort B'], made['Sort D']]);
    expect(await all([{ customField: 'seats', direction: 'DESC' }])).toEqual([made['Sort D'], made['Sort B'], made['Sort A'], made['Sort C']]);
    expect(await all([{ customField: 'segment', direction: 'ASC' }, { field: 'NAME', direction: 'ASC' }])).toEqual([made['Sort C'], made['Sort A'], made['Sort B'], made['Sort D']]);

    const unknown = await rep.gql('{ accounts(first: 5, orderBy: [{ customField: "colour" }]) { edges { node { id } } } }');
    expect(unknown.errors?.[0].extensions?.fields?.map((f) => f.path)).toEqual(['orderBy.0.customField']);
    const both = await rep.gql('{ accounts(first: 5, orderBy: [{ field: NAME, customField: "seats" }]) { edges { node { id } } } }');
    expect(both.errors?.[0].extensions?.fields?.map((f) => f.path)).toEqual(['orderBy.0']);
  });

  it('can only be defined by admins, with valid keys and options', async () => {
    const denied = await rep.gql('mutation { defineCustomField(input: { objectType: LEAD, key: "x", label: "X", type: TEXT }) { definition { key } } }');
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badKey = await admin.gql('mutation { defineCustomField(input: { objectType: LEAD, key: "Bad Key", label: "X", type: TEXT }) { definition { key } } }');
    expect(badKey.errors?.[0].extensions?.fields?.[0].path).toBe('input.key');
    const noOptions = await admin.gql('mutation { defineCustomField(input: { objectType: LEAD, key: "tier", label: "Tier", type: SELECT }) { definition { key } } }');
    expect(noOptions.errors?.[0].extensions?.fields?.[0].path).toBe('input.options');
    const list = await rep.gqlOk<{ customFieldDefinitions: { key: string; labels: Record<string, string> }[] }>('{ customFieldDefinitions(objectType: ACCOUNT) { key labels } }');
    expect(list.customFieldDefinitions.map((d) => d.key)).toEqual(['seats', 'segment', 'renewal']);
    expect(list.customFieldDefinitions[0].labels).toEqual({ 'zh-CN': '席位数' });
  });
});
