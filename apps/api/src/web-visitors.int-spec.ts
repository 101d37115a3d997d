import { randomUUID } from 'node:crypto';
import { Role } from '@rapport/shared-domain';
import { PageViewIngestService, PageViewMaintenanceService } from '@rapport/marketing-api';
import { partitionName, monthStart, signVisitorIdentity } from '@rapport/marketing-domain';
import { useTestApi } from './testing/test-api';

/**
 * Web visitors (issue 16 item 6) on the booted API and real PostgreSQL: the script is served and
 * carries its Do Not Track check; batches are stored before the 200 (JSON and sendBeacon's
 * text/plain); hostile batches get 4xx with field errors and store nothing; bots are answered but
 * not stored; a web-to-lead form carrying the visitor id makes the earlier views the lead's; an
 * email link's identity token makes them a contact's; interests count by product line; a rep who
 * may not see the person sees nothing; the monthly partitions exist and retention drops old ones.
 */
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15';
const SECRET = 'rapport-development-secret-change-me';
const api = useTestApi({ PUBLIC_LEAD_RATE_LIMIT: '5000' });
const tag = Date.now().toString(36);
const viewCount = async (visitorId?: string) =>
  Number((await api.ctx.ds.query(`SELECT count(*)::int AS n FROM page_view ${visitorId ? 'WHERE visitor_id = $1' : ''}`, visitorId ? [visitorId] : []))[0].n);

const view = (path: string, over: Record<string, unknown> = {}) => ({ url: `https://www.rapport-${tag}.test${path}`, title: `Page ${path}`, referrer: '', ageMs: 1000, ...over });
const post = (body: unknown, ua = BROWSER, ip = '198.51.100.7') => api.anon().post('/api/public/page-views').set('User-Agent', ua).set('X-Forwarded-For', ip).send(body as object);
const beacon = (body: unknown) => api.anon().post('/api/public/page-views').set('User-Agent', BROWSER).set('Content-Type', 'text/plain;charset=UTF-8').send(JSON.stringify(body));

let admin: Awaited<ReturnType<typeof api.signedIn>>;

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  await api.ctx.ds.query(`INSERT INTO picklist_value (list, value, names, position, active) VALUES ('productLine', 'Cloud ERP', '{"zh-CN":"云 ERP"}', 0, true), ('productLine', 'CRM', '{}', 1, true) ON CONFLICT DO NOTHING`);
  for (const [pattern, productLine] of [
    ['/pricing*', 'Cloud ERP'],
    ['/products/erp*', 'Cloud ERP'],
    ['/products/crm*', 'CRM'],
  ]) {
    await admin.gqlOk('mutation($i: SaveWebInterestRuleInput!) { saveWebInterestRule(input: $i) { rule { id } } }', { i: { pattern, productLine } });
  }
});

describe('the tracking script', () => {
  it('is served cacheable, loadable from other sites, and checks Do Not Track and consent', async () => {
    const res = await api.anon().get('/api/public/visitors.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const text = res.text;
    expect(text).toContain("n.doNotTrack === '1'");
    expect(text).toContain('w.rapportConsent === false');
    expect(text).toContain('/page-views');
    expect((await api.anon().get('/api/public/visitors.js').set('If-None-Match', res.headers['etag']!)).status).toBe(304);
  });
});

describe('ingestion', () => {
  it('stores a JSON batch and a sendBeacon text/plain batch before answering 200', async () => {
    const visitorId = randomUUID();
    const res = await post({ visitorId, views: [view('/'), view('/products/erp', { referrer: 'https://www.google.com/' })] });
    expect([res.status, res.body]).toEqual([200, { status: 'accepted', stored: 2 }]);
    const text = await beacon({ visitorId, views: [view('/pricing', { ageMs: 0 })] });
    expect([text.status, text.body]).toEqual([200, { status: 'accepted', stored: 1 }]);
    // Other sites' pages send these: a same-origin resource policy would have their browsers refuse the answer (a console error there).
    expect(text.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(await viewCount(visitorId)).toBe(3);
    const [visitor] = await api.ctx.ds.query(`SELECT first_seen <= last_seen AS ordered, contact_id, lead_id FROM web_visitor WHERE id = $1`, [visitorId]);
    expect(visitor).toEqual({ ordered: true, contact_id: null, lead_id: null });
  });

  it('answers hostile batches with 4xx and field errors, and stores nothing', async () => {
    const before = await viewCount();
    const cases: [unknown, number, string[]][] = [
      [{ visitorId: 'x', views: [view('/a')] }, 400, ['visitorId']],
      [{ visitorId: randomUUID(), views: [] }, 400, ['views']],
      [{ visitorId: randomUUID(), views: Array.from({ length: 51 }, () => view('/a')) }, 400, ['views']],
      [{ visitorId: randomUUID(), views: [view('/a', { url: 'javascript:alert(1)' }), view('/b', { ageMs: 'soon', extra: 1 })] }, 400, ['views.0.url', 'views.1.extra', 'views.1.ageMs']],
      [{ visitorId: randomUUID(), views: [view('/a', { title: 'a\u0000b' })] }, 400, ['views.0.title']],
    ];
    for (const [body, status, paths] of cases) {
      const res = await post(body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect((res.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([...paths].sort());
    }
    expect((await beacon('not json' as unknown)).status).toBe(400);
    const huge = await api.anon().post('/api/public/page-views').set('User-Agent', BROWSER).set('Content-Type', 'text/plain').send('x'.repeat(300 * 1024));
    expect([huge.status, huge.body.code]).toEqual([413, 'VALIDATION_FAILED']);
    expect((await api.anon().post('/api/public/page-views').set('Content-Type', 'application/xml').send('<a/>')).status).toBe(400);
    expect(await viewCount()).toBe(before);
  });

  it('answers bots like anyone but stores nothing, and counts them', async () => {
    const ingest = api.app.get(PageViewIngestService);
    const bots = ingest.stats.botViews;
    const before = await viewCount();
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'HeadlessChrome/120.0', '']) {
      const res = await post({ visitorId: randomUUID(), views: [view('/pricing')] }, ua);
      expect([res.status, res.body]).toEqual([200, { status: 'accepted', stored: 0 }]);
    }
    expect(ingest.stats.botViews).toBe(bots + 3);
    expect(await viewCount()).toBe(before);
  });

  it('rate-limits each client address with 429 and Retry-After', async () => {
    await admin.gqlOk('mutation { saveWebVisitorSettings(input: { rateLimitPerMinute: 3 }) { settings { rateLimitPerMinute } } }');
    // This process caches the settings for a while; a fresh read is what a new process would see.
    (api.app.get(PageViewIngestService) as unknown as { settings: { cached: unknown } }).settings.cached = null;
    const ip = '203.0.113.99';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post({ visitorId: randomUUID(), views: [view('/a')] }, BROWSER, ip)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await post({ visitorId: randomUUID(), views: [view('/a')] }, BROWSER, ip);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await post({ visitorId: randomUUID(), views: [view('/a')] }, BROWSER, '203.0.113.100')).status).toBe(200);
    await admin.gqlOk('mutation { saveWebVisitorSettings(input: { rateLimitPerMinute: 600 }) { settings { rateLimitPerMinute } } }');
  });
});

const ACTIVITY = `webActivity { visitors { id identifiedBy } lastSeenAt viewsThisWeek
  interests { productLine label views }
  recentPages { page title views }
  pageViews(first: 2) { totalCount edges { node { url title productLines } } pageInfo { hasNextPage endCursor } } }`;

describe('identification', () => {
  it('a web-to-lead form carrying the visitor id brings the earlier page views to the lead', async () => {
    const visitorId = randomUUID();
    await post({ visitorId, views: [view('/products/erp/finance'), view('/pricing'), view('/pricing'), view('/products/crm'), view('/about')] });
    const email = `visitor.${tag}@example.com`;
    const res = await api.anon().post('/api/public/leads').type('form').send({ lastName: 'Visitor', email, visitorId });
    expect(res.status).toBe(201);
    const [lead] = await api.ctx.ds.query(`SELECT l.id, s.visitor_id FROM lead l JOIN lead_submission s ON s.lead_id = l.id WHERE l.email = $1`, [email]);
    expect(lead.visitor_id).toBe(visitorId);
    const { lead: read } = await admin.gqlOkIn<{ lead: { webActivity: Record<string, unknown> } }>('zh-CN', `query($id: ID!) { lead(id: $id) { ${ACTIVITY} } }`, { id: lead.id });
    const activity = read.webActivity as {
      visitors: { id: string; identifiedBy: string }[];
      viewsThisWeek: number;
      interests: unknown[];
      recentPages: { page: string; views: number }[];
      pageViews: { totalCount: number; edges: { node: { url: string; productLines: string[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    expect(activity.visitors).toEqual([{ id: visitorId, identifiedBy: 'form' }]);
    expect(activity.viewsThisWeek).toBe(5);
    expect(activity.interests).toEqual([
      { productLine: 'Cloud ERP', label: '云 ERP', views: 3 },
      { productLine: 'CRM', label: 'CRM', views: 1 },
    ]);
    expect(activity.recentPages[0]).toEqual({ page: `www.rapport-${tag}.test/pricing`, title: 'Page /pricing', views: 2 });
    expect(activity.pageViews.totalCount).toBe(5);
    expect(activity.pageViews.edges).toHaveLength(2);
    expect(activity.pageViews.pageInfo.hasNextPage).toBe(true);
    const next = await admin.gqlOk<{ lead: { webActivity: { pageViews: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } } }>(
      'query($id: ID!, $after: String) { lead(id: $id) { webActivity { pageViews(first: 10, after: $after) { edges { node { url } } pageInfo { hasNextPage } } } } }',
      { id: lead.id, after: activity.pageViews.pageInfo.endCursor },
    );
    expect(next.lead.webActivity.pageViews.edges).toHaveLength(3);
    expect(next.lead.webActivity.pageViews.pageInfo.hasNextPage).toBe(false);
    // A forged cursor is a 400-style validation error, not a database error.
    const forged = await admin.gql('query($id: ID!) { lead(id: $id) { webActivity { pageViews(after: "bm9wZQ") { totalCount } } } }', { id: lead.id });
    expect(forged.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('a fresh identity token from an email link makes the visitor a contact; a forged one identifies nobody', async () => {
    const contact = await api.ctx.newContact({ firstName: 'Clicker', emails: [`clicker.${tag}@example.com`] });
    const visitorId = randomUUID();
    const forged = signVisitorIdentity({ kind: 'contact', id: contact.id }, 'not-the-secret');
    expect((await beacon({ visitorId, views: [view('/pricing')], identity: forged })).status).toBe(200);
    expect((await api.ctx.ds.query(`SELECT contact_id FROM web_visitor WHERE id = $1`, [visitorId]))[0].contact_id).toBeNull();
    const token = signVisitorIdentity({ kind: 'contact', id: contact.id }, SECRET);
    expect((await beacon({ visitorId, views: [view('/products/crm')], identity: token })).status).toBe(200);
    const { contact: read } = await admin.gqlOk<{ contact: { webActivity: { visitors: { identifiedBy: string }[]; viewsThisWeek: number } } }>(
      'query($id: ID!) { contact(id: $id) { webActivity { visitors { identifiedBy } viewsThisWeek } } }',
      { id: contact.id },
    );
    expect(read.webActivity).toEqual({ visitors: [{ identifiedBy: 'email' }], viewsThisWeek: 2 });
  });
});

describe('visibility', () => {
  it('a rep who may not see the person gets nothing of their visits; the owner does', async () => {
    const team = await api.ctx.newTeam();
    const owner = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const other = await api.ctx.newUser({ role: Role.SalesRep, teamId: team.id });
    const lead = await api.ctx.newLead({ lastName: `Seen ${tag}`, owner });
    const visitorId = randomUUID();
    await post({ visitorId, views: [view('/pricing')] });
    await api.ctx.ds.query(`UPDATE web_visitor SET lead_id = $2, identified_at = now(), identified_by = 'form' WHERE id = $1`, [visitorId, lead.id]);
    const known = async (email: string) =>
      (await (await api.signedIn(email)).gqlOk<{ knownVisitorsToday: { edges: { node: { visitor: { id: string; lead: { id: string } | null }; viewsToday: number } }[] } }>(
        '{ knownVisitorsToday(first: 100) { edges { node { visitor { id lead { id } } viewsToday lastUrl } } } }',
      )).knownVisitorsToday.edges.map((e) => e.node);
    expect(await known(owner.email)).toEqual([{ visitor: { id: visitorId, lead: { id: lead.id } }, viewsToday: 1, lastUrl: expect.stringContaining('/pricing') }]);
    expect(await known(other.email)).toEqual([]);
    const asOther = await api.signedIn(other.email);
    expect((await asOther.gqlOk<{ lead: unknown }>(`query($id: ID!) { lead(id: $id) { id webActivity { viewsThisWeek } } }`, { id: lead.id })).lead).toBeNull();
    expect((await (await api.signedIn(owner.email)).gqlOk<{ lead: { webActivity: { viewsThisWeek: number } } }>(`query($id: ID!) { lead(id: $id) { webActivity { viewsThisWeek } } }`, { id: lead.id })).lead.webActivity.viewsThisWeek).toBe(1);
  });

  it('only admins change the rules and settings', async () => {
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    const res = await rep.gql('mutation { saveWebInterestRule(input: { pattern: "/x", productLine: "CRM" }) { rule { id } } }');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await admin.gql('mutation { saveWebInterestRule(input: { pattern: "not a pattern", productLine: "Nope" }) { rule { id } } }');
    expect((bad.errors?.[0]?.extensions?.['fields'] as { path: string }[]).map((f) => f.path).sort()).toEqual(['input.pattern', 'input.productLine']);
  });
});

describe('partitions', () => {
  it('exist for this month and the next, and the retention job drops an old month whole', async () => {
    const names = async () => ((await api.ctx.ds.query(`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'page_view'`)) as { name: string }[]).map((r) => r.name);
    const now = new Date();
    expect(await names()).toEqual(expect.arrayContaining([partitionName(monthStart(now)), partitionName(monthStart(now, 1))]));
    const old = monthStart(now, -20);
    const oldName = partitionName(old);
    await api.ctx.ds.query(`CREATE TABLE "${oldName}" PARTITION OF page_view FOR VALUES FROM ('${old.toISOString()}') TO ('${monthStart(now, -19).toISOString()}')`);
    await api.ctx.ds.query(`INSERT INTO page_view (visitor_id, viewed_at, url, page) VALUES ($1, $2, 'https://x.test/', 'x.test')`, [randomUUID(), new Date(old.getTime() + 86_400_000)]);
    const result = await api.app.get(PageViewMaintenanceService).maintain(now);
    expect(result.dropped).toEqual([oldName]);
    expect(await names()).not.toContain(oldName);
    expect(await names()).toEqual(expect.arrayContaining([partitionName(monthStart(now)), partitionName(monthStart(now, 1))]));
  });
});
