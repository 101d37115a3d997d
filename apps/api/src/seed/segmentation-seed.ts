import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@rapport/shared-domain';
import { SegmentConditions } from '@rapport/shared-api';
import { CustomFieldsService } from '@rapport/shared-auth';
import { SALES_SEGMENT_CONDITIONS } from '@rapport/sales-data';
import { LEADS_SEGMENT_CONDITIONS } from '@rapport/leads-data';
import { MARKETING_SEGMENT_CONDITIONS } from '@rapport/marketing-data';
import { EVENTS_SEGMENT_CONDITIONS } from '@rapport/events-data';
import { MetricsRepository, OrderRepository, SEGMENTATION_CONDITIONS, SegmentRepository, StrategyRepository } from '@rapport/segmentation-data';
import { CustomerMetricsService, SegmentsService, StrategiesService } from '@rapport/segmentation-api';

const DAY = 86_400_000;

/**
 * Orders for the demo's customers (issue 17), set-based: about seven in ten contacts bought, each
 * with a story chosen by a hash of their email and name (not their id: ids differ on every load, and
 * the demo's segments must be the same sizes every time) — champions buying every few weeks up to now, loyal
 * regulars, big buyers who went quiet half a year ago (at risk), one-time buyers old and new, and
 * the lapsed — over two years, in the three product lines, a few returned or cancelled.
 */
export async function seedOrders(m: EntityManager): Promise<void> {
  await m.query(
    `WITH people AS (
       SELECT c.id, c.account_id, k.key, abs(hashtext(k.key)) % 100 AS h
         FROM contact c CROSS JOIN LATERAL (SELECT coalesce(c.emails[1], '') || ':' || c.name_normalized AS key) k
        WHERE c.deleted_at IS NULL
     ),
     story AS (
       SELECT id, account_id, key, h,
              CASE WHEN h < 8 THEN 'champion' WHEN h < 22 THEN 'loyal' WHEN h < 34 THEN 'at_risk' WHEN h < 48 THEN 'one_old'
                   WHEN h < 58 THEN 'new' WHEN h < 70 THEN 'lapsed' ELSE NULL END AS kind
         FROM people),
     plan AS (
       SELECT s.id, s.account_id, s.key, s.h, s.kind, g AS k,
              -- A few days of each person's own around the story's rhythm, so no two customers look alike.
              abs(hashtext(s.key || g)) % 6 + CASE s.kind
                WHEN 'champion' THEN 3 + g * (18 + s.h % 9)
                WHEN 'loyal' THEN 10 + g * (45 + s.h % 20)
                WHEN 'at_risk' THEN 190 + g * (30 + s.h % 10)
                WHEN 'one_old' THEN 300 + s.h * 4
                WHEN 'new' THEN 5 + s.h % 40
                ELSE 420 + g * 60 END AS days_ago
         FROM story s
         CROSS JOIN LATERAL generate_series(0, CASE s.kind WHEN 'champion' THEN 14 WHEN 'loyal' THEN 7 WHEN 'at_risk' THEN 9 WHEN 'lapsed' THEN 3 ELSE 0 END) g
        WHERE s.kind IS NOT NULL),
     orders AS (
       INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source)
       SELECT 'DEMO-' || upper(substr(md5(p.id::text || p.k), 1, 10)), p.id, p.account_id,
              now() - make_interval(days => p.days_ago, hours => p.h % 9),
              'CNY',
              (CASE p.kind WHEN 'champion' THEN 1800 WHEN 'at_risk' THEN 2600 WHEN 'loyal' THEN 900 ELSE 600 END + abs(hashtext(p.key || ':' || p.k)) % 700)::numeric,
              CASE WHEN (p.h + p.k) % 41 = 0 THEN 'returned' WHEN (p.h + p.k) % 53 = 0 THEN 'cancelled' ELSE 'completed' END,
              'import'
         FROM plan p WHERE p.days_ago < 730
       RETURNING id, amount, abs(hashtext(id::text)) % 3 AS line)
     INSERT INTO order_line (order_id, line_no, sku, product_line, quantity, amount)
     SELECT o.id, 1, (ARRAY['RP-CRM-STD', 'RP-IMPL', 'RP-EDGE-01'])[o.line + 1], (ARRAY['software', 'services', 'hardware'])[o.line + 1], 1, o.amount FROM orders o`,
  );
}

/**
 * After the demo's transaction: a metrics run (RFM, CLV, churn, lifecycle), three segments the
 * screens tell a story with, and a win-back strategy started six weeks ago whose treated customers
 * came back more often than its holdout. Runs through the same services as the API.
 */
export async function seedSegmentation(ds: DataSource, marketer: { id: string; teamId: string | null }): Promise<void> {
  const actor = { userId: marketer.id, role: Role.Marketer, teamId: marketer.teamId, teamIds: marketer.teamId ? [marketer.teamId] : [] };
  const metrics = new CustomerMetricsService(ds, new MetricsRepository(ds), new OrderRepository(ds));
  const run = await metrics.request(actor, {});
  await metrics.execute(run.id);

  const conditions = new SegmentConditions();
  conditions.register(...SALES_SEGMENT_CONDITIONS, ...LEADS_SEGMENT_CONDITIONS, ...MARKETING_SEGMENT_CONDITIONS, ...EVENTS_SEGMENT_CONDITIONS, ...SEGMENTATION_CONDITIONS);
  const strategyRepo = new StrategyRepository(ds);
  const segments = new SegmentsService(ds, new SegmentRepository(ds), conditions, new CustomFieldsService(ds), strategyRepo);
  const c = (condition: string, params: Record<string, unknown>) => ({ type: 'condition', condition, params });

  const atRisk = await segments.create(actor, {
    name: 'Valuable customers at risk',
    description: 'Bought in the last year, now at risk by RFM or churn risk, and still reachable by mail.',
    dynamic: true,
    refreshMinutes: 1440,
    rule: {
      type: 'and',
      rules: [
        c('orders.last', { op: 'within', days: 365 }),
        { type: 'or', rules: [c('metrics.rfmCell', { cells: ['at_risk', 'cannot_lose', 'about_to_sleep'] }), c('metrics.churnRisk', { bands: ['high'] })] },
        { type: 'not', rule: c('consent.optedOut', {}) },
      ],
    },
  });
  await segments.create(actor, { name: 'Champions', dynamic: true, refreshMinutes: 1440, rule: c('metrics.rfmCell', { cells: ['champions', 'loyal'] }) });
  await segments.create(actor, {
    name: 'Hardware buyers, no call this quarter',
    dynamic: true,
    refreshMinutes: 60,
    rule: { type: 'and', rules: [c('orders.bought', { productLine: 'hardware', lastDays: 365 }), { type: 'not', rule: c('activities.count', { types: ['call', 'meeting'], lastDays: 90 }) }] },
  });

  // Counts over time: the at-risk segment grew through the autumn (earlier refreshes of the story).
  await ds.query(
    `INSERT INTO segment_refresh (segment_id, refreshed_at, members, entered, "left", duration_ms, trigger)
     SELECT $1, now() - make_interval(days => 7 * w), greatest(0, $2 - 6 * w), 9 + w % 4, 3 + w % 3, 40 + w, 'schedule' FROM generate_series(1, 8) w`,
    [atRisk.id, atRisk.memberCount],
  );

  const strategies = new StrategiesService(ds, strategyRepo);
  const winBack = await strategies.create(actor, {
    segmentId: atRisk.id,
    name: 'Win back with a service voucher',
    description: 'A 15% voucher on services for valuable customers at risk; 10% held out.',
    holdoutShare: 0.1,
    seed: 20261,
    startsAt: new Date(Date.now() - 42 * DAY),
  });
  // Since the voucher went out, about a third of the treated bought again, and one in eight of the held out.
  await ds.query(
    `INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source)
     SELECT 'DEMO-WB-' || upper(substr(md5(a.contact_id::text), 1, 8)), a.contact_id, c.account_id, now() - make_interval(days => 3 + abs(hashtext(a.contact_id::text)) % 35), 'CNY', 1200, 'completed', 'import'
       FROM strategy_assignment a JOIN contact c ON c.id = a.contact_id
      WHERE a.strategy_id = $1 AND abs(hashtext(a.contact_id::text || 'wb')) % 100 < CASE WHEN a.holdout THEN 12 ELSE 34 END`,
    [winBack.id],
  );
}
