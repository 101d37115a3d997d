import type { INestApplication } from '@nestjs/common';
import { Role } from '@rapport/shared-domain';
import { ApiClient, TEST_PASSWORD, TestContext } from '@rapport/shared-testing';
import { bootTestApi } from './testing/boot-test-api';

let app: INestApplication;
let ctx: TestContext;

beforeAll(async () => {
  ({ app, ctx } = await bootTestApi({ LOGIN_MAX_FAILURES: '3', GRAPHQL_MAX_COMPLEXITY: '500' }));
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});

describe('sign-in', () => {
  it('signs in with the right password, sets an httpOnly cookie and answers me', async () => {
    const user = await ctx.newUser({ role: Role.SalesManager, name: '王敏' });
    const client = new ApiClient(app);
    const login = await client.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.user).toEqual({ id: user.id, role: 'SALES_MANAGER' });
    const me = await client.gqlOk<{ me: { email: string; name: string; role: string } }>('{ me { email name role } }');
    expect(me.me).toEqual({ email: user.email, name: '王敏', role: 'SALES_MANAGER' });
    const audit = await ctx.ds.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [user.id]);
    expect(audit).toEqual([{ action: 'login' }]);
  });

  it('gives one message for unknown email and wrong password', async () => {
    const user = await ctx.newUser();
    const wrong = await new ApiClient(app).login(user.email, 'not-the-password');
    const unknown = await new ApiClient(app).login('nobody@test.rapport.dev', 'whatever-password');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('rate-limits repeated failures for an email, even with the right password afterwards', async () => {
    const user = await ctx.newUser();
    for (let i = 0; i < 3; i++) await new ApiClient(app).login(user.email, 'wrong-password');
    const blocked = await new ApiClient(app).login(user.email, TEST_PASSWORD);
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses inactive users and ends their sessions on deactivation', async () => {
    const admin = await ctx.newUser({ role: Role.Admin });
    const rep = await ctx.newUser();
    const adminClient = new ApiClient(app);
    await adminClient.login(admin.email, TEST_PASSWORD);
    const repClient = new ApiClient(app);
    await repClient.login(rep.email, TEST_PASSWORD);
    await adminClient.gqlOk('mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { user { active } } }', { id: rep.id });
    const after = await repClient.gql('{ me { id } }');
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await new ApiClient(app).login(rep.email, TEST_PASSWORD);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the cookie no longer works', async () => {
    const user = await ctx.newUser();
    const client = new ApiClient(app);
    await client.login(user.email, TEST_PASSWORD);
    await client.gqlOk('mutation { logout { ok } }');
    expect((await client.gql('{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('input errors', () => {
  it('returns field paths for invalid mutation input', async () => {
    const admin = await ctx.newUser({ role: Role.Admin });
    const client = new ApiClient(app);
    await client.login(admin.email, TEST_PASSWORD);
    const r = await client.gql('mutation { createUser(input: { email: "nope", name: "", role: SALES_REP, password: "short" }) { user { id } } }');
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.email', 'input.name', 'input.password']);
  });

  it('answers malformed GraphQL and JSON with 4xx and a code, never 500', async () => {
    const client = new ApiClient(app);
    const syntax = await client.post('/graphql').send({ query: '{ me { id ' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await client.post('/graphql').send({ query: '{ nope }' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badJson = await client.post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(badJson.status).toBe(400);
    expect(badJson.body.code).toBe('VALIDATION_FAILED');
    const huge = await client.post('/api/v1/users').set('Content-Type', 'application/json').send(JSON.stringify({ x: 'y'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
  });

  it('rejects too deep and too costly queries', async () => {
    const admin = await ctx.newUser({ role: Role.Admin });
    const client = new ApiClient(app);
    await client.login(admin.email, TEST_PASSWORD);
    const deep = await client.gql('{ teams { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }');
    expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const costly = await client.gql('{ users(first: 100) { edges { node { team { children { members { id } } } } } } teams(first: 100) { edges { node { members { id } children { id } } } } }');
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const modest = await client.gql('{ users(first: 5) { edges { node { id team { name } } } } }');
    expect(modest.errors).toBeUndefined();
    const cap = await client.gql('{ users(first: 101) { totalCount } }');
    expect(cap.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('login payload', () => {
  it('resolves relations of the signed-in user in the same request', async () => {
    const team = await ctx.newTeam({ name: 'Login Team' });
    const user = await ctx.newUser({ teamId: team.id });
    const client = new ApiClient(app);
    const r = await client.gql('mutation($i: LoginInput!) { login(input: $i) { user { email team { name } } } }', { i: { email: user.email, password: TEST_PASSWORD } });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ login: { user: { email: user.email, team: { name: 'Login Team' } } } });
  });
});
