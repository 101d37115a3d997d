import { randomUUID } from 'node:crypto';
import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * The input classes the fuzz suite found beyond issue 10's list, each a 4xx naming the field now
 * (each answered INTERNAL before): ids that are not UUIDs, decimals written with an exponent,
 * null for a field that cannot be empty, a DateTime written as a list, a reference to nothing.
 */
const api = useTestApi();

let admin: ApiClient;
let accountId: string;
beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Admin });
  admin = await api.signedIn(user.email);
  accountId = (await admin.gqlOk<{ createAccount: { account: { id: string } } }>(`mutation { createAccount(input: { name: "Edge Co" }) { account { id } } }`)).createAccount.account.id;
});

const fieldsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

it('refuses an id that is not a UUID as a request error naming the argument, in variables and literals', async () => {
  for (const id of ['not-a-uuid', '1', '']) {
    const res = await admin.post('/graphql').send({ query: 'query($id: ID!) { account(id: $id) { id } }', variables: { id } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'VALIDATION_FAILED', messageKey: 'errors.validationFailed', fields: [{ path: 'id', message: 'is not a valid id', messageKey: 'validation.isUuid' }] });
  }
  const literal = await admin.post('/graphql').send({ query: '{ quotes(accountId: "0") { totalCount } }' });
  expect(literal.body.errors[0].extensions).toEqual({ code: 'VALIDATION_FAILED', messageKey: 'errors.validationFailed', fields: [{ path: 'accountId', message: 'is not a valid id', messageKey: 'validation.isUuid' }] });
  // A well-formed id of nothing is simply not found.
  expect((await admin.gqlOk<{ account: null }>('query($id: ID!) { account(id: $id) { id } }', { id: randomUUID() })).account).toBeNull();
});

it('says how many decimals an amount may have when it comes in exponent form', async () => {
  const r = await admin.gql(`mutation($a: ID!, $x: Float) { createOpportunity(input: { name: "Tiny", accountId: $a, amount: $x }) { opportunity { id } } }`, { a: accountId, x: 1e-7 });
  expect(fieldsOf(r)).toEqual({
    code: 'VALIDATION_FAILED',
    messageKey: 'errors.validationFailed', 
    fields: [{ path: 'input.amount', message: 'amount must be a number with at most 2 decimals', messageKey: 'validation.isDecimal', params: { scale: 2 } }],
  });
  const ok = await admin.gqlOk<{ createOpportunity: { opportunity: { amount: number } } }>(`mutation($a: ID!) { createOpportunity(input: { name: "Round", accountId: $a, amount: 12.5 }) { opportunity { amount } } }`, { a: accountId });
  expect(ok.createOpportunity.opportunity.amount).toBe(12.5);
});

it('refuses null for a field that cannot be empty, and still lets a clearable field be cleared', async () => {
  const r = await admin.gql(`mutation($id: ID!) { updateAccount(input: { id: $id, name: null }) { account { id } } }`, { id: accountId });
  expect(fieldsOf(r)?.['code']).toBe('VALIDATION_FAILED');
  // Every message (type and length) is about that one field.
  expect([...new Set((fieldsOf(r)?.['fields'] as { path: string }[]).map((f) => f.path))]).toEqual(['input.name']);
  const cleared = await admin.gqlOk<{ updateAccount: { account: { industry: string | null } } }>(`mutation($id: ID!) { updateAccount(input: { id: $id, industry: null }) { account { industry } } }`, { id: accountId });
  expect(cleared.updateAccount.account.industry).toBeNull();
  const me = await api.ctx.newUser({ role: Role.SalesRep });
  const u = await admin.gql(`mutation($id: ID!) { updateUser(input: { id: $id, name: null }) { user { id } } }`, { id: me.id });
  expect(fieldsOf(u)?.['code']).toBe('VALIDATION_FAILED');
  expect((fieldsOf(u)?.['fields'] as { path: string }[])[0].path).toBe('input.name');
});

it('refuses a DateTime written as a list literal instead of storing null', async () => {
  const { createActivity } = await admin.gqlOk<{ createActivity: { activity: { id: string } } }>(`mutation($a: ID!) { createActivity(input: { type: CALL, subject: "x", accountId: $a }) { activity { id } } }`, { a: accountId });
  const res = await admin.post('/graphql').send({ query: `mutation { updateActivity(input: { id: "${createActivity.activity.id}", occurredAt: [1, "a"] }) { activity { id } } }` });
  expect(res.status).toBe(400);
  expect(res.body.errors[0].extensions).toEqual({
    code: 'VALIDATION_FAILED',
    messageKey: 'errors.validationFailed', 
    fields: [{ path: 'input.occurredAt', message: 'must be an ISO 8601 date-time, e.g. 2024-05-01T09:00:00Z', messageKey: 'validation.dateTime' }],
  });
});

it('refuses a parent account that does not exist, on update as on create', async () => {
  const r = await admin.gql(`mutation($id: ID!, $p: ID) { updateAccount(input: { id: $id, parentAccountId: $p }) { account { id } } }`, { id: accountId, p: randomUUID() });
  expect(fieldsOf(r)).toEqual({
    code: 'VALIDATION_FAILED',
    messageKey: 'errors.validationFailed', 
    fields: [{ path: 'input.parentAccountId', message: 'This account does not exist.', messageKey: 'validation.doesNotExist', params: { object: 'account' } }],
  });
});
