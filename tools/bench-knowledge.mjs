#!/usr/bin/env node
// Knowledge base search at scale (issue 19 item 3): part of `npm run bench`, or alone with
// `node tools/bench-knowledge.mjs [--no-build] [--no-write]`.
// Boots the built API on a throw-away PostgreSQL, writes BENCH_KB_ARTICLES (default 50,000) published
// articles set-based — a third each in English, 简体中文 and 繁體中文, four in five for customers, the
// rest internal — whose texts draw words from a domain vocabulary with a skewed frequency (a few words
// in thousands of articles, most in a few dozen), their search vectors computed by the same SQL
// function publishing uses. Then 32 clients search for 10 s per scenario: as staff (every audience)
// and as the demo portal customer (public articles only), English words and prefixes and Chinese
// two-character terms. Each figure is a ratio to the floor, GraphQL `{ __typename }` of the same
// process in the same run: throughput, and p95 (floor p95 / search p95). Checks: every search answers
// without error, the customer never gets an internal article, each term finds what SQL says it should.
// Figures go to docs/performance.md between the knowledge markers (full size only).
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { waitForHttp } = await import('./lib/processes.mjs');
const { startBenchStack, writeMarkedSection } = await import('./lib/bench-stack.mjs');
const { measureLoad } = await import('./lib/load.mjs');

const ARTICLES = Number(process.env.BENCH_KB_ARTICLES ?? 50_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const port = 3996;
const base = `http://localhost:${port}`;
const write = !process.argv.includes('--no-write');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Words of a service knowledge base; the earlier a word, the more articles use it.
const EN = `unit filter error code noise power reset water leak remote display fan compressor pressure sensor valve warranty
  install replace clean drain thermostat cooling heating mode timer battery cable panel motor belt firmware update
  network pairing app account invoice refund delivery schedule technician visit contract spare part manual setting
  calibrate defrost condensate refrigerant airflow humidity outdoor indoor bracket mounting wiring fuse breaker voltage
  overheating vibration rattle squeal smell frost ice alarm beep flashing light standby shutdown restart diagnostics`.split(/\s+/);
const ZH_CN = `设备 滤网 故障 代码 噪音 电源 重置 漏水 遥控器 显示屏 风扇 压缩机 压力 传感器 阀门 保修 安装 更换 清洁 排水 温控器
  制冷 制热 模式 定时 电池 电缆 面板 电机 皮带 固件 升级 网络 配对 应用 账户 发票 退款 配送 预约 技术员 上门 合同 备件
  说明书 设置 校准 除霜 冷凝水 冷媒 风量 湿度 室外机 室内机 支架 接线 保险丝 断路器 电压 过热 振动 异响 异味 结霜 报警`.split(/\s+/);
const ZH_TW = `設備 濾網 故障 代碼 噪音 電源 重設 漏水 遙控器 顯示器 風扇 壓縮機 壓力 感測器 閥門 保固 安裝 更換 清潔 排水 溫控器
  冷氣 暖氣 模式 定時 電池 電纜 面板 馬達 皮帶 韌體 更新 網路 配對 應用程式 帳戶 發票 退款 配送 預約 技術人員 到府 合約 備品
  說明書 設定 校正 除霜 冷凝水 冷媒 風量 濕度 室外機 室內機 支架 配線 保險絲 斷路器 電壓 過熱 震動 異音 異味 結霜 警報`.split(/\s+/);
const TAIL_CHARS = '山川日月星辰春夏秋冬东西南北金木火土石竹云雨花草鸟鱼虫马牛羊米麦茶酒书画琴棋江湖';
// What people type: whole words, prefixes (English), two-character terms (Chinese); common and rare.
const QUERIES = [
  ['en', 'filter'], ['en', 'compressor noise'], ['en', 'replac'], ['en', 'firmware update'], ['en', 'refrigerant'], ['en', 'breaker voltage'],
  ['zh-CN', '滤网'], ['zh-CN', '压缩机 噪音'], ['zh-CN', '固件'], ['zh-CN', '冷凝水'], ['zh-TW', '異音'], ['zh-TW', '濾網 更換'], ['zh-TW', '保固'], ['zh-TW', '斷路器'],
];

const SEARCH = `query($q: String!, $language: String) { searchKnowledge(query: $q, language: $language, first: 20) { rank article { id audience language } title { text match } snippet { text match } } }`;

if (!process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const loadAverage = os.loadavg().map((n) => n.toFixed(2)).join(' / ');
const stack = await startBenchStack({ root, name: 'bench-knowledge', port, pgPort: 54376, database: 'rapport_bench_kb', env: { REDIS_URL: '', SMTP_URL: '' } });
const db = new pg.Client({ connectionString: stack.db.url });

try {
  if (!(await waitForHttp(`${base}/api/ready`, 120_000))) throw new Error('API not ready');
  await db.connect();
  const seeded = await seed();
  const staff = await signIn('admin@rapport.dev');
  const customer = await signIn('customer@rapport.dev');
  const problems = await check(staff, customer);
  const single = await oneAtATime(staff);
  console.log('one client, median of 5 (ms):', JSON.stringify(single));
  const rows = [];
  for (const [name, fn] of [
    ['floor: GraphQL `{ __typename }`', () => gql(staff, '{ __typename }')],
    ['staff search (every audience)', search(staff)],
    ['customer search (public articles)', search(customer)],
  ]) {
    for (let i = 0; i < 30; i++) await fn(); // warm-up
    const r = await measureLoad(fn, { concurrency: CONCURRENCY, ms: DURATION_MS });
    rows.push({ name, ...r });
    console.log(`${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, errors ${r.errors}`);
    if (r.errors) problems.push(`${r.errors} errors in ${name}`);
  }
  const result = { loadAverage, articles: ARTICLES, seedSeconds: seeded.seconds, matches: seeded.matches, single, rows, problems };
  console.log(JSON.stringify({ ...result, rows: undefined }, null, 2));
  if (write && ARTICLES === 50_000) writeReport(result);
  if (problems.length) process.exitCode = 1;
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
}

/** 50,000 published articles and their versions in a few statements; returns how many articles each query's words are in. */
async function seed() {
  const started = Date.now();
  // Word i of article g from three pseudo-random numbers in [0, 1) of g and i: one draw in twelve is a
  // domain word (squared, so the first words are the common ones), the rest come from a long tail of
  // model numbers and part names that no query asks for — so "filter" is in thousands of articles, not all.
  const unit = (g, a, b) => `(((${g}::bigint * ${a} + i * ${b}) % 10007) / 10007.0)`;
  // The tail: 'ax' + a number for English, two characters from a set without the queries' characters
  // for Chinese (computed, not looked up: an array that large would be read whole for every word).
  const tailWord = (g) => {
    const k = `floor(${unit(g, 3571, 7727)} * 1600)::int`;
    return `CASE WHEN a.language = 'en' THEN 'ax' || ${k} ELSE substr('${TAIL_CHARS}', 1 + ${k} % 40, 1) || substr('${TAIL_CHARS}', 1 + (${k} / 40) % 40, 1) END`;
  };
  const text = (g, count, sep) =>
    `(SELECT string_agg(CASE WHEN ${unit(g, 7919, 104729)} < 0.083
                             THEN v.words[1 + floor(power(${unit(g, 6133, 2903)}, 2) * cardinality(v.words))::int]
                             ELSE ${tailWord(g)} END, ${sep})
        FROM generate_series(1, ${count}) AS i, bench_vocab v WHERE v.language = a.language)`;
  await db.query(
    `CREATE TEMP TABLE bench_vocab AS SELECT * FROM (VALUES ('en', $1::text[]), ('zh-CN', $2::text[]), ('zh-TW', $3::text[])) AS v(language, words)`,
    [EN, ZH_CN, ZH_TW],
  );
  await db.query(
    `CREATE TEMP TABLE bench_articles AS
     SELECT g, gen_random_uuid() AS id, gen_random_uuid() AS version_id, (ARRAY['en', 'zh-CN', 'zh-TW'])[1 + g % 3] AS language,
            CASE WHEN g % 5 = 0 THEN 'internal' ELSE 'customers' END AS audience
       FROM generate_series(1, $1) g`,
    [ARTICLES],
  );
  const sep = (chinese) => `CASE WHEN a.language = 'en' THEN ' ' ELSE '${chinese}' END`;
  await db.query(
    `CREATE TEMP TABLE bench_texts AS
     SELECT a.g, a.id, a.version_id, a.language, a.audience, ${text('a.g', 6, sep(''))} AS title,
            ${text('a.g + 50000', 20, sep(''))} AS summary, ${text('a.g + 100000', 120, sep('，'))} AS body
       FROM bench_articles a`,
  );
  await db.query(
    `INSERT INTO knowledge_article (id, translation_group_id, language, audience, title, status, published_at)
     SELECT id, gen_random_uuid(), language, audience, left(title, 300), 'published', now() - make_interval(mins => g) FROM bench_texts`,
  );
  await db.query(
    `INSERT INTO knowledge_article_version (id, article_id, number, status, title, summary, body, published_at, search_vector, title_vector)
     SELECT version_id, id, 1, 'published', left(title, 300), summary, body, now() - make_interval(mins => g), knowledge_search_vector(left(title, 300), summary, body), knowledge_search_vector(left(title, 300), summary, NULL) FROM bench_texts`,
  );
  await db.query(`UPDATE knowledge_article k SET published_version_id = t.version_id FROM bench_texts t WHERE k.id = t.id`);
  await db.query('ANALYZE');
  const matches = {};
  for (const [language, q] of QUERIES) {
    const words = q.split(' ');
    // Chinese words as substrings, English ones as word prefixes: what the search promises to find.
    const where = words.map((_, i) => (language === 'en' ? `(v.body || ' ' || v.title || ' ' || v.summary) ~* ('\\m' || $${i + 2})` : `strpos(v.body || v.title || v.summary, $${i + 2}) > 0`)).join(' AND ');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM knowledge_article k JOIN knowledge_article_version v ON v.id = k.published_version_id WHERE k.language = $1 AND ${where}`, [language, ...words]);
    matches[`${language}: ${q}`] = rows[0].n;
  }
  if (process.env.BENCH_KB_EXPLAIN) {
    const plan = await db.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT k.id, ts_rank_cd(v.search_vector, q) AS rank FROM knowledge_article k JOIN knowledge_article_version v ON v.id = k.published_version_id,
              to_tsquery('english', 'filter:*') q WHERE v.status = 'published' AND v.search_vector @@ q AND k.language = 'en' ORDER BY rank DESC LIMIT 20`,
    );
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
  if (process.env.BENCH_KB_HOLD) {
    console.log(`holding: psql ${stack.db.url}`);
    await sleep(Number(process.env.BENCH_KB_HOLD) * 1000);
  }
  return { seconds: Math.round((Date.now() - started) / 100) / 10, matches };
}

async function signIn(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "rapport-demo" }) { user { id } } }` }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`${email} could not sign in: ${await res.text()}`);
  return cookie;
}

async function gql(cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (!res.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
  return body.data;
}

/** Each call takes the next query of the list, as many people searching for different things would. */
function search(cookie) {
  let next = 0;
  return () => {
    const [language, q] = QUERIES[next++ % QUERIES.length];
    return gql(cookie, SEARCH, { q, language });
  };
}

/** One client, each query five times: the median latency per query, which shows what a common word costs against a rare one. */
async function oneAtATime(cookie) {
  const out = {};
  for (const [language, q] of QUERIES) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await gql(cookie, SEARCH, { q, language });
      times.push(performance.now() - t);
    }
    out[`${language}: ${q}`] = Math.round(times.sort((a, b) => a - b)[2] * 10) / 10;
  }
  return out;
}

/** Before timing: answers are right (customers see no internal article; every term that SQL finds, search finds). */
async function check(staff, customer) {
  const problems = [];
  for (const [language, q] of QUERIES) {
    const asStaff = (await gql(staff, SEARCH, { q, language })).searchKnowledge;
    const asCustomer = (await gql(customer, SEARCH, { q, language })).searchKnowledge;
    if (asStaff.length === 0) problems.push(`staff found nothing for ${language} "${q}"`);
    if (asCustomer.some((h) => h.article.audience !== 'CUSTOMERS' && h.article.audience !== 'customers')) problems.push(`the customer was shown an internal article for "${q}"`);
    if (asStaff.some((h) => h.article.language !== language)) problems.push(`a ${language} search returned another language for "${q}"`);
    if (!asStaff.some((h) => [...h.title, ...h.snippet].some((s) => s.match))) problems.push(`no highlighted match for "${q}"`);
  }
  return problems;
}

function writeReport(r) {
  const [floor, ...scenarios] = r.rows;
  const line = (s) =>
    `| ${s.name} | ${s.rps.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${(s.rps / floor.rps).toFixed(3)} | ${(floor.p95 / s.p95).toFixed(3)} | ${s.errors} |`;
  const block = [
    '<!-- knowledge:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node tools/bench-knowledge.mjs\` (load average at start ${r.loadAverage}; ${os.cpus().length} cores; one API process).`,
    '',
    `${r.articles.toLocaleString('en')} published articles (a third per language, one in five internal) written and indexed in ${r.seedSeconds} s; ${CONCURRENCY} clients for ${DURATION_MS / 1000} s per scenario, cycling through ${QUERIES.length} queries (first 20 hits with highlighted title and snippet). Articles containing each query's words: ${Object.entries(r.matches).map(([q, n]) => `${q} ${n.toLocaleString('en')}`).join(', ')}.`,
    '',
    '| scenario | requests/s | p50 ms | p95 ms | throughput / floor | floor p95 / p95 | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${floor.name} | ${floor.rps.toFixed(0)} | ${floor.p50.toFixed(1)} | ${floor.p95.toFixed(1)} | 1 | 1 | ${floor.errors} |`,
    ...scenarios.map(line),
    '',
    `One client, median of five, per query (ms): ${Object.entries(r.single).map(([q, ms]) => `${q} ${ms}`).join(', ')}.`,
    '',
    `Checks: ${r.problems.length ? r.problems.join('; ') : 'every query found its articles in its own language with the matches marked; the customer never got an internal article'}.`,
    '<!-- knowledge:end -->',
  ].join('\n');
  writeMarkedSection(path.join(root, 'docs', 'performance.md'), 'knowledge', block, 'Knowledge base search (issue 19)');
}
