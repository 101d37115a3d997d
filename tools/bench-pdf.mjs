#!/usr/bin/env node
// Quote PDF download time: part of `npm run bench`, or alone with
// `node tools/bench-pdf.mjs [--no-build] [--source] [--out FILE]` (--source runs the TypeScript
// with @swc-node/register instead of the build in dist/; --out writes the table to FILE instead of
// docs/performance.md).
//
// Issue 12: a quote PDF took 12–16 s per download (fontkit inflated the CJK font's 2.4 MB glyph
// table again for every glyph). For each language the bench boots a fresh API process and times,
// one request at a time: a trivial authenticated REST GET (the floor: session + one small query),
// the first PDF of the process (cold: the font is unpacked then) and BENCH_PDF_REQUESTS more
// (warm). The figures are milliseconds and the ratio to the floor of the same process; the
// target is ≤ 1 s per PDF. Load goes only to localhost.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { ensurePostgres } = await import('./lib/postgres.mjs');
const { waitForHttp } = await import('./lib/processes.mjs');

const REQUESTS = Number(process.env.BENCH_PDF_REQUESTS ?? 30);
const port = Number(process.env.BENCH_PDF_PORT ?? 3987);
const pgPort = Number(process.env.BENCH_PDF_PG_PORT ?? 54367);
const base = `http://localhost:${port}`;
const fromSource = process.argv.includes('--source');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : null;
const LANGUAGES = ['en', 'zh-CN', 'zh-TW'];

if (!fromSource && !process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const run = (script) => (fromSource ? ['-r', '@swc-node/register', `apps/${script}.ts`] : [`dist/server/apps/${script}.js`]);
const state = path.join(root, 'tmp', 'bench-pdf');
fs.rmSync(state, { recursive: true, force: true });
const db = await ensurePostgres({ dataDir: path.join(state, 'pg'), port: pgPort, database: 'rapport_bench_pdf' });
const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(port), SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn', REDIS_URL: '' };
const log = fs.openSync(path.join(state, 'api.log'), 'a');

try {
  if (spawnSync(process.execPath, run('api/src/cli').concat(['migrate', 'seed']), { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('migrate failed');
  const quoteId = await withApi(createQuote);
  const rows = [];
  for (const lang of LANGUAGES) rows.push({ lang, ...(await measure(quoteId, lang)) });
  console.table(rows);
  report(rows);
  const slowest = Math.max(...rows.map((r) => Math.max(r.coldMs, r.warmP95Ms)));
  if (slowest > 1000) console.log(`quote PDF above the 1 s target: ${slowest.toFixed(0)} ms`);
} finally {
  await db.stop();
}

/**
 * The demo data has no quotes (people make them), so a setup process makes one as the admin: every
 * product on one open opportunity, with a quote discount and notes in both scripts, so the page
 * carries a full table and Simplified and Traditional characters.
 */
async function createQuote({ gql }) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  let opportunityId;
  let products;
  try {
    [{ id: opportunityId }] = (await client.query(`SELECT id FROM opportunity WHERE closed_at IS NULL ORDER BY created_at, id LIMIT 1`)).rows;
    products = (await client.query(`SELECT id FROM product ORDER BY sku`)).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
  const res = await gql(
    `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quote { id lines { lineNo } } } }`,
    { i: { opportunityId, name: 'Bench 報價 报价', discountPercent: 3, notes: '含稅價格，報價有效期三十天。含税价格，报价有效期三十天。', lines: products.map((productId, n) => ({ productId, quantity: 5 + n, discountPercent: n % 3 })) } },
  );
  if (res.errors) throw new Error(`createQuote: ${JSON.stringify(res.errors)}`);
  console.log(`quote ${res.data.createQuote.quote.id} with ${res.data.createQuote.quote.lines.length} lines`);
  return res.data.createQuote.quote.id;
}

/** Runs `fn` against a fresh API process signed in as the admin, then stops the process. */
async function withApi(fn) {
  const api = spawn(process.execPath, run('api/src/main'), { cwd: root, env, stdio: ['ignore', log, log] });
  try {
    if (!(await waitForHttp(`${base}/api/ready`, 120_000))) throw new Error('API not ready');
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@rapport.dev", password: "rapport-demo" }) { user { id } } }' }),
    });
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const gql = async (query, variables) => (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) })).json();
    return await fn({ cookie, gql });
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  }
}

/** One fresh API process: the floor, the cold PDF and REQUESTS warm PDFs in `lang`, one at a time. */
function measure(quoteId, lang) {
  return withApi(async ({ cookie }) => {
    const get = (url, type) => async () => {
      const t = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (!res.ok || !res.headers.get('content-type')?.startsWith(type)) throw new Error(`${url}: HTTP ${res.status}`);
      if (type === 'application/pdf' && body.subarray(0, 5).toString() !== '%PDF-') throw new Error(`${url}: not a PDF`);
      return performance.now() - t;
    };
    const floor = get('/api/v1/users', 'application/json');
    const pdf = get(`/api/v1/quotes/${quoteId}.pdf?lang=${lang}`, 'application/pdf');
    for (let i = 0; i < 10; i++) await floor(); // the session, the pool and the JIT for the floor
    const floors = await times(floor, REQUESTS);
    const coldMs = await pdf();
    const warm = await times(pdf, REQUESTS);
    const floorMs = median(floors);
    return { floorMs, coldMs, warmP50Ms: median(warm), warmP95Ms: pct(warm, 95), coldRatio: coldMs / floorMs, warmRatio: median(warm) / floorMs };
  });
}

async function times(fn, n) {
  const all = [];
  for (let i = 0; i < n; i++) all.push(await fn());
  return all.sort((a, b) => a - b);
}

function median(sorted) {
  return pct(sorted, 50);
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(rows) {
  const marker = ['<!-- pdf:start -->', '<!-- pdf:end -->'];
  const ms = (n) => n.toFixed(1);
  const table = [
    marker[0],
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node tools/bench-pdf.mjs${fromSource ? ' --source' : ''}\` (part of \`npm run bench\`) on this machine (${spawnSync('nproc').stdout.toString().trim()} cores, Node ${process.version}): a fresh API process per language, requests one at a time over HTTP on localhost, a quote of every demo product (7 lines, notes in both scripts) made by a setup process, signed in as the admin. Floor: \`GET /api/v1/users\` in the same process (median of ${REQUESTS}). Cold: the first PDF of the process. Warm: ${REQUESTS} more. Target ≤ 1 s per PDF.`,
    '',
    '| language | floor ms | cold PDF ms | warm PDF p50 ms | warm PDF p95 ms | cold / floor | warm p50 / floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.lang} | ${ms(r.floorMs)} | ${ms(r.coldMs)} | ${ms(r.warmP50Ms)} | ${ms(r.warmP95Ms)} | ${r.coldRatio.toFixed(1)}× | ${r.warmRatio.toFixed(1)}× |`),
    marker[1],
  ].join('\n');
  const file = out ?? path.join(root, 'docs', 'performance.md');
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  doc = doc.includes(marker[0]) ? doc.replace(new RegExp(`${marker[0]}[\\s\\S]*${marker[1]}`), table) : `${doc}${doc ? '\n## Quote PDF\n\n' : ''}${table}\n`;
  fs.writeFileSync(file, doc);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
