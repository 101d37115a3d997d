/**
 * API end-to-end: the built app as an integrator reaches it over HTTP (booted by the e2e setup
 * with the demo data), including operations endpoints and the documented contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const base = () => process.env['E2E_BASE_URL']!;

async function gql(query: string, variables?: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

async function login(email: string) {
  const r = await gql('mutation($i: LoginInput!) { login(input: $i) { user { id role } } }', { i: { email, password: 'rapport-demo' } });
  const cookie = r.headers.get('set-cookie');
  expect(cookie).toMatch(/rapport_session=.*HttpOnly/i);
  return { cookie: cookie!.split(';')[0], user: r.body.data.login.user };
}

describe('operations', () => {
  it('answers health and readiness with database and queue checks', async () => {
    expect(await (await fetch(`${base()}/api/health`)).json()).toEqual({ status: 'ok' });
    // The worker declares the job schedulers when it starts, which may be just after the API is ready.
    let ready = await fetch(`${base()}/api/ready`);
    for (const until = Date.now() + 30_000; (await ready.clone().json()).schedulers?.status !== 'ok' && Date.now() < until; ready = await fetch(`${base()}/api/ready`)) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', queue: 'ok' }, schedulers: { status: 'ok', missing: [] } });
  });

  it('exposes Prometheus metrics to admins (or METRICS_TOKEN) only, and request ids', async () => {
    expect((await fetch(`${base()}/api/metrics`)).status).toBe(401);
    const admin = await login('admin@rapport.dev');
    const res = await fetch(`${base()}/api/metrics`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    const text = await res.text();
    expect(text).toContain('rapport_http_request_duration_seconds');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('sends security headers and allows CORS only for the SPA origin', async () => {
    const own = await fetch(`${base()}/api/health`, { headers: { Origin: base() } });
    expect(own.headers.get('access-control-allow-origin')).toBe(base());
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const foreign = await fetch(`${base()}/api/health`, { headers: { Origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves OpenAPI with the users route', async () => {
    const doc = await (await fetch(`${base()}/api/docs-json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/users', '/api/v1/users/{id}', '/api/v1/me']));
    expect((await fetch(`${base()}/api/docs`)).status).toBe(200);
  });

  it('guards Bull Board: anonymous → sign-in, rep → 403, admin → board', async () => {
    expect((await fetch(`${base()}/admin/queues`, { redirect: 'manual' })).status).toBe(302);
    const rep = await login('rep1@rapport.dev');
    expect((await fetch(`${base()}/admin/queues`, { headers: { cookie: rep.cookie } })).status).toBe(403);
    const admin = await login('admin@rapport.dev');
    const board = await fetch(`${base()}/admin/queues`, { headers: { cookie: admin.cookie } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('<div id="root">');
  });

  it('serves the SPA for client-side routes', async () => {
    const res = await fetch(`${base()}/admin/users`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });
});

describe('contract', () => {
  it('lets every demo user sign in with the documented roles', async () => {
    const expected: Record<string, string> = {
      'admin@rapport.dev': 'ADMIN',
      'manager@rapport.dev': 'SALES_MANAGER',
      'rep1@rapport.dev': 'SALES_REP',
      'rep2@rapport.dev': 'SALES_REP',
      'marketer@rapport.dev': 'MARKETER',
      'servicemgr@rapport.dev': 'SERVICE_MANAGER',
      'agent@rapport.dev': 'SERVICE_AGENT',
    };
    for (const [email, role] of Object.entries(expected)) {
      const { cookie } = await login(email);
      const me = await gql('{ me { id email name role } }', {}, { cookie });
      expect(me.body.data.me).toMatchObject({ email, role });
    }
  });

  it('shows the manager the team of rep1 and rep2, and a rep only themself', async () => {
    const list = async (email: string) => {
      const { cookie } = await login(email);
      const r = await gql('{ users(first: 50) { edges { node { email } } } }', {}, { cookie });
      return r.body.data.users.edges.map((e: { node: { email: string } }) => e.node.email).sort();
    };
    expect(await list('manager@rapport.dev')).toEqual(['manager@rapport.dev', 'rep1@rapport.dev', 'rep2@rapport.dev']);
    expect(await list('rep1@rapport.dev')).toEqual(['rep1@rapport.dev']);
  });

  it('serves the same schema as the committed schema.gql', async () => {
    const r = await gql(getIntrospectionQuery({ specifiedByUrl: true }));
    const live = printSchema(lexicographicSortSchema(buildClientSchema(r.body.data)));
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8').replace(/^#.*\n\n/, '').trim();
    expect(live.trim()).toBe(committed);
  });
});

describe('background jobs through the real worker', () => {
  it('runs a handover queued by the API: outbox → BullMQ → worker, with progress and the digest', async () => {
    const manager = await login('manager@rapport.dev');
    const ids = async (cookie: string) => (await gql('{ me { id } }', {}, { cookie })).body.data.me.id as string;
    const rep2 = await login('rep2@rapport.dev');
    const rep1 = await login('rep1@rapport.dev');
    const started = await gql(
      'mutation($i: TransferOwnershipInput!) { transferOwnership(input: $i) { handover { id total } } }',
      { i: { fromUserId: await ids(rep2.cookie), toUserId: await ids(rep1.cookie) } },
      { cookie: manager.cookie },
    );
    const { id, total } = started.body.data.transferOwnership.handover;
    expect(total).toBeGreaterThan(100);
    let status = '';
    for (let i = 0; i < 120 && status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await gql('query($id: ID!) { handover(id: $id) { status progress } }', { id }, { cookie: manager.cookie })).body.data.handover.status;
    }
    expect(status).toBe('done');
    const bell = await gql('{ notifications { kind title } }', {}, { cookie: rep1.cookie });
    expect(bell.body.data.notifications).toContainEqual(expect.objectContaining({ kind: 'handover.digest' }));
    const left = await gql('{ opportunities(filter: { isClosed: { eq: false } }) { totalCount } }', {}, { cookie: rep2.cookie });
    expect(left.body.data.opportunities.totalCount).toBe(0);
  });
});
