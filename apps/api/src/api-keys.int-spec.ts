import { Role } from '@rapport/shared-domain';
import { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

const api = useTestApi();
let admin: ApiClient;

beforeAll(async () => {
  const user = await api.ctx.newUser({ role: Role.Admin });
  admin = await api.signedIn(user.email);
});

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes lastUsedAt actsAs { email } } } }`;

describe('API keys', () => {
  it('are shown once, stored hashed, read me and /api/v1/users, and stop working when revoked', async () => {
    const created = await admin.gqlOk<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[]; lastUsedAt: string | null } } }>(
      CREATE,
      { input: { name: 'ERP sync', scopes: ['users:read'] } },
    );
    const { secret, apiKey } = created.createApiKey;
    expect(secret.startsWith(`rk_${apiKey.prefix}_`)).toBe(true);
    const stored = await api.ctx.ds.query(`SELECT secret_hash FROM api_key WHERE id = $1`, [apiKey.id]);
    // The random part may itself contain "_" (base64url): take everything after the prefix, never an empty piece.
    const randomPart = secret.slice(`rk_${apiKey.prefix}_`.length);
    expect(randomPart.length).toBeGreaterThan(20);
    expect(stored[0].secret_hash).not.toContain(randomPart);

    const integrator = new ApiClient(api.app).withApiKey(secret);
    const me = await integrator.gqlOk<{ me: { role: string } }>('{ me { role } }');
    expect(me.me.role).toBe('ADMIN');
    const rest = await integrator.get('/api/v1/users');
    expect(rest.status).toBe(200);
    expect(rest.body.totalCount).toBeGreaterThan(0);

    const listed = await admin.gqlOk<{ apiKeys: { edges: { node: { id: string; lastUsedAt: string | null } }[] } }>('{ apiKeys { edges { node { id lastUsedAt } } } }');
    expect(listed.apiKeys.edges.find((e) => e.node.id === apiKey.id)?.node.lastUsedAt).not.toBeNull();

    await admin.gqlOk('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }', { id: apiKey.id });
    const after = await integrator.get('/api/v1/users');
    expect(after.status).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect((await integrator.gql('{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are limited to their scopes', async () => {
    const { createApiKey } = await admin.gqlOk<{ createApiKey: { secret: string } }>(CREATE, { input: { name: 'Read users', scopes: ['users:read'] } });
    const client = new ApiClient(api.app).withApiKey(createApiKey.secret);
    const write = await client.gql('mutation { createTeam(input: { name: "Sneaky" }) { team { id } } }');
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const keys = await client.gql('{ apiKeys { totalCount } }');
    expect(keys.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reject unknown scopes, past expiry and malformed keys', async () => {
    const bad = await admin.gql(CREATE, { input: { name: 'x', scopes: ['everything:read'] } });
    expect(bad.errors?.[0].extensions?.fields?.[0].path).toBe('input.scopes');
    const past = await admin.gql(CREATE, { input: { name: 'x', scopes: ['users:read'], expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.errors?.[0].extensions?.fields?.[0].path).toBe('input.expiresAt');
    const res = await new ApiClient(api.app).withApiKey('rk_nonsense').get('/api/v1/users');
    expect(res.status).toBe(401);
  });

  it('can only be managed by admins', async () => {
    const rep = await api.ctx.newUser({ role: Role.SalesRep });
    const client = await api.signedIn(rep.email);
    const r = await client.gql(CREATE, { input: { name: 'mine', scopes: ['users:read'] } });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('lists', () => {
  it('page through every user exactly once with keyset cursors, in any order', async () => {
    const team = await api.ctx.newTeam();
    for (let i = 0; i < 23; i++) await api.ctx.newUser({ teamId: team.id, name: `Pager ${String(i % 5)}` });
    for (const order of ['{ field: NAME, direction: ASC }', '{ field: NAME, direction: DESC }', '{ field: CREATED_AT, direction: DESC }']) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 10; page++) {
        const q = `query($after: String) { users(first: 5, after: $after, orderBy: [${order}], filter: { teamId: { eq: "${team.id}" } }) {
          totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
        type Page = { users: { totalCount: number; edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
        const { users }: Page = await admin.gqlOk<Page>(q, { after });
        total = users.totalCount;
        seen.push(...users.edges.map((e) => e.node.id));
        if (!users.pageInfo.hasNextPage) break;
        after = users.pageInfo.endCursor;
      }
      expect(total).toBe(23);
      expect(new Set(seen).size).toBe(23);
      expect(seen).toHaveLength(23);
    }
  });

  it('rejects a forged cursor with a field error', async () => {
    const r = await admin.gql('{ users(after: "bm9wZQ") { totalCount } }');
    expect(r.errors?.[0].extensions).toEqual({ code: 'VALIDATION_FAILED', messageKey: 'errors.validationFailed', fields: [{ path: 'after', message: 'is not a valid cursor', messageKey: 'validation.invalidCursor' }] });
  });

  it('writes field-level audit entries for changes', async () => {
    const user = await api.ctx.newUser({ name: 'Before' });
    await admin.gqlOk('mutation($id: ID!) { updateUser(input: { id: $id, name: "After", role: MARKETER }) { user { id } } }', { id: user.id });
    const rows = await api.ctx.ds.query(`SELECT action, changes FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [user.id]);
    expect(rows[0].changes).toEqual([
      { field: 'name', from: 'Before', to: 'After' },
      { field: 'role', from: 'sales_rep', to: 'marketer' },
    ]);
  });
});
