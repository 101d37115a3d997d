#!/usr/bin/env node
// `npm run bench`: boots the built app on a throw-away PostgreSQL and measures the platform's
// request paths under concurrency. Prints figures and rewrites the platform table in
// docs/performance.md, then runs tools/bench-sales.mjs (the sales domain at scale),
// tools/bench-leads.mjs (web-to-lead and routing under 200 concurrent submitters) and
// tools/bench-sla.mjs (routing latency beside the SLA check with 20,000 unanswered leads) and
// tools/bench-pdf.mjs (quote PDF download per language, cold and warm, against a REST floor) and
// tools/bench-marketing.mjs (the ROI table and a campaign's members at scale) and
// tools/bench-mailing.mjs (a 1M-recipient mailing's fan-out and the send rate) and
// tools/bench-events.mjs (200 concurrent event registrants with every confirmation sent once, and
// page-view ingestion against a floor) and tools/bench-segmentation.mjs (a segment's count and
// refresh, and the customer metrics run, over 5M orders and 1M contacts) and tools/bench-service.mjs
// (10,000 inbound emails over SMTP into cases, and 100,000 open cases' clocks recomputed after a
// calendar change while the API is timed) and tools/bench-routing.mjs and tools/bench-knowledge.mjs
// (issue 19: a routing backlog, and knowledge search over 50,000 articles).
// Load goes only to localhost; every loop is bounded in count and time.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { ensurePostgres } = await import('./lib/postgres.mjs');
const { waitForHttp } = await import('./lib/processes.mjs');
const { measureLoad } = await import('./lib/load.mjs');

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const port = 3980;
const base = `http://localhost:${port}`;

spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const state = path.join(root, 'tmp', 'bench');
fs.rmSync(state, { recursive: true, force: true });
const pg = await ensurePostgres({ dataDir: path.join(state, 'pg'), port: 54360, database: 'rapport_bench' });
const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: pg.url, PORT: String(port), SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn', WEB_DIST_DIR: path.join(root, 'dist', 'web') };
spawnSync(process.execPath, ['dist/server/apps/api/src/cli.js', 'migrate', 'seed'], { cwd: root, env, stdio: 'inherit' });
const api = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], { cwd: root, env, stdio: 'inherit' });

try {
  if (!(await waitForHttp(`${base}/api/ready`, 60_000))) throw new Error('API not ready');
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@rapport.dev", password: "rapport-demo" }) { user { id } } }' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const gql = (query) => () =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) }).then(check);
  const scenarios = [
    ['GraphQL `{ __typename }` (floor)', gql('{ __typename }')],
    ['GraphQL `me` (session check + 1 row)', gql('{ me { id email role } }')],
    ['GraphQL `users(first: 50)` with team + filter + totalCount', gql('{ users(first: 50, filter: { active: { eq: true } }, orderBy: [{ field: NAME, direction: ASC }]) { totalCount edges { node { id name team { name } } } } }')],
    ['REST `GET /api/v1/users`', () => fetch(`${base}/api/v1/users`, { headers: { cookie } }).then(check)],
    ['`GET /api/health`', () => fetch(`${base}/api/health`).then(check)],
  ];
  const rows = [];
  for (const [name, fn] of scenarios) {
    for (let i = 0; i < 50; i++) await fn(); // warm-up
    const r = await load(fn);
    rows.push({ name, ...r });
    console.log(`${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, errors ${r.errors}`);
  }
  writeReport(rows);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await pg.stop();
}

// Then the sales domain at scale (1M contacts) on its own throw-away PostgreSQL; already built.
const sales = spawnSync(process.execPath, ['tools/bench-sales.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (sales.status !== 0) process.exitCode = sales.status ?? 1;
const leads = spawnSync(process.execPath, ['tools/bench-leads.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (leads.status !== 0) process.exitCode = leads.status ?? 1;
// Routing latency with 20,000 unanswered leads in the SLA check's scope against none (issue 11).
const sla = spawnSync(process.execPath, ['tools/bench-sla.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (sla.status !== 0) process.exitCode = sla.status ?? 1;
// Quote PDF per language against a trivial REST GET of the same process (issue 12: ≤ 1 s).
const pdf = spawnSync(process.execPath, ['tools/bench-pdf.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (pdf.status !== 0) process.exitCode = pdf.status ?? 1;
// Marketing at scale (issue 14): the ROI table over 1M members and 100k deals, and a members page against the floor.
const marketing = spawnSync(process.execPath, ['tools/bench-marketing.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (marketing.status !== 0) process.exitCode = marketing.status ?? 1;
// Mailings at scale (issue 15): a 1M-recipient fan-out and one worker's send rate against an SMTP sink floor.
const mailing = spawnSync(process.execPath, ['tools/bench-mailing.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (mailing.status !== 0) process.exitCode = mailing.status ?? 1;
// Events (issue 16): registrations under one event's lock with every mail sent once, and page views against a floor.
const events = spawnSync(process.execPath, ['tools/bench-events.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (events.status !== 0) process.exitCode = events.status ?? 1;
// Segmentation (issue 17): a segment's count and refresh, and RFM + CLV for everyone, over 5M orders and 1M contacts.
const segmentation = spawnSync(process.execPath, ['tools/bench-segmentation.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (segmentation.status !== 0) process.exitCode = segmentation.status ?? 1;
// Service (issue 18): inbound mail into cases/threads, and the SLA recomputation after a calendar edit beside the API.
const service = spawnSync(process.execPath, ['tools/bench-service.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (service.status !== 0) process.exitCode = service.status ?? 1;
// Routing (issue 19): a 20,000-case backlog given out to 60 agents, decisions per second against a one-statement floor.
const routing = spawnSync(process.execPath, ['tools/bench-routing.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (routing.status !== 0) process.exitCode = routing.status ?? 1;
// Knowledge base (issue 19): search over 50,000 articles in three languages at 32 clients, against the floor.
const knowledge = spawnSync(process.execPath, ['tools/bench-knowledge.mjs', '--no-build'], { cwd: root, stdio: 'inherit' });
if (knowledge.status !== 0) process.exitCode = knowledge.status ?? 1;

async function check(res) {
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  await res.arrayBuffer();
}

function load(fn) {
  return measureLoad(fn, { concurrency: CONCURRENCY, ms: DURATION_MS });
}

function writeReport(rows) {
  const file = path.join(root, 'docs', 'performance.md');
  const marker = ['<!-- platform:start -->', '<!-- platform:end -->'];
  const table = [
    marker[0],
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on this machine (${cpuCount()} cores), ${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s each, client and server on the same machine, BullMQ on PostgreSQL, one API process.`,
    '',
    '| scenario | requests/s | p50 ms | p95 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} |`),
    marker[1],
  ].join('\n');
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n\nFigures come from `npm run bench`; each section says how it was measured.\n\n## Platform\n\n';
  doc = doc.includes(marker[0]) ? doc.replace(new RegExp(`${marker[0]}[\\s\\S]*${marker[1]}`), table) : `${doc}${table}\n`;
  fs.writeFileSync(file, doc);
  console.log(`wrote ${path.relative(root, file)}`);
}

function cpuCount() {
  return spawnSync('nproc').stdout.toString().trim();
}
