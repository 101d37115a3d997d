// Seeding for tools/bench-sales.mjs: everything set-based in SQL. Values come from hashes of the
// row number, so every run loads the same data. `describeData` reads back what a database holds,
// for a fresh seed and for a database reused with --reuse alike.

/** A deterministic pseudo-random integer in [0, n) from an integer SQL expression and a salt. */
const R = (expr, salt, n) => `((hashint4(((${expr}) * 64 + ${salt})::int) & 2147483647) % ${n})`;
/** A deterministic pick from a list, from a hashed text expression. */
const H = (expr, salt, n) => `((hashtext((${expr}) || '${salt}') & 2147483647) % ${n})`;
const lit = (list) => `ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;
const pickR = (list, expr, salt) => `(${lit(list)})[1 + ${R(expr, salt, list.length)}]`;

const CITIES = ['北京', '上海', '深圳', '杭州', '广州', '成都', '南京', '武汉', '苏州', '台北', '新竹', '香港'];
const CN_C1 = ['星', '华', '远', '恒', '瑞', '天', '鼎', '金', '云', '博', '智', '海', '宏', '新', '东', '中', '安', '盛', '泰', '嘉'];
const CN_C2 = ['辰', '信', '航', '通', '丰', '成', '桥', '图', '联', '纳', '达', '创', '源', '益', '邦', '腾', '捷', '和', '康', '明'];
const CN_KINDS = ['科技', '贸易', '信息技术', '物流', '医药', '能源', '电子', '实业'];
// All stripped by normalizeCompanyName, so name_normalized is the name without them.
const CN_SUFFIXES = ['有限公司', '股份有限公司', '集团'];
const EN_CORES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne', 'Tyrell', 'Oceanic', 'Massive', 'Aperture', 'Nakatomi', 'Virtucon', 'Monarch', 'Gekko', 'Dunder', 'Prestige', 'Sterling', 'Bluth', 'Wernham', 'Krusty', 'Duff', 'Vehement', 'Atlas', 'Zenith', 'Orion'];
const EN_MIDS = ['Pacific', 'Global', 'United', 'Northern', 'Golden', 'Summit', 'Eastern', 'Silver'];
const EN_KINDS = ['Trading', 'Logistics', 'Software', 'Foods', 'Manufacturing', 'Pharma', 'Retail', 'Energy'];
// Also stripped by normalizeCompanyName (after punctuation becomes spaces).
const EN_SUFFIXES = ['Co., Ltd.', 'Inc.', 'Ltd.', 'Group'];
const INDUSTRIES = ['Manufacturing', 'Retail', 'Software', 'Logistics', 'Healthcare', 'Finance', 'Energy', 'Education'];
const TERRITORIES = ['North China', 'East China', 'South China', 'West China', 'Taiwan', 'Hong Kong', 'International'];
const TIERS = ['strategic', 'key', 'standard', 'standard', 'small'];
const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
const CN_PINYIN = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'xu', 'han', 'feng', 'deng', 'cao'];
const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '婷', '晨', '欣', '浩', '宇', '佳', '思', '子', '文'];
const EN_FIRST = ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emma', 'Daniel', 'Olivia', 'Kevin', 'Grace', 'John', 'Patricia', 'William', 'Jennifer', 'Richard', 'Elizabeth', 'Joseph', 'Susan', 'Thomas', 'Jessica', 'Charles', 'Karen', 'Christopher', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley', 'Paul', 'Emily', 'Andrew', 'Michelle', 'Joshua', 'Amanda'];
const EN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Watson', 'Ward', 'Wallace', 'Warren', 'Chen', 'Wang', 'Kim', 'Patel', 'Singh', 'Tan'];
const TITLES = ['CEO', 'CFO', 'CTO', 'Purchasing Manager', 'IT Director', '采购经理', '总经理', '信息部主管', 'Operations Lead', 'Sales Director'];
const PRODUCTS = ['CRM Suite', 'Service Desk', 'Marketing Cloud', 'Analytics', 'Implementation'];
const NEXT_STEPS = ['Send proposal', 'Demo for IT', '安排高层会议', 'Follow up on pricing', '确认预算'];
const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'note', 'task'];
const SUBJECTS = ['Discovery call', 'Quarterly review', 'Sent pricing', 'Demo follow-up', 'Contract questions', '电话回访', '上门拜访', '发送报价'];
export const SALES_TABLES = ['account', 'contact', 'activity', 'opportunity', 'timeline_event'];

/** Seeds `volume` on top of `migrate seed`; returns the time each step took. */
export async function seedAtScale(db, { volume: VOLUME, ownerEmails: OWNER_EMAILS, westNames: WEST_NAMES }) {
  const { accounts: NA, contacts: NC, keyAccounts: KEY, contactsPerKeyAccount: PER_KEY } = VOLUME;
  const KEYC = KEY * PER_KEY;
  if (NC < KEYC + (NA - KEY)) throw new Error('too few contacts for the key accounts at this scale');
  const steps = [];
  const step = async (name, fn) => {
    const t = Date.now();
    const r = await fn();
    const seconds = (Date.now() - t) / 1000;
    steps.push({ name, seconds });
    console.log(`seed: ${name} in ${seconds.toFixed(1)} s`);
    return r;
  };
  const t0 = Date.now();
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(`SET temp_buffers = '256MB'`);
  await db.query(`SET statement_timeout = '20min'`);
  // uuidv7() is time-ordered: everything inserted from here on has a larger id than the demo data.
  const { rows: [{ boundary }] } = await db.query(`SELECT uuidv7() AS boundary`);

  const users = await step('users and teams', async () => {
    await db.query(
      `WITH west AS (INSERT INTO team (name, parent_id) SELECT 'Sales West', id FROM team WHERE name = 'Rapport Demo Co.' RETURNING id)
       INSERT INTO app_user (email, name, role, team_id, locale, password_hash)
       SELECT 'west.rep' || g || '@rapport.dev', ($1::text[])[g], 'sales_rep', west.id, 'en', (SELECT password_hash FROM app_user WHERE email = 'rep1@rapport.dev')
         FROM west, generate_series(1, 7) g`,
      [WEST_NAMES],
    );
    await db.query(
      `CREATE TEMP TABLE bench_owner AS
       SELECT (array_position($1::text[], u.email) - 1) AS idx, u.id AS user_id, u.team_id FROM app_user u WHERE u.email = ANY($1::text[])`,
      [OWNER_EMAILS],
    );
    const { rows } = await db.query(`SELECT email, id FROM app_user WHERE email IN ('rep1@rapport.dev', 'admin@rapport.dev')`);
    const byEmail = Object.fromEntries(rows.map((r) => [r.email, r.id]));
    const { rows: [{ n }] } = await db.query(`SELECT count(*)::int AS n FROM bench_owner`);
    if (n !== OWNER_EMAILS.length) throw new Error(`expected ${OWNER_EMAILS.length} owners, found ${n}`);
    return { rep1: byEmail['rep1@rapport.dev'], admin: byEmail['admin@rapport.dev'] };
  });
  const owners = OWNER_EMAILS.length;

  // Secondary indexes are dropped for the load and rebuilt from their own definitions afterwards.
  const { rows: indexes } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND i.indexdef NOT LIKE 'CREATE UNIQUE%'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [SALES_TABLES],
  );
  for (const ix of indexes) await db.query(`DROP INDEX "${ix.indexname}"`);

  await step(`${NA.toLocaleString('en')} accounts`, async () => {
    await db.query(`
      CREATE TEMP TABLE acc_map AS
      SELECT p.s, uuidv7() AS id, o.user_id AS owner_id, o.team_id, p.chinese,
             CASE WHEN p.chinese THEN p.city || p.c1 || p.c2 || p.kind_cn || p.suffix_cn ELSE p.core || ' ' || p.mid || ' ' || p.kind_en || ' ' || p.suffix_en END AS name,
             CASE WHEN p.chinese THEN p.city || p.c1 || p.c2 || p.kind_cn ELSE lower(p.core || ' ' || p.mid || ' ' || p.kind_en) END AS name_normalized,
             CASE WHEN p.chinese THEN 'cn' || p.s || '.example.cn' ELSE lower(p.core) || p.s || '.example.com' END AS domain,
             p.industry, p.tier, p.territory, p.revenue, p.employees, p.created_at
        FROM (SELECT s, ${R('s', 1, 100)} < 55 AS chinese,
                     ${pickR(CITIES, 's', 2)} AS city, ${pickR(CN_C1, 's', 3)} AS c1, ${pickR(CN_C2, 's', 4)} AS c2,
                     ${pickR(CN_KINDS, 's', 5)} AS kind_cn, ${pickR(CN_SUFFIXES, 's', 6)} AS suffix_cn,
                     ${pickR(EN_CORES, 's', 7)} AS core, ${pickR(EN_MIDS, 's', 8)} AS mid, ${pickR(EN_KINDS, 's', 9)} AS kind_en,
                     ${pickR(EN_SUFFIXES, 's', 10)} AS suffix_en, ${pickR(INDUSTRIES, 's', 11)} AS industry, ${pickR(TIERS, 's', 12)} AS tier,
                     ${pickR(TERRITORIES, 's', 13)} AS territory, (${R('s', 14, 50000)} * 1000)::numeric AS revenue, 5 + ${R('s', 15, 5000)} AS employees,
                     now() - make_interval(mins => ${R('s', 16, 3 * 525600)}) AS created_at
                FROM generate_series(1, ${NA}) s) p
        JOIN bench_owner o ON o.idx = (p.s - 1) % ${owners}`);
    await db.query(`CREATE UNIQUE INDEX ON acc_map (s)`);
    await db.query(`ANALYZE acc_map`);
    await db.query(`
      INSERT INTO account (id, name, name_normalized, industry, tier, territory, website, annual_revenue, employee_count, owner_id, team_id, created_by, created_at, updated_at)
      SELECT id, name, name_normalized, industry, tier, territory, 'https://www.' || domain, revenue, employees, owner_id, team_id, owner_id, created_at, created_at
        FROM acc_map ORDER BY id`);
  });

  await step(`${NC.toLocaleString('en')} contacts`, async () => {
    await db.query(`
      INSERT INTO contact (account_id, first_name, last_name, name_normalized, title, emails, phones, phones_normalized, locale, owner_id, team_id, created_by, created_at, updated_at)
      SELECT x.account_id, n.first_name, n.last_name, lower(n.first_name || ' ' || n.last_name), ${pickR(TITLES, 'x.c', 6)},
             ARRAY[n.local || '@' || x.domain], ARRAY[n.phone], ARRAY['+86' || n.phone], CASE WHEN x.chinese THEN 'zh-CN' ELSE 'en' END,
             x.owner_id, x.team_id, x.owner_id, n.created_at, n.created_at
        FROM (SELECT q.c, a.id AS account_id, a.domain, a.owner_id, a.team_id,
                     CASE WHEN a.chinese THEN ${R('q.c', 1, 100)} < 85 ELSE ${R('q.c', 1, 100)} < 15 END AS chinese
                FROM (SELECT c, CASE WHEN c <= ${KEYC} THEN (c - 1) / ${PER_KEY} + 1 ELSE ${KEY} + 1 + (c - ${KEYC} - 1) % ${NA - KEY} END AS a_s
                        FROM generate_series(1, ${NC}) c) q
                JOIN acc_map a ON a.s = q.a_s) x
        CROSS JOIN LATERAL (
          SELECT CASE WHEN x.chinese THEN ${pickR(CN_GIVEN, 'x.c', 2)} || CASE WHEN ${R('x.c', 3, 3)} > 0 THEN ${pickR(CN_GIVEN, 'x.c', 4)} ELSE '' END
                      ELSE ${pickR(EN_FIRST, 'x.c', 2)} END AS first_name,
                 CASE WHEN x.chinese THEN ${pickR(CN_SURNAMES, 'x.c', 5)} ELSE ${pickR(EN_LAST, 'x.c', 5)} END AS last_name,
                 CASE WHEN x.chinese THEN ${pickR(CN_PINYIN, 'x.c', 5)} || '.' || x.c
                      ELSE lower(${pickR(EN_FIRST, 'x.c', 2)} || '.' || ${pickR(EN_LAST, 'x.c', 5)}) || x.c END AS local,
                 '13' || lpad(${R('x.c', 7, 1000000000)}::text, 9, '0') AS phone,
                 now() - make_interval(mins => ${R('x.c', 8, 2 * 525600)}) AS created_at
        ) n`);
  });

  const { rows: stages } = await db.query(`SELECT s.id, s.is_won OR s.is_lost AS closed, p.id AS pipeline_id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.is_default ORDER BY s.position`);
  await step('opportunities', async () => {
    const g = `(a.s * 32 + g)`;
    await db.query(
      `INSERT INTO opportunity (name, account_id, pipeline_id, stage_id, amount, close_date, closed_at, next_step, owner_id, team_id, created_by, created_at, updated_at, stage_changed_at)
       SELECT left(a.name, 24) || ' – ' || ${pickR(PRODUCTS, g, 1)}, a.id, $3::uuid, ($1::uuid[])[k.i], round((10000 + ${R(g, 3, 2000000)}) / 100.0) * 100,
              k.close_date, CASE WHEN ($2::bool[])[k.i] THEN k.close_date::timestamptz END,
              CASE WHEN ${R(g, 4, 10)} < 6 THEN ${pickR(NEXT_STEPS, g, 5)} END, a.owner_id, a.team_id, a.owner_id, k.created_at, k.created_at, k.created_at
         FROM acc_map a
        CROSS JOIN LATERAL generate_series(1, CASE WHEN a.s <= ${KEY} THEN ${VOLUME.opportunitiesPerKeyAccount} WHEN a.s % 2 = 0 THEN 1 ELSE 0 END) g
        CROSS JOIN LATERAL (SELECT 1 + ${R(g, 2, stages.length)} AS i, (now() + make_interval(days => ${R(g, 6, 420)} - 180))::date AS close_date,
                                   now() - make_interval(days => ${R(g, 7, 365)}) AS created_at) k`,
      [stages.map((s) => s.id), stages.map((s) => s.closed), stages[0].pipeline_id],
    );
  });

  await step(`${(NC * VOLUME.activitiesPerContact).toLocaleString('en')} activities`, async () => {
    await db.query(
      `INSERT INTO activity (type, subject, occurred_at, due_at, done, done_at, account_id, contact_id, owner_id, team_id, created_by, created_at, updated_at)
       SELECT t.type, t.subject, t.at, CASE WHEN t.type = 'task' THEN t.at + interval '3 days' END, t.at < now() - interval '2 days',
              CASE WHEN t.at < now() - interval '2 days' THEN t.at END, c.account_id, c.id, c.owner_id, c.team_id, c.owner_id, t.at, t.at
         FROM contact c
        CROSS JOIN generate_series(1, ${VOLUME.activitiesPerContact}) g
        CROSS JOIN LATERAL (SELECT (${lit(ACTIVITY_TYPES)})[1 + ${H(`c.id::text || g`, 't', ACTIVITY_TYPES.length)}] AS type,
                                   (${lit(SUBJECTS)})[1 + ${H(`c.id::text || g`, 's', SUBJECTS.length)}] AS subject,
                                   now() - make_interval(mins => ${H(`c.id::text || g`, 'd', 525600)}) AS at) t
        WHERE c.id > $1`,
      [boundary],
    );
  });

  await step('timeline events', async () => {
    await db.query(
      `INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, actor_id, payload)
       SELECT 'account', id, 'record.created', created_at, owner_id, jsonb_build_object('name', name) FROM account WHERE id > $1`,
      [boundary],
    );
    await db.query(
      `INSERT INTO timeline_event (subject_type, subject_id, event_type, object_type, object_id, occurred_at, actor_id, payload)
       SELECT 'account', a.account_id, 'activity.logged', 'activity', a.id, a.occurred_at, a.owner_id,
              jsonb_build_object('activityId', a.id, 'type', a.type, 'subject', a.subject, 'done', a.done)
         FROM activity a WHERE a.id > $1 AND a.account_id IS NOT NULL`,
      [boundary],
    );
    await db.query(
      `INSERT INTO timeline_event (subject_type, subject_id, event_type, object_type, object_id, occurred_at, actor_id, payload)
       SELECT 'account', o.account_id, 'opportunity.created', 'opportunity', o.id, o.created_at, o.owner_id,
              jsonb_build_object('opportunityId', o.id, 'name', o.name, 'stage', s.name, 'amount', o.amount)
         FROM opportunity o JOIN stage s ON s.id = o.stage_id WHERE o.id > $1`,
      [boundary],
    );
  });

  await step('record shares', async () => {
    // About one in a thousand of other people's contacts and accounts is shared with rep1.
    await db.query(
      `INSERT INTO record_share (object_type, record_id, user_id, access, created_by)
       SELECT 'contact', c.id, $2::uuid, 'read', $3::uuid FROM contact c WHERE c.id > $1 AND c.owner_id <> $2 AND (hashtext(c.id::text) & 1023) = 0
       UNION ALL
       SELECT 'account', a.id, $2::uuid, 'read', $3::uuid FROM account a WHERE a.id > $1 AND a.owner_id <> $2 AND (hashtext(a.id::text) & 1023) = 0`,
      [boundary, users.rep1, users.admin],
    );
  });

  await step(`${indexes.length} secondary indexes rebuilt`, async () => {
    for (const ix of indexes) await db.query(ix.indexdef);
  });
  await step('VACUUM (ANALYZE)', async () => {
    await db.query(`VACUUM (ANALYZE) ${[...SALES_TABLES, 'record_share', 'app_user', 'team', 'user_session'].join(', ')}`);
  });
  await step('CHECKPOINT', () => db.query('CHECKPOINT'));
  const seconds = (Date.now() - t0) / 1000;

  await db.query(`DROP TABLE acc_map, bench_owner`);
  await db.query(`RESET ALL`);
  console.log(`seed: ${seconds.toFixed(0)} s in total`);
  return { seconds, steps };
}

/**
 * What the database holds: row counts, what rep1 owns, its size, and rep1's key accounts (the
 * accounts with a full 360 page: they alone carry `contactsPerKeyAccount` contacts).
 */
export async function describeData(db, { volume, ownerEmails }) {
  const { rows: [{ id: rep1 }] } = await db.query(`SELECT id FROM app_user WHERE email = 'rep1@rapport.dev'`);
  const { rows: keyRows } = await db.query(
    `SELECT a.id FROM account a
      WHERE a.owner_id = $1 AND (SELECT count(*) FROM contact c WHERE c.account_id = a.id) >= $2
      ORDER BY a.id LIMIT $3`,
    [rep1, volume.contactsPerKeyAccount, volume.keyAccounts],
  );
  const counts = {};
  for (const t of [...SALES_TABLES, 'lead', 'record_share', 'app_user']) {
    counts[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  }
  const mine = {};
  for (const t of ['account', 'contact', 'activity']) {
    mine[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t} WHERE owner_id = $1`, [rep1])).rows[0].n);
  }
  const { rows: [size] } = await db.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS db`);
  console.log(`data: rows ${JSON.stringify(counts)}; rep1 owns ${JSON.stringify(mine)}; ${keyRows.length} key accounts of rep1; database ${size.db}`);
  return { counts, rep1Owns: mine, owners: ownerEmails.length, dbSize: size.db, rep1KeyAccounts: keyRows.map((r) => r.id) };
}
