import { EntityManager } from 'typeorm';
import { seedPicklist } from './picklist-seed';

/**
 * SKU, canonical (English) name, its zh-CN and zh-TW translations, line, unit, list price. The
 * Traditional names use Taiwan's terms (使用者授權, 行銷, 入口網站, 導入, 教育訓練, 人日), not
 * Simplified ones converted character by character.
 */
const PRODUCTS: [string, string, string, string, string, string, number][] = [
  ['CRM-SEAT', 'Rapport Cloud seat (year)', '云座席（年）', '雲端使用者授權（年）', 'software', 'seat', 1200],
  ['CRM-SEAT-ENT', 'Rapport Enterprise seat (year)', '企业版座席（年）', '企業版使用者授權（年）', 'software', 'seat', 2400],
  ['MKT-PACK', 'Marketing automation pack', '营销自动化套件', '行銷自動化套件', 'software', 'each', 30000],
  ['SVC-PORTAL', 'Self-service portal', '自助服务门户', '自助服務入口網站', 'software', 'each', 18000],
  ['IMPL-DAY', 'Implementation day', '实施服务（人天）', '導入服務（人日）', 'services', 'day', 3500],
  ['TRAIN-DAY', 'Training day', '培训（人天）', '教育訓練（人日）', 'services', 'day', 2800],
  ['HW-KIOSK', 'Service kiosk', '服务终端', '自助服務機', 'hardware', 'each', 9800],
];

/**
 * Catalog and revenue for the demo org: products in three lines (named in English, 简体 and 繁體),
 * a standard price book with volume tiers, a cheaper book for strategic accounts, quotas for the
 * reps this quarter and next, a few open commitments. Quotes are left for people to make (they
 * are the point of the demo).
 */
export async function seedRevenue(m: EntityManager, ids: { reps: string[]; managerId: string }): Promise<void> {
  await seedPicklist(m, 'productLine', [
    ['software', '软件', '軟體', 'Software'],
    ['services', '服务', '服務', 'Services'],
    ['hardware', '硬件', '硬體', 'Hardware'],
  ]);
  // Names in English with their Chinese translations (docs/adr/0010): each reader sees their own.
  const products: { id: string; sku: string }[] = await m.query(
    `INSERT INTO product (sku, name, names, product_line, unit) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::text[]) RETURNING id, sku`,
    [
      PRODUCTS.map((p) => p[0]),
      PRODUCTS.map((p) => p[1]),
      PRODUCTS.map((p) => JSON.stringify({ 'zh-CN': p[2], 'zh-TW': p[3] })),
      PRODUCTS.map((p) => p[4]),
      PRODUCTS.map((p) => p[5]),
    ],
  );
  // Exchange rates to CNY (the base) on the first of each of the last 13 months, wobbling a little
  // from month to month, so amounts in other currencies convert at the rate of their day.
  await m.query(
    `INSERT INTO exchange_rate (currency, valid_from, rate)
     SELECT r.currency, (date_trunc('month', current_date) - make_interval(months => k))::date, round(r.rate * (1 + 0.004 * sin(k))::numeric, 6)
       FROM (VALUES ('USD', 7.18), ('EUR', 7.82), ('HKD', 0.92), ('TWD', 0.222), ('JPY', 0.0478)) AS r(currency, rate), generate_series(0, 12) AS k`,
  );
  const [standard] = await m.query(`INSERT INTO price_book (name, kind, currency) VALUES ('Standard 2026 · 标准价目表', 'standard', 'CNY') RETURNING id`);
  const [strategic] = await m.query(`INSERT INTO price_book (name, kind, tier, currency) VALUES ('Strategic accounts · 战略客户价目表', 'tier', 'strategic', 'CNY') RETURNING id`);
  const rows: [string, string, number, number][] = [];
  for (const [sku, , , , , , price] of PRODUCTS) {
    const id = products.find((p) => p.sku === sku)!.id;
    rows.push([standard.id, id, 1, price]);
    if (sku.startsWith('CRM-SEAT')) rows.push([standard.id, id, 50, Math.round(price * 0.9)], [standard.id, id, 200, Math.round(price * 0.8)]);
    rows.push([strategic.id, id, 1, Math.round(price * 0.92)]);
  }
  await m.query(
    `INSERT INTO price_book_entry (price_book_id, product_id, min_quantity, unit_price) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::numeric[])`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
  await m.query(`INSERT INTO discount_tolerance (role, product_line, max_discount_percent) VALUES ('sales_rep', 'hardware', 5)`);
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const next = quarter === 4 ? { year: now.getUTCFullYear() + 1, quarter: 1 } : { year: now.getUTCFullYear(), quarter: quarter + 1 };
  for (const userId of ids.reps) {
    await m.query(`INSERT INTO quota (user_id, year, quarter, amount) VALUES ($1, $2, $3, 3000000), ($1, $4, $5, 3500000)`, [userId, now.getUTCFullYear(), quarter, next.year, next.quarter]);
  }
  // Six weeks of forecast history so the trend chart has a story: the call firms up week by week.
  await m.query(
    `INSERT INTO forecast_snapshot (taken_on, user_id, team_id, year, quarter, categories, weighted_cents)
     SELECT (current_date - w * 7), u.id, u.team_id, $2, $3,
            jsonb_build_object('pipeline', (f.pipeline * (1 + w * 0.08))::bigint, 'best_case', (f.best_case * (1 + w * 0.03))::bigint,
                               'commit', (f.commit * (1 - w * 0.07))::bigint, 'closed', (f.closed * (1 - w * 0.12))::bigint, 'omitted', 0),
            (f.weighted * (1 - w * 0.04))::bigint
       FROM app_user u CROSS JOIN generate_series(1, 6) w
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(o.amount * 100) FILTER (WHERE NOT s.is_won AND s.forecast_category = 'pipeline'), 0) AS pipeline,
                coalesce(sum(o.amount * 100) FILTER (WHERE NOT s.is_won AND s.forecast_category = 'best_case'), 0) AS best_case,
                coalesce(sum(o.amount * 100) FILTER (WHERE NOT s.is_won AND s.forecast_category IN ('commit', 'closed')), 0) AS commit,
                coalesce(sum(o.amount * 100) FILTER (WHERE s.is_won), 0) AS closed,
                coalesce(sum(o.amount * s.probability) FILTER (WHERE NOT s.is_won), 0) AS weighted
           FROM opportunity o JOIN stage s ON s.id = o.stage_id
          WHERE o.owner_id = u.id AND NOT s.is_lost AND COALESCE(o.closed_at::date, o.close_date) >= date_trunc('quarter', current_date)::date
            AND COALESCE(o.closed_at::date, o.close_date) < (date_trunc('quarter', current_date) + interval '3 months')::date
       ) f
      WHERE u.id = ANY($1::uuid[]) AND (current_date - w * 7) >= date_trunc('quarter', current_date)::date`,
    [ids.reps, now.getUTCFullYear(), quarter],
  );
  await m.query(
    `INSERT INTO commitment (kind, description, due_at, account_id, opportunity_id, owner_id, team_id, created_by)
     SELECT k.kind, k.description, now() + (k.days || ' days')::interval, o.account_id, o.id, o.owner_id, o.team_id, o.owner_id
       FROM (SELECT o.*, row_number() OVER (ORDER BY o.created_at) AS n FROM opportunity o WHERE o.closed_at IS NULL AND o.owner_id = ANY($1::uuid[])) o
       JOIN (VALUES (1, 'discount', '续约签约即享 5% 折扣 · 5% off if the renewal is signed this month', 12),
                    (2, 'delivery_date', 'Go-live before Chinese New Year · 春节前上线', 40),
                    (3, 'follow_up', '周五前发送安全白皮书 · Send the security white paper by Friday', 3),
                    (4, 'free_service', 'Two free training days · 赠送两天培训', 30)) AS k(n, kind, description, days) ON k.n = o.n`,
    [ids.reps],
  );
}
