import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
const as: Partial<Record<Role, ApiClient>> = {};

const QUERY = `query($names: [String!]) { recordTypes(names: $names) { name graphqlName label customizable fields {
  name type multiple title label custom required readable editable sortable operators enumName enumValues references maxLength min exported personal } } }`;
interface Field {
  name: string;
  type: string;
  title: string;
  custom: boolean;
  editable: boolean;
  sortable: boolean;
  operators: string[];
  enumValues: string[];
  references: string | null;
  [k: string]: unknown;
}
type Types = { recordTypes: { name: string; graphqlName: string; customizable: boolean; fields: Field[] }[] };

beforeAll(async () => {
  for (const role of [Role.Admin, Role.SalesRep, Role.PortalUser]) as[role] = await api.signedIn((await api.ctx.newUser({ role })).email);
  await as[Role.Admin]!.gqlOk('mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { definition { key } } }', {
    i: { objectType: 'ACCOUNT', key: 'seats', label: 'Seats', labels: { 'zh-CN': '席位数', 'zh-TW': '席次數' }, type: 'NUMBER' },
  });
});

describe('recordTypes (the field catalogue)', () => {
  it('describes each built-in field of accounts as the API treats it', async () => {
    const { recordTypes } = await as[Role.SalesRep]!.gqlOk<Types>(QUERY, { names: ['account'] });
    expect(recordTypes.map((t) => [t.name, t.graphqlName, t.customizable])).toEqual([['account', 'Account', true]]);
    const field = (name: string) => recordTypes[0].fields.find((f) => f.name === name)!;
    expect(field('name')).toMatchObject({ type: 'text', title: 'Name', label: 'fields.name', required: true, editable: true, sortable: true, maxLength: 200, custom: false });
    // A name is never empty: no isNull.
    expect(field('name').operators).toEqual(['eq', 'ne', 'in', 'contains', 'startsWith']);
    // The tier filter stays a text filter (published before definitions), over the stored values.
    expect(field('tier')).toMatchObject({ type: 'enum', enumName: 'AccountTier', enumValues: ['strategic', 'key', 'standard', 'small'] });
    expect(field('tier').operators).toContain('contains');
    expect(field('parentAccountId')).toMatchObject({ type: 'reference', references: 'account', editable: true, readable: true });
    expect(field('annualRevenue')).toMatchObject({ type: 'money', min: 0, sortable: false, operators: [] });
    expect(field('createdAt')).toMatchObject({ type: 'datetime', editable: false, sortable: true });
    expect(field('billingAddress')).toMatchObject({ type: 'address', exported: false });
  });

  it('agrees with the API: every filterable field filters and every sortable one sorts', async () => {
    const rep = as[Role.SalesRep]!;
    const { recordTypes } = await rep.gqlOk<Types>(QUERY, { names: ['account'] });
    for (const f of recordTypes[0].fields.filter((x) => !x.custom && x.operators.includes('isNull'))) {
      const res = await rep.gql('query($f: AccountFilter) { accounts(first: 1, filter: $f) { totalCount } }', { f: { [f.name]: { isNull: true } } });
      expect([f.name, res.errors]).toEqual([f.name, undefined]);
    }
    for (const f of recordTypes[0].fields.filter((x) => !x.custom && x.sortable)) {
      const field = f.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
      const res = await rep.gql(`query { accounts(first: 1, orderBy: [{ field: ${field} }]) { totalCount } }`);
      expect([f.name, res.errors]).toEqual([f.name, undefined]);
    }
  });

  it('adds the active custom fields, labelled in the reader’s language', async () => {
    const rep = as[Role.SalesRep]!;
    const zh = await rep.gqlOkIn<Types>('zh-TW', QUERY, { names: ['account'] });
    expect(zh.recordTypes[0].fields.find((f) => f.custom)).toMatchObject({ name: 'customFields.seats', type: 'number', title: '席次數', label: null, sortable: true });
    const en = await rep.gqlOk<Types>(QUERY, { names: ['account'] });
    expect(en.recordTypes[0].fields.find((f) => f.custom)?.title).toBe('Seats');
  });

  it('lists only the record types the reader may read', async () => {
    expect((await as[Role.Admin]!.gqlOk<Types>(QUERY)).recordTypes.map((t) => t.name)).toContain('account');
    // A portal user reads no accounts: the catalogue does not describe them either.
    expect((await as[Role.PortalUser]!.gqlOk<Types>(QUERY)).recordTypes.map((t) => t.name)).not.toContain('account');
  });
});
