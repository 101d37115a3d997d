import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { withSystemScope } from '@rapport/shared-database';
import { NurtureEngineService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * Segment strategies (issue 17 item 7): a holdout stratified by RFM cell and fixed by its seed,
 * stable as the segment's members change, skipped by a mailing to the segment, and the measured
 * effect of the strategy on the people it treated against those it held out.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let marketer: ApiClient;
let segmentId: string;
const ids: string[] = [];
const CELLS = ['champions', 'loyal', 'at_risk', 'hibernating'];
const cond = (condition: string, params: Record<string, unknown>) => ({ type: 'condition', condition, params });

const holdoutOf = async (strategyId: string): Promise<string[]> =>
  (await api.ctx.ds.query(`SELECT contact_id FROM strategy_assignment WHERE strategy_id = $1 AND holdout ORDER BY contact_id`, [strategyId])).map((r: { contact_id: string }) => r.contact_id);
const strategy = async (name: string, seed: number): Promise<string> =>
  (
    await marketer.gqlOk<{ createSegmentStrategy: { strategy: { id: string } } }>('mutation($i: CreateSegmentStrategyInput!) { createSegmentStrategy(input: $i) { strategy { id } } }', {
      i: { segmentId, name, holdoutShare: 0.1, seed, startsAt: new Date(Date.now() - 30 * 86_400_000).toISOString() },
    })
  ).createSegmentStrategy.strategy.id;
const refresh = () => marketer.gqlOk('mutation($i: SegmentIdInput!) { refreshSegment(input: $i) { segment { memberCount } } }', { i: { id: segmentId } });

beforeAll(async () => {
  const m = await api.ctx.newUser({ role: Role.Marketer });
  marketer = await api.signedIn(m.email);
  // 400 people in four RFM cells; the first 300 are targets now, the other 100 later.
  const rows: { id: string }[] = await api.ctx.ds.query(
    `INSERT INTO contact (first_name, last_name, name_normalized, emails, owner_id, title)
     SELECT 'P', 'Str' || lpad(g::text, 3, '0'), 'str' || g, ARRAY['str' || g || '@example.com'], $1, CASE WHEN g <= 300 THEN 'Target' END
       FROM generate_series(1, 400) g ORDER BY g RETURNING id`,
    [m.id],
  );
  ids.push(...rows.map((r) => r.id));
  await api.ctx.ds.query(
    `INSERT INTO customer_metrics (contact_id, as_of, rfm_cell, lifecycle_stage, stage_since) SELECT id, now(), ($2::text[])[1 + (row_number() OVER (ORDER BY id))::int % 4], 'customer', now() FROM contact WHERE id = ANY($1)`,
    [ids, CELLS],
  );
  const { createSegment } = await marketer.gqlOk<{ createSegment: { segment: { id: string; memberCount: number } } }>(
    'mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id memberCount } } }',
    { i: { name: 'Targets', dynamic: true, rule: cond('contact.field', { field: 'title', op: 'eq', value: 'Target' }) } },
  );
  expect(createSegment.segment.memberCount).toBe(300);
  segmentId = createSegment.segment.id;
});

it('holds out a share of each RFM cell, keeps it as members come and go, and fixes it by the seed', async () => {
  const first = await strategy('Win back', 42);
  const before = await holdoutOf(first);
  // 300 people, 75 per cell: round(7.5) = 8 held out in each.
  expect(before).toHaveLength(32);
  const perCell = await api.ctx.ds.query(`SELECT stratum, count(*) FILTER (WHERE holdout)::int AS held FROM strategy_assignment WHERE strategy_id = $1 GROUP BY stratum ORDER BY stratum`, [first]);
  expect(perCell.map((c: { held: number }) => c.held)).toEqual([8, 8, 8, 8]);

  await api.ctx.ds.query(`UPDATE contact SET title = 'Target' WHERE id = ANY($1)`, [ids.slice(300)]);
  await api.ctx.ds.query(`UPDATE contact SET title = NULL WHERE id = ANY($1)`, [ids.slice(0, 10)]);
  await refresh();
  const after = await holdoutOf(first);
  // Everyone held out before still is (leaving the segment changes no assignment); newcomers fill each cell to round(0.1 × 100) = 10.
  expect(before.every((id) => after.includes(id))).toBe(true);
  expect(after).toHaveLength(40);

  const [a, b, c] = [await strategy('Same seed A', 7), await strategy('Same seed B', 7), await strategy('Other seed', 8)];
  expect(await holdoutOf(a)).toEqual(await holdoutOf(b));
  expect(await holdoutOf(a)).not.toEqual(await holdoutOf(c));
});

it('leaves the holdout of an active strategy out of a mailing to the segment', async () => {
  const first = (await api.ctx.ds.query(`SELECT id FROM segment_strategy WHERE name = 'Win back'`))[0].id as string;
  for (const name of ['Same seed A', 'Same seed B', 'Other seed']) {
    const id = (await api.ctx.ds.query(`SELECT id FROM segment_strategy WHERE name = $1`, [name]))[0].id;
    await marketer.gqlOk('mutation($i: StrategyIdInput!) { endSegmentStrategy(input: $i) { strategy { status } } }', { i: { id } });
  }
  const type = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: 'offers', name: 'Offers', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>Offer <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  const template = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: 'Offer', variants: [{ locale: 'en', subject: 'Offer', mjml }] } })).createEmailTemplate.template.id;
  const campaign = await api.ctx.newCampaign();
  const { createMailing } = await marketer.gqlOk<{ createMailing: { id: string; audience: { segmentIds: string[] } } }>(
    'mutation($i: CreateMailingInput!) { createMailing(input: $i) { id audience { segmentIds } } }',
    { i: { name: 'Offer X', templateId: template, subscriptionTypeId: type, campaignId: campaign.id, audience: { segmentIds: [segmentId] } } },
  );
  expect(createMailing.audience.segmentIds).toEqual([segmentId]);
  const { mailingAudienceCount } = await marketer.gqlOk<{ mailingAudienceCount: { total: number; eligible: number; skipped: { reason: string; count: number }[] } }>(
    'query($id: ID!) { mailingAudienceCount(id: $id) { total eligible skipped { reason count } } }',
    { id: createMailing.id },
  );
  const [{ n: heldNow }] = await api.ctx.ds.query(
    `SELECT count(*)::int AS n FROM strategy_assignment a JOIN segment_membership sm ON sm.contact_id = a.contact_id AND sm.segment_id = $2 AND sm.left_at IS NULL WHERE a.strategy_id = $1 AND a.holdout`,
    [first, segmentId],
  );
  expect(mailingAudienceCount.total).toBe(390);
  expect(mailingAudienceCount.skipped).toEqual([{ reason: 'EXCLUDED', count: heldNow }]);
  expect(mailingAudienceCount.eligible).toBe(390 - heldNow);
  const bad = await marketer.gql('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', {
    i: { name: 'Nowhere', templateId: template, subscriptionTypeId: type, campaignId: campaign.id, audience: { segmentIds: ['0190a0b0-0000-7000-8000-00000000dead'] } },
  });
  expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('input.audience.segmentIds');
});

it('measures the strategy: treated against holdout, with a verdict', async () => {
  const first = (await api.ctx.ds.query(`SELECT id FROM segment_strategy WHERE name = 'Win back'`))[0].id as string;
  // In the window, 70% of the treated bought and 10% of the held out did.
  await api.ctx.ds.query(
    `INSERT INTO "order" (external_id, contact_id, ordered_at, currency, amount, status, source)
     SELECT 'w-' || a.contact_id, a.contact_id, now() - interval '3 days', 'CNY', 100, 'completed', 'api'
       FROM (SELECT contact_id, holdout, row_number() OVER (PARTITION BY holdout ORDER BY contact_id) AS k, count(*) OVER (PARTITION BY holdout) AS n FROM strategy_assignment WHERE strategy_id = $1) a
      WHERE a.k <= CASE WHEN a.holdout THEN round(a.n * 0.1) ELSE round(a.n * 0.7) END`,
    [first],
  );
  const { segmentStrategies } = await marketer.gqlOk<{ segmentStrategies: { name: string; results: { outcome: string; treated: number; holdout: number; treatedMean: number; holdoutMean: number; low: number; verdict: string }[] }[] }>(
    'query($s: ID) { segmentStrategies(segmentId: $s) { name results { outcome treated holdout treatedMean holdoutMean difference low high relative verdict } } }',
    { s: segmentId },
  );
  const winBack = segmentStrategies.find((s) => s.name === 'Win back')!;
  const bought = winBack.results.find((r) => r.outcome === 'bought')!;
  expect(bought).toMatchObject({ treated: 360, holdout: 40, verdict: 'worked' });
  expect(bought.treatedMean).toBeCloseTo(0.7, 2);
  expect(bought.holdoutMean).toBeCloseTo(0.1, 2);
  expect(bought.low).toBeGreaterThan(0.4);
  expect(winBack.results.find((r) => r.outcome === 'responded')!.verdict).toBe('inconclusive');
});

it('compares a segment’s members at one moment with what they did later', async () => {
  const now = new Date();
  const { segmentCohort } = await marketer.gqlOk<{ segmentCohort: { members: number; buyers: number; revenue: number } }>(
    'query($s: ID!, $at: DateTime!, $from: DateTime!, $to: DateTime!) { segmentCohort(segmentId: $s, memberAt: $at, from: $from, to: $to) { members buyers orders revenue } }',
    { s: segmentId, at: now.toISOString(), from: new Date(now.getTime() - 10 * 86_400_000).toISOString(), to: now.toISOString() },
  );
  const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM "order" o JOIN segment_membership sm ON sm.contact_id = o.contact_id AND sm.segment_id = $1 AND sm.left_at IS NULL`, [segmentId]);
  expect(segmentCohort.members).toBe(390);
  expect(segmentCohort.buyers).toBe(n);
  expect(segmentCohort.revenue).toBe(n * 100);
});

it('adds a segment’s current members to a campaign in one go, once', async () => {
  const campaign = await api.ctx.newCampaign();
  const q = 'mutation($i: AddSegmentToCampaignInput!) { addSegmentToCampaign(input: $i) { added alreadyMembers } }';
  expect((await marketer.gqlOk<{ addSegmentToCampaign: unknown }>(q, { i: { campaignId: campaign.id, segmentId } })).addSegmentToCampaign).toEqual({ added: 390, alreadyMembers: 0 });
  expect((await marketer.gqlOk<{ addSegmentToCampaign: unknown }>(q, { i: { campaignId: campaign.id, segmentId } })).addSegmentToCampaign).toEqual({ added: 0, alreadyMembers: 390 });
  const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM campaign_member WHERE campaign_id = $1`, [campaign.id]);
  expect(n).toBe(390);
  const missing = await marketer.gql(q, { i: { campaignId: campaign.id, segmentId: '0190a0b0-0000-7000-8000-00000000dead' } });
  expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

it('enrols a segment’s members in a nurture as they enter it, minus the holdout', async () => {
  const campaign = await api.ctx.newCampaign();
  const [{ id: type }] = await api.ctx.ds.query(`SELECT id FROM subscription_type WHERE key = 'offers'`);
  const [{ id: template }] = await api.ctx.ds.query(`SELECT id FROM email_template WHERE name = 'Offer'`);
  const { createNurture } = await marketer.gqlOk<{ createNurture: { id: string; source: { segmentId: string } } }>(
    'mutation($i: CreateNurtureInput!) { createNurture(input: $i) { id source { segmentId } } }',
    { i: { name: 'At-risk drip', campaignId: campaign.id, subscriptionTypeId: type, source: { campaignId: campaign.id, memberStatuses: [], segmentId }, steps: [{ kind: 'WAIT', days: 3 }, { kind: 'SEND', templateId: template }] } },
  );
  expect(createNurture.source.segmentId).toBe(segmentId);
  await marketer.gqlOk('mutation($i: NurtureIdInput!) { activateNurture(input: $i) { status } }', { i: { id: createNurture.id } });
  await withSystemScope('test: the nurture engine', () => api.app.get(NurtureEngineService).advance());
  const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM nurture_enrolment WHERE nurture_id = $1`, [createNurture.id]);
  const [{ held }] = await api.ctx.ds.query(
    `SELECT count(*)::int AS held FROM strategy_assignment a JOIN segment_strategy s ON s.id = a.strategy_id AND s.status = 'active'
       JOIN segment_membership sm ON sm.contact_id = a.contact_id AND sm.segment_id = s.segment_id AND sm.left_at IS NULL WHERE a.holdout AND s.segment_id = $1`,
    [segmentId],
  );
  expect(held).toBeGreaterThan(0);
  expect(n).toBe(390 - held);
  // Someone entering the segment later joins on the engine's next run.
  await api.ctx.ds.query(`UPDATE contact SET title = 'Target' WHERE id = $1`, [ids[0]]);
  await refresh();
  await withSystemScope('test: the nurture engine', () => api.app.get(NurtureEngineService).advance());
  const [{ later }] = await api.ctx.ds.query(`SELECT count(*)::int AS later FROM nurture_enrolment WHERE nurture_id = $1`, [createNurture.id]);
  const [{ heldNow }] = await api.ctx.ds.query(`SELECT count(*)::int AS "heldNow" FROM strategy_assignment WHERE contact_id = $1 AND holdout`, [ids[0]]);
  expect(later).toBe(n + (heldNow > 0 ? 0 : 1));
});
