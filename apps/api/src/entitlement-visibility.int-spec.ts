import { Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Entitlements (issue 18 item 5) are read with their account: roles × own/team/other accounts, each
 * with a contract; the cells are the permission table's `account` row. Writing needs service set-up
 * and the account both (below), and the contract a case is served under is chosen as the domain says.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let policyId: string;

const CREATE = 'mutation($i: CreateEntitlementInput!) { createEntitlement(input: $i) { entitlement { id name policyId } } }';
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string; messageKey?: string }[];

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  const { createServiceSlaPolicy } = await admin.gqlOk<{ createServiceSlaPolicy: { policy: { id: string } } }>(
    'mutation($i: CreateServiceSlaPolicyInput!) { createServiceSlaPolicy(input: $i) { policy { id } } }',
    { i: { name: `Matrix ${Date.now()}`, targets: [{ priority: 'NORMAL', firstResponse: 60, nextResponse: null, resolution: 480 }] } },
  );
  policyId = createServiceSlaPolicy.policy.id;
});

async function accountWithContract(kind: RecordKind, cast: MatrixCast): Promise<string> {
  const { owner, team } = ownerFor(kind, cast);
  const account = await api.ctx.newAccount({ name: 'Contracted', owner: { owner, team } });
  await admin.gqlOk(CREATE, { i: { accountId: account.id, name: 'Care 2026', level: 'gold', startsOn: '2026-01-01', endsOn: '2026-12-31', policyId } });
  return account.id;
}

describe('an account’s entitlements', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'account',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: accountWithContract,
    probes: [
      {
        name: 'account(id) { entitlements }',
        action: 'read',
        reaches: async (c, id) => (await c.gql<{ account: { entitlements: { name: string }[] } | null }>('query($id: ID!) { account(id: $id) { entitlements { name } } }', { id })).data?.account?.entitlements?.[0]?.name === 'Care 2026',
      },
      {
        name: 'serviceEntitlement(accountId, on)',
        action: 'read',
        reaches: async (c, id) => (await c.gql<{ serviceEntitlement: { name: string } | null }>('query($a: ID!) { serviceEntitlement(accountId: $a, on: "2026-06-01") { name } }', { a: id })).data?.serviceEntitlement?.name === 'Care 2026',
      },
    ],
  });
});

describe('entitlements', () => {
  it('are written by service set-up’s writers for accounts they read, checked whole, and chosen by date and product', async () => {
    const account = await api.ctx.newAccount({ name: 'Pumps & Co' });
    const product = '11111111-1111-4111-8111-111111111111';
    await admin.gqlOk(CREATE, { i: { accountId: account.id, name: 'Basic', startsOn: '2026-01-01', endsOn: null, policyId } });
    const pumps = await admin.gqlOk<{ createEntitlement: { entitlement: { id: string } } }>(CREATE, { i: { accountId: account.id, name: 'Pump care', startsOn: '2026-03-01', endsOn: '2026-12-31', policyId, productIds: [product], visitsTotal: 2 } });
    const chosen = (productId: string | null, on: string) =>
      admin.gqlOk<{ serviceEntitlement: { name: string } | null }>('query($a: ID!, $p: ID, $on: String!) { serviceEntitlement(accountId: $a, productId: $p, on: $on) { name } }', { a: account.id, p: productId, on });
    expect((await chosen(product, '2026-06-01')).serviceEntitlement?.name).toBe('Pump care');
    expect((await chosen(null, '2026-06-01')).serviceEntitlement?.name).toBe('Basic');
    expect((await chosen(product, '2025-06-01')).serviceEntitlement).toBeNull();
    // Used up, it no longer applies; the open-ended one does.
    await admin.gqlOk('mutation($i: UpdateEntitlementInput!) { updateEntitlement(input: $i) { entitlement { id } } }', { i: { id: pumps.createEntitlement.entitlement.id, visitsUsed: 2 } });
    expect((await chosen(product, '2026-06-01')).serviceEntitlement?.name).toBe('Basic');

    const bad = await admin.gql(CREATE, { i: { accountId: account.id, name: 'Bad', startsOn: '2026-05-01', endsOn: '2026-04-01', policyId: '00000000-0000-4000-8000-000000000000', visitsTotal: -1 } });
    expect(fieldsOf(bad).map((f) => [f.path, f.messageKey])).toEqual([
      ['input.endsOn', 'service.endBeforeStart'],
      ['input.visitsTotal', 'service.negative'],
      ['input.policyId', 'service.noPolicy'],
    ]);
    const feb30 = await admin.gql(CREATE, { i: { accountId: account.id, name: 'Bad', startsOn: '2026-02-30', policyId } });
    expect(fieldsOf(feb30).map((f) => [f.path, f.messageKey])).toEqual([['input.startsOn', 'service.notADate']]);
    const overused = await admin.gql('mutation($i: UpdateEntitlementInput!) { updateEntitlement(input: $i) { entitlement { id } } }', { i: { id: pumps.createEntitlement.entitlement.id, visitsUsed: 3 } });
    expect(fieldsOf(overused).map((f) => [f.path, f.messageKey])).toEqual([['input.visitsUsed', 'service.usedBeyondTotal']]);

    // A service manager may change contracts of accounts they read; a sales manager reads them only; a rep never sees another's account.
    const manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
    await manager.gqlOk(CREATE, { i: { accountId: account.id, name: 'Extra', startsOn: '2026-01-01', policyId } });
    const sales = await api.signedIn((await api.ctx.newUser({ role: Role.SalesManager })).email);
    expect((await sales.gql(CREATE, { i: { accountId: account.id, name: 'No', startsOn: '2026-01-01', policyId } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.gql('query($a: ID!) { serviceEntitlement(accountId: $a, on: "2026-06-01") { name } }', { a: account.id })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // The policy shows to readers of service set-up only.
    const policyOf = (c: ApiClient) => c.gql<{ account: { entitlements: { policy: { id: string } | null }[] } }>('query($id: ID!) { account(id: $id) { entitlements { policy { id } } } }', { id: account.id });
    expect((await policyOf(manager)).data?.account.entitlements[0]?.policy?.id).toBe(policyId);
  });
});
