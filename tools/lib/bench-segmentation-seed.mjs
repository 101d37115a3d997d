// Seeding for tools/bench-segmentation.mjs: contacts, orders over three years, order lines,
// activities, mailings with opens and clicks, and opt-outs, all set-based in SQL. Values come
// from hashes of row numbers, so every run at one scale loads the same data. Every generated time
// is a whole number of days before the seed's start plus 2 to 22 hours, so no "in the last N days"
// boundary passes a generated row within two hours of the seed: the bench's counts and the
// hand-written check count the same rows however many seconds apart they run.

/** A deterministic integer in [0, n) from an integer SQL expression and a salt. */
const R = (expr, salt, n) => `((hashint8((${expr})::bigint * 64 + ${salt}) & 2147483647) % ${n})`;
/** A deterministic number in [0, 1). */
const U = (expr, salt) => `((hashint8((${expr})::bigint * 64 + ${salt}) & 2147483647) / 2147483648.0)`;
/** A moment `days` whole days before the seed's start ($t0), 2 to 22 hours further back. */
const AGO = (days, expr, salt) => `($t0::timestamptz - make_interval(days => (${days})::int, secs => 7200 + ${R(expr, salt, 72000)}))`;

/** Mean orders per customer of the class mix below (40 % once, 30 % 2–5, 20 % 6–15, 10 % 16–45). */
const MEAN_ORDERS = 0.4 * 1 + 0.3 * 3.5 + 0.2 * 10.5 + 0.1 * 30.5;
const TABLES = ['account', 'contact', 'order', 'order_line', 'activity', 'mailing_send', 'mailing_event'];
const PRODUCT_LINES = ['Hardware', 'Software', 'Services', 'Accessories', 'Training'];
const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'note', 'task'];
/** Days before the seed's start each mailing went out; each reached a quarter of the contacts. */
const MAILING_DAYS = [12, 40, 68, 96, 124, 152];
const lit = (list) => `ARRAY[${list.map((s) => `'${s}'`).join(',')}]`;

/** Seeds `contacts` and exactly `orders` orders (fewer only if the customers cannot carry them); returns steps and what was made. */
export async function seedSegmentation(db, { contacts: NC, orders: NO }) {
  const steps = [];
  /** Runs one named step: SQL statements (each a text, or [text, params]) one after another. */
  const step = async (name, ...statements) => {
    const t = performance.now();
    let r;
    for (const s of statements) r = Array.isArray(s) ? await db.query(s[0], s[1]) : await db.query(s);
    const seconds = (performance.now() - t) / 1000;
    steps.push({ name, seconds });
    console.log(`seed: ${name} in ${seconds.toFixed(1)} s`);
    return r;
  };
  const started = performance.now();
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(`SET statement_timeout = 0`);
  // The rows are consistent by construction; foreign-key triggers would only double the load time.
  await db.query(`SET session_replication_role = replica`);
  const { rows: [{ t0 }] } = await db.query(`SELECT date_trunc('second', now()) AS t0`);
  const p = (sql) => sql.replaceAll('$t0', `'${t0.toISOString()}'`);
  // The customer share that carries the orders at the class mix's mean (a little more, the last ones are cut).
  const share = Math.min(0.95, (NO / (NC * MEAN_ORDERS)) * 1.04);

  // Secondary indexes go for the load and come back from their own definitions.
  const { rows: indexes } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND i.indexdef NOT LIKE 'CREATE UNIQUE%'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [TABLES],
  );
  for (const ix of indexes) await db.query(`DROP INDEX "${ix.indexname}"`);

  const { rows: owners } = await db.query(`SELECT id, team_id FROM app_user WHERE role IN ('sales_rep', 'sales_manager', 'marketer') ORDER BY email`);
  const accounts = Math.max(1, Math.round(NC / 10));
  await step(
    `${accounts.toLocaleString('en')} accounts`,
    `CREATE TEMP TABLE seg_a AS SELECT n, uuidv7() AS id FROM generate_series(1, ${accounts}) n`,
    `CREATE UNIQUE INDEX ON seg_a (n)`,
    [
      `INSERT INTO account (id, name, name_normalized, industry, owner_id, team_id, created_at, updated_at)
     SELECT a.id, 'Segment Co ' || a.n, 'segment co ' || a.n, (ARRAY['Retail','Software','Logistics','Healthcare','Energy'])[1 + a.n % 5],
            ($1::uuid[])[1 + a.n % $3], ($2::uuid[])[1 + a.n % $3], now(), now() FROM seg_a a ORDER BY a.id`,
      [owners.map((o) => o.id), owners.map((o) => o.team_id), owners.length],
    ],
  );
  // Six in ten contacts belong to an account; languages 40 % en, 45 % zh-CN, 15 % zh-TW.
  await step(
    `${NC.toLocaleString('en')} contacts`,
    `CREATE TEMP TABLE seg_c AS
     SELECT c.n, uuidv7() AS id, a.id AS account_id FROM generate_series(1, ${NC}) c(n)
       LEFT JOIN seg_a a ON a.n = CASE WHEN ${R('c.n', 1, 10)} < 6 THEN 1 + ${R('c.n', 2, accounts)} END ORDER BY c.n`,
    `CREATE UNIQUE INDEX ON seg_c (n)`,
    'ANALYZE seg_c',
    [
      p(`INSERT INTO contact (id, account_id, first_name, last_name, name_normalized, title, emails, locale, owner_id, team_id, created_by, created_at, updated_at)
       SELECT c.id, c.account_id, 'Pat' || c.n, 'Segment', 'pat' || c.n || ' segment', (ARRAY['Buyer','Owner','Manager','Engineer'])[1 + ${R('c.n', 3, 4)}],
              ARRAY['pat' || c.n || '@seg.example'],
              CASE WHEN ${R('c.n', 4, 100)} < 40 THEN 'en' WHEN ${R('c.n', 4, 100)} < 85 THEN 'zh-CN' ELSE 'zh-TW' END,
              ($1::uuid[])[1 + c.n % $3], ($2::uuid[])[1 + c.n % $3], ($1::uuid[])[1 + c.n % $3], ${AGO(`1100 + ${R('c.n', 5, 300)}`, 'c.n', 6)}, now()
         FROM seg_c c ORDER BY c.id`),
      [owners.map((o) => o.id), owners.map((o) => o.team_id), owners.length],
    ],
  );
  // Customers: a class (once, occasional, regular, frequent) sets the number of orders; the first
  // order is up to three years back; some are still buying (85 % of the frequent, 65 % of the
  // regular, 35 % of the occasional buyers), the others stopped at some point; a customer's own
  // typical basket sets the amounts. Cut where the running total reaches the orders.
  await step(
    'customers',
    `CREATE TEMP TABLE seg_k AS
     SELECT x.*, sum(x.k) OVER (ORDER BY x.n ROWS UNBOUNDED PRECEDING) AS cum FROM (
       SELECT c.n, c.id, c.account_id, y.k, y.first_day,
              CASE WHEN y.k = 1 THEN y.first_day WHEN ${U('c.n', 13)} < CASE WHEN y.k >= 16 THEN 0.85 WHEN y.k >= 6 THEN 0.65 ELSE 0.35 END THEN ${R('c.n', 14, 30)} ELSE floor(${U('c.n', 15)} * y.first_day)::int END AS last_day,
              (ARRAY[60, 80, 100, 130, 170, 220])[1 + ${R('c.n', 16, 6)}] AS basket
         FROM seg_c c
        CROSS JOIN LATERAL (SELECT CASE WHEN ${U('c.n', 11)} < 0.4 THEN 1 WHEN ${U('c.n', 11)} < 0.7 THEN 2 + ${R('c.n', 12, 4)}
                                        WHEN ${U('c.n', 11)} < 0.9 THEN 6 + ${R('c.n', 12, 10)} ELSE 16 + ${R('c.n', 12, 30)} END AS k,
                                   30 + ${R('c.n', 17, 1065)} AS first_day) y
        WHERE ${U('c.n', 10)} < ${share}) x`,
    `DELETE FROM seg_k WHERE cum - k >= ${NO}`,
    `UPDATE seg_k SET k = k - (cum - ${NO}) WHERE cum > ${NO}`,
  );
  // Orders in time order (as a shop's export would arrive); 3 % returned, 1 % cancelled.
  const day = `(k.first_day - floor((k.first_day - k.last_day) * ((g - 1) + ${U('k.n * 64 + g', 21)}) / k.k))`;
  await step(
    `${NO.toLocaleString('en')} orders`,
    p(`INSERT INTO "order" (external_id, contact_id, account_id, ordered_at, currency, amount, status, source, created_at, updated_at)
       SELECT 'seg-' || k.n || '-' || g, k.id, k.account_id, t.at, 'CNY', round((k.basket * (0.4 + 1.2 * ${U('k.n * 64 + g', 22)}))::numeric, 2),
              CASE WHEN ${R('k.n * 64 + g', 23, 100)} < 3 THEN 'returned' WHEN ${R('k.n * 64 + g', 23, 100)} = 3 THEN 'cancelled' ELSE 'completed' END, 'import', t.at, t.at
         FROM seg_k k CROSS JOIN LATERAL generate_series(1, k.k) g
        CROSS JOIN LATERAL (SELECT ${AGO(day, 'k.n * 64 + g', 24)} AS at) t
        ORDER BY t.at`),
  );
  // A fifth of the orders have lines (a third of those two), with a product line and a SKU.
  await step(
    'order lines',
    `INSERT INTO order_line (order_id, line_no, sku, product_line, quantity, amount)
     SELECT o.id, l, 'SKU-' || (hashtext(o.external_id || l) & 1023), (${lit(PRODUCT_LINES)})[1 + ((hashtext(o.external_id || l) & 2147483647) % 5)], 1 + l % 2,
            round(o.amount / (1 + ((hashtext(o.external_id) & 2147483647) % 3 = 0)::int), 2)
       FROM "order" o CROSS JOIN LATERAL generate_series(1, 1 + ((hashtext(o.external_id) & 2147483647) % 3 = 0)::int) l
      WHERE o.external_id LIKE 'seg-%' AND (hashtext(o.external_id) & 2147483647) % 5 = 0`,
  );
  // 0–3 activities per contact over the last year (0.8 on average).
  await step(
    'activities',
    p(`INSERT INTO activity (type, subject, occurred_at, done, done_at, account_id, contact_id, owner_id, team_id, created_by, created_at, updated_at)
       SELECT (${lit(ACTIVITY_TYPES)})[1 + ${R('c.n * 4 + g', 31, 5)}], 'Bench follow-up', t.at, true, t.at, c.account_id, c.id, ct.owner_id, ct.team_id, ct.owner_id, t.at, t.at
         FROM seg_c c JOIN contact ct ON ct.id = c.id
        CROSS JOIN LATERAL generate_series(1, CASE WHEN ${R('c.n', 30, 10)} < 5 THEN 0 WHEN ${R('c.n', 30, 10)} < 8 THEN 1 WHEN ${R('c.n', 30, 10)} < 9 THEN 2 ELSE 3 END) g
        CROSS JOIN LATERAL (SELECT ${AGO(R('c.n * 4 + g', 32, 365), 'c.n * 4 + g', 33)} AS at) t`),
  );
  // Six completed mailings over the last five months, each to a quarter of the contacts; 30 % of
  // the sends opened within three days (an eighth of those by machines), 6 % clicked.
  await step(
    'mailings',
    p(`WITH st AS (INSERT INTO subscription_type (key, name, requires_opt_in) VALUES ('seg-news', 'Segment bench news', false) RETURNING id),
            cp AS (INSERT INTO campaign (name, type, status, currency) VALUES ('Segment bench', 'email', 'completed', 'CNY') RETURNING id),
            tp AS (INSERT INTO email_template (name, kind) VALUES ('Segment bench', 'marketing') RETURNING id),
            tv AS (INSERT INTO email_template_version (template_id, version, variants, content_key) SELECT id, 1, '[]', 'seg-bench' FROM tp RETURNING id, template_id)
       INSERT INTO mailing (name, campaign_id, template_id, template_version_id, subscription_type_id, audience, status, started_at, finished_at)
       SELECT 'Segment bench ' || d, cp.id, tv.template_id, tv.id, st.id, '{}', 'completed', ${AGO('d', 'd', 40)}, ${AGO('d', 'd', 40)}
         FROM st, cp, tv, unnest(${`ARRAY[${MAILING_DAYS.join(',')}]`}) d`),
  );
  await step(
    'mailing sends',
    p(`INSERT INTO mailing_send (mailing_id, address, contact_id, locale, status, sent_at, created_at)
       SELECT m.id, 'pat' || c.n || '@seg.example', c.id, 'en', 'sent', m.started_at, m.started_at
         FROM (SELECT id, started_at, row_number() OVER (ORDER BY started_at) AS i FROM mailing WHERE name LIKE 'Segment bench %') m
         JOIN seg_c c ON ${R('c.n * 8 + m.i', 41, 4)} = 0`),
  );
  await step(
    'mailing opens and clicks',
    p(`INSERT INTO mailing_event (send_id, mailing_id, kind, machine, occurred_at)
       SELECT s.id, s.mailing_id, e.kind, e.kind = 'open' AND ${R('s.id', 43, 8)} = 0,
              ${AGO(`greatest(0, floor(extract(epoch FROM $t0::timestamptz - s.sent_at) / 86400)::int - ${R('s.id', 44, 4)})`, 's.id', 45)}
         FROM mailing_send s JOIN mailing m ON m.id = s.mailing_id AND m.name LIKE 'Segment bench %'
        CROSS JOIN LATERAL (VALUES ('open'), ('click')) e(kind)
        WHERE ${R('s.id', 42, 100)} < CASE e.kind WHEN 'open' THEN 30 ELSE 6 END`),
  );
  // 3 % opted out of everything, 0.5 % suppressed (bounced).
  await step(
    'opt-outs',
    `WITH ev AS (INSERT INTO consent_event (address, status, lawful_basis, source) VALUES ('seed@seg.example', 'opted_out', 'consent', 'import') RETURNING id),
          g AS (INSERT INTO global_consent (address, status, event_id) SELECT 'pat' || c.n || '@seg.example', 'opted_out', ev.id FROM seg_c c, ev WHERE ${R('c.n', 50, 100)} < 3 RETURNING 1)
     INSERT INTO suppression (address, reason) SELECT 'pat' || c.n || '@seg.example', 'hard_bounce' FROM seg_c c WHERE ${R('c.n', 51, 200)} = 0`,
  );
  const t = performance.now();
  for (const ix of indexes) await db.query(ix.indexdef);
  steps.push({ name: `${indexes.length} secondary indexes rebuilt`, seconds: (performance.now() - t) / 1000 });
  console.log(`seed: ${indexes.length} secondary indexes rebuilt in ${steps.at(-1).seconds.toFixed(1)} s`);
  // VACUUM too: the visibility map lets the order index serve its aggregates index-only, as on a settled table.
  await step('VACUUM (ANALYZE)', `VACUUM (ANALYZE) ${TABLES.map((x) => `"${x}"`).join(', ')}, global_consent, suppression, mailing`);
  await step('CHECKPOINT', 'CHECKPOINT');
  await db.query(`DROP TABLE seg_a, seg_c, seg_k`);
  await db.query(`RESET ALL`);
  const { rows: [made] } = await db.query(
    `SELECT (SELECT count(*) FROM contact WHERE deleted_at IS NULL)::int AS contacts, (SELECT count(*) FROM contact WHERE account_id IS NOT NULL)::int AS "withAccount",
            (SELECT count(*) FROM "order")::int AS orders, (SELECT count(*) FROM "order" WHERE external_id LIKE 'seg-%')::int AS generated, (SELECT count(*) FROM "order" WHERE status = 'completed')::int AS completed,
            (SELECT count(DISTINCT contact_id) FROM "order" WHERE status = 'completed')::int AS customers, (SELECT count(*) FROM order_line)::int AS lines,
            (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM mailing_send)::int AS sends, (SELECT count(*) FROM mailing_event)::int AS "mailEvents",
            (SELECT count(*) FROM global_consent WHERE status = 'opted_out')::int AS "optedOut", (SELECT count(*) FROM suppression)::int AS suppressed,
            pg_size_pretty(pg_database_size(current_database())) AS "dbSize"`,
  );
  return { seconds: (performance.now() - started) / 1000, steps, made, t0 };
}
