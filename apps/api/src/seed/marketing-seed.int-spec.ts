import { useTestApi } from '../testing/test-api';
import { seedDemoData } from './demo-seed';

/** The demo's marketing year tells its story on first start: campaigns in three channels with costs, members and responses. */
const api = useTestApi({}, async ({ ctx }) => {
  await seedDemoData(ctx.ds);
});

it('seeds a year of campaigns whose totals add up', async () => {
  const marketer = await api.signedIn('marketer@rapport.dev', 'rapport-demo');
  const { campaigns } = await marketer.gqlOk<{ campaigns: { edges: { node: { id: string; name: string; channel: string | null; children: { name: string }[]; totals: { actualCost: number; members: number; responses: number; subCampaigns: number } } }[] } }>(
    `{ campaigns(first: 20, filter: { name: { startsWith: "Marketing 2026" } }) { edges { node { id name channel children { name } totals { actualCost members responses subCampaigns } } } } }`,
  );
  const year = campaigns.edges[0]!.node;
  // The expo's travel was paid in dollars: converted at the USD rate in force on the day it was incurred.
  const { exchangeRates } = await marketer.gqlOk<{ exchangeRates: { currency: string; validFrom: string; rate: string }[] }>(`{ exchangeRates { currency validFrom rate } }`);
  const [travel] = await api.ctx.ds.query(`SELECT incurred_on::text AS day, amount::text FROM campaign_cost WHERE currency = 'USD' AND category = 'Travel'`);
  const usd = exchangeRates.find((r) => r.currency === 'USD' && r.validFrom <= travel.day)!;
  expect(travel.amount).toBe('5850.00');
  const travelCny = Math.round(5850 * Number(usd.rate) * 100) / 100;
  expect(travelCny).toBeGreaterThan(40_000);
  // The other cost lines of marketing-seed.ts, summed by hand: 188,500 + 78,000 + 35,000 + 15,000 + 21,600 + 240,000 + 110,000 + 30,000 + 85,000.
  expect(year.totals.actualCost).toBeCloseTo(803_100 + travelCny, 2);
  expect(year.totals.subCampaigns).toBe(10);
  expect(year.children).toHaveLength(10);
  // Invited contacts (745) plus the leads the sales seed tagged with these campaigns; some of each responded.
  expect(year.totals.members).toBeGreaterThan(745);
  expect(year.totals.responses).toBeGreaterThan(0);
  expect(year.totals.responses).toBeLessThan(year.totals.members);
  const [{ channels }] = await api.ctx.ds.query(`SELECT array_agg(DISTINCT channel ORDER BY channel) AS channels FROM campaign WHERE parent_campaign_id = $1`, [year.id]);
  expect(channels).toEqual(['Digital', 'Events', 'Partners']);
});

it('seeds consent whose current answers are the latest of their evidence', async () => {
  const [counts] = await api.ctx.ds.query(
    `SELECT (SELECT count(*) FROM subscription_type)::int AS types, (SELECT count(*) FROM consent)::int AS consents,
            (SELECT count(*) FROM global_consent WHERE status = 'opted_out')::int AS global_out, (SELECT count(*) FROM suppression)::int AS suppressed,
            (SELECT count(*) FROM consent c JOIN consent_event e ON e.id = c.event_id WHERE e.address <> c.address OR e.status <> c.status)::int AS disagreeing`,
  );
  expect(counts.types).toBe(3);
  expect(counts.consents).toBeGreaterThan(100);
  expect(counts.global_out).toBeGreaterThan(0);
  expect(counts.suppressed).toBe(5);
  expect(counts.disagreeing).toBe(0);
  // The marketer reads a contact's answers with their evidence, in Chinese.
  const marketer = await api.signedIn('marketer@rapport.dev', 'rapport-demo');
  const [{ id }] = await api.ctx.ds.query(`SELECT contact_id AS id FROM consent_event WHERE source = 'form' LIMIT 1`);
  const r = await marketer.gqlOkIn<{ contact: { consentHistory: { source: string; ip: string | null; wordingVersion: string | null; subscriptionType: { name: string } | null }[] } }>(
    'zh-CN',
    'query($id: ID!) { contact(id: $id) { consentHistory { source ip wordingVersion subscriptionType { name } } } }',
    { id },
  );
  expect(r.contact.consentHistory).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'FORM', wordingVersion: 'web-form-v2', subscriptionType: { name: '活动与研讨会' } })]));
  expect(r.contact.consentHistory.find((e) => e.source === 'FORM')!.ip).toMatch(/^203\.0\.113\.\d+$/);
});

it('seeds a sent mailing whose recipients were decided by the real rules, and a draft ready to send', async () => {
  const marketer = await api.signedIn('marketer@rapport.dev', 'rapport-demo');
  const { mailings } = await marketer.gqlOk<{ mailings: { nodes: { name: string; status: string; progress: { total: number; sent: number; skipped: number; queued: number } }[] } }>(
    '{ mailings { nodes { name status progress { total sent skipped queued } } } }',
  );
  const sent = mailings.nodes.find((m) => m.name === 'Spring range launch')!;
  expect(sent.status).toBe('COMPLETED');
  expect(sent.progress.sent).toBeGreaterThan(50);
  expect(sent.progress.queued).toBe(0);
  expect(sent.progress.total).toBe(sent.progress.sent + sent.progress.skipped);
  // The seeded opt-outs and suppressions of product news are skipped, for their reasons.
  const [{ wrong }] = await api.ctx.ds.query(
    `SELECT count(*)::int AS wrong FROM mailing_send s JOIN mailing m ON m.id = s.mailing_id
      LEFT JOIN suppression x ON x.address = s.address
      LEFT JOIN consent c ON c.address = s.address AND c.subscription_type_id = m.subscription_type_id
      LEFT JOIN global_consent g ON g.address = s.address
     WHERE m.name = 'Spring range launch' AND s.status = 'sent' AND (x.address IS NOT NULL OR c.status = 'opted_out' OR g.status = 'opted_out')`,
  );
  expect(wrong).toBe(0);
  expect(mailings.nodes.find((m) => m.name === 'Spring range · second wave')).toMatchObject({ status: 'DRAFT', progress: { total: 0 } });
  // The weekly series waits for its next Monday.
  expect(mailings.nodes.find((m) => m.name === 'Weekly product news')).toMatchObject({ status: 'SCHEDULED', progress: { total: 0 } });
});

it('seeds events that tell their story: a held seminar with attendees and no-shows, a full one with a waitlist, a draft; known visitors with interests', async () => {
  const marketer = await api.signedIn('marketer@rapport.dev', 'rapport-demo');
  const { events } = await marketer.gqlOk<{ events: { edges: { node: { title: string; status: string; counts: { registered: number; waitlisted: number; attended: number; noShow: number; seatsLeft: number | null } } }[] } }>(
    '{ events(first: 10) { edges { node { title status counts { registered waitlisted attended noShow seatsLeft } } } } }',
  );
  const byTitle = new Map(events.edges.map((e) => [e.node.title, e.node]));
  expect(byTitle.get('Smart factory seminar')).toMatchObject({ status: 'COMPLETED', counts: { attended: 24, noShow: 7 } });
  expect(byTitle.get('Rapport 2027 roadmap seminar')).toMatchObject({ status: 'PUBLISHED', counts: { registered: 40, waitlisted: 5, seatsLeft: 0 } });
  expect(byTitle.get('Webinar: forecasting with Rapport')?.status).toBe('DRAFT');
  // The upcoming seminar's public page answers, with its own questions.
  const [{ id }] = await api.ctx.ds.query(`SELECT id FROM event WHERE title = 'Rapport 2027 roadmap seminar'`);
  const page = await api.anon().get(`/api/public/events/${id}?lang=zh-CN`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('公司规模');
  // Known visitors read the site today; their pages are about product lines.
  const { knownVisitorsToday } = await marketer.gqlOk<{ knownVisitorsToday: { edges: { node: { visitor: { id: string } } }[] } }>('{ knownVisitorsToday(first: 20) { edges { node { visitor { id } } } } }');
  expect(knownVisitorsToday.edges.length).toBe(6);
  const [{ contact_id: contactId }] = await api.ctx.ds.query(`SELECT contact_id FROM web_visitor WHERE contact_id IS NOT NULL LIMIT 1`);
  const { contact } = await marketer.gqlOk<{ contact: { webActivity: { interests: { productLine: string }[] } } }>('query($id: ID!) { contact(id: $id) { webActivity { interests { productLine } } } }', { id: contactId });
  expect(contact.webActivity.interests.map((i) => i.productLine)).toContain('software');
});

it('seeds customer value: orders, a metrics run, segments and a win-back strategy that worked', async () => {
  const marketer = await api.signedIn('marketer@rapport.dev', 'rapport-demo');
  const { clvModelRuns, rfmGrid, segments } = await marketer.gqlOk<{
    clvModelRuns: { status: string; customers: number; r: number | null }[];
    rfmGrid: { cell: string; customers: number }[];
    segments: { id: string; name: string; memberCount: number }[];
  }>('{ clvModelRuns(first: 1) { status customers r } rfmGrid { cell customers } segments { id name memberCount } }');
  expect(clvModelRuns[0]).toMatchObject({ status: 'succeeded' });
  expect(clvModelRuns[0].customers).toBeGreaterThan(300);
  expect(Number.isFinite(clvModelRuns[0].r)).toBe(true);
  // Every story shows in the grid: champions, customers at risk and the lapsed.
  const cells = new Set(rfmGrid.map((c) => c.cell));
  for (const cell of ['champions', 'at_risk', 'lost']) expect(cells).toContain(cell);
  const atRisk = segments.find((s) => s.name === 'Valuable customers at risk')!;
  expect(atRisk.memberCount).toBeGreaterThan(30);
  expect(segments.find((s) => s.name === 'Champions')!.memberCount).toBeGreaterThan(30);
  const { segmentStrategies } = await marketer.gqlOk<{ segmentStrategies: { results: { outcome: string; verdict: string; treated: number; holdout: number }[] }[] }>(
    'query($s: ID) { segmentStrategies(segmentId: $s) { results { outcome verdict treated holdout } } }',
    { s: atRisk.id },
  );
  const bought = segmentStrategies[0].results.find((r) => r.outcome === 'bought')!;
  expect(bought.treated).toBeGreaterThan(bought.holdout);
  expect(['worked', 'too_few', 'inconclusive']).toContain(bought.verdict);
});
