import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * A case's related order (issue 18 item 1): one of the customer's orders — the contact's, or
 * another order of the case's account — that the person linking it may read; shown on the case to
 * readers who may read it; a stranger's order, a missing one or one that stops being the
 * customer's after the case changes hands is refused by field; deleting the order clears the link.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });

let agent: ApiClient;
let repClient: ApiClient;
let accountId: string;
let fang: string;
let colleague: string;
let stranger: string;

const CREATE = 'mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id orderId order { id externalId amount currency } } } }';
const UPDATE = 'mutation($i: UpdateCaseInput!) { updateCase(input: $i) { case { id orderId order { externalId } } } }';
const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.['fields'] as { path: string; message: string }[] | undefined)?.[0];

async function order(contactId: string, externalId: string, account: string | null = null): Promise<string> {
  const [row] = (await api.ctx.ds.query(
    `INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source) VALUES ($1, $2, $3, '2026-11-20T02:00:00Z', 'CNY', '12800.00', 'completed', 'api') RETURNING id`,
    [externalId, contactId, account],
  )) as { id: string }[];
  return row!.id;
}

beforeAll(async () => {
  agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
  const rep = await api.ctx.newUser({ role: Role.SalesRep });
  repClient = await api.signedIn(rep.email);
  accountId = (await api.ctx.newAccount({ name: '上海泵业', owner: rep })).id;
  fang = (await api.ctx.newContact({ firstName: '芳', lastName: '王', accountId, owner: rep })).id;
  colleague = (await api.ctx.newContact({ firstName: '伟', lastName: '李', accountId, owner: rep })).id;
  stranger = (await api.ctx.newContact({ firstName: 'Sam', lastName: 'Other' })).id;
});

describe('a case’s order', () => {
  const tag = Date.now().toString(36);

  it('links one of the contact’s orders and shows it with the case, to the agent and to the account’s rep', async () => {
    const so = await order(fang, `SO-${tag}-1`, accountId);
    const { createCase } = await agent.gqlOk<{ createCase: { case: { id: string; orderId: string; order: { externalId: string; amount: string; currency: string } } } }>(CREATE, {
      i: { subject: '水泵漏水', contactId: fang, orderId: so },
    });
    expect(createCase.case).toMatchObject({ orderId: so, order: { externalId: `SO-${tag}-1`, amount: '12800.00', currency: 'CNY' } });
    const seen = await repClient.gqlOk<{ case: { order: { externalId: string } | null } }>('query($id: ID!) { case(id: $id) { order { externalId } } }', { id: createCase.case.id });
    expect(seen.case.order).toEqual({ externalId: `SO-${tag}-1` });
    const filtered = await agent.gqlOk<{ cases: { edges: { node: { id: string } }[] } }>('query($o: ID!) { cases(first: 5, filter: { orderId: { eq: $o } }) { edges { node { id } } } }', { o: so });
    expect(filtered.cases.edges.map((e) => e.node.id)).toEqual([createCase.case.id]);
  });

  it('takes another order of the case’s account, and refuses a stranger’s, a missing one and a malformed id by field', async () => {
    const k = await api.ctx.newCase({ accountId, contactId: fang });
    const colleagues = await order(colleague, `SO-${tag}-2`, accountId);
    const updated = await agent.gqlOk<{ updateCase: { case: { orderId: string; order: { externalId: string } } } }>(UPDATE, { i: { id: k.id, orderId: colleagues } });
    expect(updated.updateCase.case.order).toEqual({ externalId: `SO-${tag}-2` });

    const strangers = await order(stranger, `SO-${tag}-3`);
    expect(fieldOf(await agent.gql(UPDATE, { i: { id: k.id, orderId: strangers } }))).toEqual({ path: 'input.orderId', message: 'This order is not one of the case’s customer’s orders.', messageKey: 'service.orderNotCustomers' });
    expect(fieldOf(await agent.gql(UPDATE, { i: { id: k.id, orderId: '00000000-0000-7000-8000-000000000000' } }))).toMatchObject({ path: 'input.orderId', message: 'This order does not exist.' });
    const malformed = await agent.gql(UPDATE, { i: { id: k.id, orderId: 'SO-1' } });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    // Refused changes left the link as it was.
    const [row] = (await api.ctx.ds.query(`SELECT order_id FROM service_case WHERE id = $1`, [k.id])) as { order_id: string }[];
    expect(row!.order_id).toBe(colleagues);
  });

  it('refuses a new contact the order is not of, unless the order goes too, and clears the link when the order is deleted', async () => {
    const so = await order(fang, `SO-${tag}-4`);
    const k = await api.ctx.newCase({ contactId: fang, orderId: so });
    expect(fieldOf(await agent.gql(UPDATE, { i: { id: k.id, contactId: stranger } }))).toMatchObject({ path: 'input.orderId', messageKey: 'service.orderNotCustomers' });
    const moved = await agent.gqlOk<{ updateCase: { case: { orderId: string | null } } }>(UPDATE, { i: { id: k.id, contactId: stranger, orderId: null } });
    expect(moved.updateCase.case.orderId).toBeNull();

    const kept = await api.ctx.newCase({ contactId: fang, orderId: so });
    await api.ctx.ds.query(`DELETE FROM "order" WHERE id = $1`, [so]);
    const after = await agent.gqlOk<{ case: { orderId: string | null; order: unknown } }>('query($id: ID!) { case(id: $id) { orderId order { id } } }', { id: kept.id });
    expect(after.case).toEqual({ orderId: null, order: null });
  });
});
