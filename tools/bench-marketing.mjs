#!/usr/bin/env node
// Marketing at scale (issue 14): part of `npm run bench`, or alone with
// `node tools/bench-marketing.mjs [--no-build] [--source] [--no-write]`.
//
// Seeds 500 campaigns, 1,000,000 members (200,000 contacts on five campaigns each, 30 % of them
// responding over a year) and 100,000 opportunities (a third won) set-based into a throw-away
// PostgreSQL, then measures against the built API:
// - the ROI table (`marketingReport`, every campaign's attributed return under the even model),
//   run alone five times: its median latency (target ≤ 1 s);
// - a campaign's members list (50 rows) at BENCH_CONCURRENCY clients, as a ratio of the
//   `{ __typename }` floor measured in the same run.
// Writes the "Marketing at scale" section of docs/performance.md. Load goes only to localhost.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { waitForHttp } = await import('./lib/processes.mjs');
const { startBenchStack, writeMarkedSection } = await import('./lib/bench-stack.mjs');
const { measureLoad } = await import('./lib/load.mjs');

const SCALE = Number(process.env.BENCH_MARKETING_SCALE ?? 1);
const VOLUME = { campaigns: 500, contacts: Math.round(200_000 * SCALE), perContact: 5, opportunities: Math.round(100_000 * SCALE) };
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECONDS = Number(process.env.BENCH_MARKETING_SECONDS ?? 10);
const port = 3987;
const base = `http://localhost:${port}`;
const fromSource = process.argv.includes('--source');
const write = !process.argv.includes('--no-write') && SCALE === 1;

if (!fromSource && !process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const stack = await startBenchStack({ root, name: 'bench-marketing', port, pgPort: 54367, database: 'rapport_bench_marketing', fromSource, env: { REDIS_URL: '' } });
const client = new pg.Client({ connectionString: stack.db.url });

try {
  if (!(await waitForHttp(`${base}/api/ready`, 120_000))) throw new Error('API not ready');
  await client.connect();
  const seeded = await seed();
  const cookie = await login('marketer@rapport.dev');
  const gql = (query, variables = {}) => async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (!res.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
    return body;
  };
  const report = gql('{ marketingReport(model: EVEN) { total { wonAmount actualCost roi } campaigns { campaign { id } roi } } }');
  await report(); // warm-up
  const solo = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await report();
    solo.push(performance.now() - t);
  }
  const { rows: [biggest] } = await client.query(`SELECT campaign_id AS id FROM campaign_member GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const members = gql('query($id: ID!) { campaign(id: $id) { members(first: 50) { edges { node { id status respondedAt contact { id name } } } } } }', { id: biggest.id });
  const floor = await load(gql('{ __typename }'));
  const list = await load(members);
  const result = {
    ...seeded,
    reportMedianMs: median(solo),
    reportRuns: solo.map((ms) => Math.round(ms)),
    floorRps: floor.rps,
    membersRps: list.rps,
    membersRatio: list.rps / floor.rps,
    membersP95: list.p95,
    errors: floor.errors + list.errors,
  };
  console.table(result);
  if (write) writeSection(result);
} finally {
  await client.end().catch(() => undefined);
  await stack.stop();
}

async function login(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "rapport-demo" }) { user { id } } }` }),
  });
  return res.headers.get('set-cookie').split(';')[0];
}

/** The volumes, in a handful of INSERT … SELECT generate_series statements; returns what was made. */
async function seed() {
  const t = performance.now();
  const { rows: [{ pipeline, open, won }] } = await client.query(
    `SELECT p.id AS pipeline, (SELECT id FROM stage WHERE pipeline_id = p.id AND NOT is_won AND NOT is_lost ORDER BY position LIMIT 1) AS open,
            (SELECT id FROM stage WHERE pipeline_id = p.id AND is_won LIMIT 1) AS won FROM pipeline p WHERE p.is_default`,
  );
  await client.query(
    `INSERT INTO campaign (name, type, status, channel, start_date, budget, currency)
     SELECT 'Bench campaign ' || n, (ARRAY['email','event','webinar','trade_show','advertising'])[1 + n % 5], 'completed',
            (ARRAY['Events','Digital','Partners'])[1 + n % 3], current_date - (n % 365), 10000, 'CNY'
       FROM generate_series(1, $1) n`,
    [VOLUME.campaigns],
  );
  await client.query(`INSERT INTO campaign_cost (campaign_id, incurred_on, category, amount, currency) SELECT id, current_date, 'Media', 5000, 'CNY' FROM campaign`);
  const accounts = Math.round(VOLUME.contacts / 4);
  await client.query(`INSERT INTO account (name, name_normalized) SELECT 'Bench account ' || n, 'bench account ' || n FROM generate_series(1, $1) n`, [accounts]);
  await client.query(
    `INSERT INTO contact (last_name, name_normalized, account_id)
     SELECT 'Bench ' || n, 'bench ' || n, a.id FROM generate_series(1, $1) n
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM account WHERE name LIKE 'Bench account %') a ON a.k = 1 + n % $2`,
    [VOLUME.contacts, accounts],
  );
  // Five distinct campaigns per contact; 30 % respond, on a day of the past year.
  await client.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contact WHERE last_name LIKE 'Bench %'),
          cp AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM campaign WHERE name LIKE 'Bench campaign %')
     INSERT INTO campaign_member (campaign_id, contact_id, status, responded_at)
     SELECT cp.id, c.id, CASE WHEN (c.n + j) % 10 < 3 THEN 'responded' ELSE 'sent' END,
            CASE WHEN (c.n + j) % 10 < 3 THEN now() - make_interval(days => ((c.n * 7 + j) % 365)::int) END
       FROM c CROSS JOIN generate_series(0, $1 - 1) j JOIN cp ON cp.k = (c.n * 7 + j * 101) % $2`,
    [VOLUME.perContact, VOLUME.campaigns],
  );
  await client.query(
    `INSERT INTO opportunity (name, account_id, pipeline_id, stage_id, amount, created_at)
     SELECT 'Bench deal ' || n, a.id, $2, CASE WHEN n % 3 = 0 THEN $4::uuid ELSE $3::uuid END, 1000 + n % 50000, now() - make_interval(days => (n % 330)::int)
       FROM generate_series(1, $1) n JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM account WHERE name LIKE 'Bench account %') a ON a.k = 1 + n % $5`,
    [VOLUME.opportunities, pipeline, open, won, accounts],
  );
  await client.query('ANALYZE');
  const { rows: [counts] } = await client.query(`SELECT (SELECT count(*) FROM campaign)::int AS campaigns, (SELECT count(*) FROM campaign_member)::int AS members, (SELECT count(*) FROM opportunity)::int AS opportunities`);
  return { ...counts, seedSeconds: Math.round((performance.now() - t) / 100) / 10 };
}

async function load(fn) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  return measureLoad(fn, { concurrency: CONCURRENCY, ms: SECONDS * 1000 });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function writeSection(r) {
  const block = [
    '<!-- marketing:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (tools/bench-marketing.mjs) on this machine: ${r.campaigns} campaigns, ${r.members.toLocaleString('en')} members, ${r.opportunities.toLocaleString('en')} opportunities (a third won), seeded in ${r.seedSeconds} s.`,
    '',
    '| figure | value | target |',
    '| --- | ---: | --- |',
    `| ROI table (\`marketingReport\`, even model, every campaign), median of 5 runs alone | ${Math.round(r.reportMedianMs)} ms (runs ${r.reportRuns.join(', ')}) | ≤ 1,000 ms |`,
    `| campaign members list (50 rows) at ${CONCURRENCY} clients, ratio to \`{ __typename }\` | ${r.membersRatio.toFixed(3)} (${Math.round(r.membersRps)} vs ${Math.round(r.floorRps)} req/s, p95 ${Math.round(r.membersP95)} ms) | a ratio, recorded |`,
    '<!-- marketing:end -->',
  ].join('\n');
  writeMarkedSection(path.join(root, 'docs', 'performance.md'), 'marketing', block, 'Marketing at scale');
  console.log('wrote docs/performance.md (marketing)');
}
