import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PublicLeadRateLimiter } from '@rapport/leads-api';
import { TEST_PASSWORD, TestContext } from '@rapport/shared-testing';
import { bootTestApi } from './testing/boot-test-api';

/**
 * Two API apps on one database, as two replicas behind a load balancer: the web-to-lead and the
 * sign-in limits are one limit for both, also when the requests arrive at the same moment (issue 11).
 * Client addresses come through X-Forwarded-For, which the API trusts from loopback.
 */
let one: INestApplication;
let two: INestApplication;
let ctx: TestContext;

beforeAll(async () => {
  ({ app: one, ctx } = await bootTestApi({ PUBLIC_LEAD_RATE_LIMIT: '5', LOGIN_MAX_FAILURES: '5' }));
  // Same module registry, so the same settings and database; its own controllers and services.
  const { createApiApp } = await import('./bootstrap');
  two = await createApiApp();
  await two.init();
});
afterAll(async () => {
  await two?.close();
  await one?.close();
  await ctx?.close();
});

const appFor = (i: number) => (i % 2 === 0 ? one : two);
const hash = (address: string) => createHash('sha256').update(address).digest('hex');

function submit(app: INestApplication, client: string, i: number) {
  return request(app.getHttpServer())
    .post('/api/public/leads')
    .set('X-Forwarded-For', client)
    .send({ lastName: `Rate ${i}`, email: `rate-${i}-${hash(client).slice(0, 8)}@example.com` });
}

async function storedFor(client: string): Promise<{ submissions: number; leads: number }> {
  const [r] = await ctx.ds.query(
    `SELECT count(*)::int AS submissions, count(DISTINCT lead_id)::int AS leads FROM lead_submission WHERE client_hash = $1`,
    [hash(client)],
  );
  return r;
}

describe('web-to-lead rate limit across API processes', () => {
  it('accepts five of ten submissions alternating between two apps; the rest get 429 with Retry-After and store nothing', async () => {
    const client = '203.0.113.10';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await submit(appFor(i), client, i);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.code).toBe('RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429]);
    expect(await storedFor(client)).toEqual({ submissions: 5, leads: 5 });
    // Each app counted one refusal in the shared row, then answered the flood from memory.
    const [row] = await ctx.ds.query(`SELECT hits FROM public_lead_rate WHERE client_hash = $1`, [hash(client)]);
    expect(row.hits).toBe(7);
  });

  it('holds when the ten arrive at once', async () => {
    const client = '203.0.113.11';
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(appFor(i), client, i)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429]);
    for (const r of responses.filter((x) => x.status === 429)) expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await storedFor(client)).toEqual({ submissions: 5, leads: 5 });
  });

  it('counts each address on its own and starts a new window once the old one has passed', async () => {
    const client = '203.0.113.12';
    for (let i = 0; i < 5; i++) expect((await submit(appFor(i), client, i)).status).toBe(201);
    // The minute is over (moved back rather than waited for): the next submission opens a new window.
    await ctx.ds.query(`UPDATE public_lead_rate SET window_start = window_start - interval '61 seconds' WHERE client_hash = $1`, [hash(client)]);
    expect((await submit(two, client, 5)).status).toBe(201);
    const [row] = await ctx.ds.query(`SELECT hits, window_start > now() - interval '5 seconds' AS fresh FROM public_lead_rate WHERE client_hash = $1`, [hash(client)]);
    expect(row).toEqual({ hits: 1, fresh: true });
    expect((await submit(one, '203.0.113.13', 0)).status).toBe(201);
  });

  it('purges the rows of ended windows and keeps the current ones', async () => {
    // Raw on purpose: a window that ended by the database's clock, which no submission can write.
    await ctx.ds.query(`INSERT INTO public_lead_rate (client_hash, window_start, hits) VALUES ('ended', now() - interval '2 minutes', 3), ('current', now(), 2)`);
    const deleted = await one.get(PublicLeadRateLimiter).purgeExpired();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await ctx.ds.query(`SELECT client_hash FROM public_lead_rate WHERE client_hash IN ('ended', 'current')`);
    expect(left).toEqual([{ client_hash: 'current' }]);
  });
});

function login(app: INestApplication, client: string, email: string, password: string) {
  return request(app.getHttpServer())
    .post('/graphql')
    .set('X-Forwarded-For', client)
    .send({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }', variables: { input: { email, password } } })
    .then((res) => (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

describe('sign-in rate limit across API processes', () => {
  it('checks five of ten simultaneous wrong passwords for one account, refuses the rest and records five', async () => {
    const user = await ctx.newUser();
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => login(appFor(i), '198.51.100.10', user.email, `wrong-${i}`)));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 5 });
    const [r] = await ctx.ds.query(`SELECT count(*)::int AS n FROM login_attempt WHERE email = $1`, [user.email]);
    expect(r.n).toBe(5);
  });

  it('holds the per-address limit (4 × LOGIN_MAX_FAILURES) for guesses at many accounts at once', async () => {
    const codes = await Promise.all(Array.from({ length: 25 }, (_, i) => login(appFor(i), '198.51.100.11', `nobody-${i}@rate.test`, 'whatever-password')));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 5 });
  });

  it('signs in with the right password below the limit and records that attempt as a success', async () => {
    const user = await ctx.newUser();
    for (let i = 0; i < 4; i++) expect(await login(appFor(i), '198.51.100.12', user.email, 'wrong-password')).toBe('UNAUTHENTICATED');
    expect(await login(two, '198.51.100.12', user.email, TEST_PASSWORD)).toBe('OK');
    const rows = await ctx.ds.query(`SELECT succeeded FROM login_attempt WHERE email = $1 ORDER BY at, id`, [user.email]);
    expect(rows.map((r: { succeeded: boolean }) => r.succeeded)).toEqual([false, false, false, false, true]);
  });
});
