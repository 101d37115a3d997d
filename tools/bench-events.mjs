#!/usr/bin/env node
// Events and web visitors (issue 16): part of `npm run bench`, or alone with
// `node tools/bench-events.mjs [--no-build] [--no-write]`.
// Boots the built API and worker on a throw-away PostgreSQL with an SMTP sink in this process, then:
// - registrations: the admin creates and publishes an event with BENCH_EVENTS_CAPACITY seats
//   (default 1,000); 200 concurrent registrants post the public form (JSON, distinct addresses) for
//   BENCH_EVENTS_SECONDS (default 30). Accept rate and latency, then the time until the worker has
//   sent every confirmation or waitlist mail, and checks: every 201 stored, one mail row each, sent
//   once (the sink's count), seats = min(capacity, accepted), the rest waitlisted in arrival order;
// - page views: BENCH_VIEW_CLIENTS (default 64) clients post batches as the tracking script sends
//   them (text/plain, browser user agent) for BENCH_VIEW_SECONDS (default 10) per scenario, against
//   a floor of `GET /api/health` at the same concurrency in the same run; page_view rows = views accepted.
// The registrations use web-to-lead's limiter, which the bench stack lifts (PUBLIC_LEAD_RATE_LIMIT);
// the page-view limit is a setting, raised here through the admin mutation. Figures go to
// docs/performance.md between the events markers. Load goes only to localhost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { SMTPServer } = await import('smtp-server');
const { waitForHttp } = await import('./lib/processes.mjs');
const { measureLoad } = await import('./lib/load.mjs');
const { startBenchStack, writeMarkedSection } = await import('./lib/bench-stack.mjs');

const REGISTRANTS = Number(process.env.BENCH_REGISTRANTS ?? 200);
const SECONDS = Number(process.env.BENCH_EVENTS_SECONDS ?? 30);
const CAPACITY = Number(process.env.BENCH_EVENTS_CAPACITY ?? 1000);
const VIEW_CLIENTS = Number(process.env.BENCH_VIEW_CLIENTS ?? 64);
const VIEW_SECONDS = Number(process.env.BENCH_VIEW_SECONDS ?? 10);
/** The tracking script's PER_BATCH (libs/marketing/api/src/visitors/visitor-script.ts). */
const SCRIPT_BATCH = 10;
const RATE_LIMIT = 100_000; // the setting's maximum (MAX_RATE_LIMIT), per client address and minute
const MAIL_DOMAIN = 'events-bench.example';
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
/** A request still unanswered after this counts as refused, so a stuck server ends the bench instead of hanging it. */
const REQUEST_TIMEOUT_MS = 30_000;
const port = 3989;
const base = `http://localhost:${port}`;
const write = !process.argv.includes('--no-write');
/** The pages the bench's visitors look at (a site's product pages, pricing, blog, in three languages). */
const PAGES = ['/', '/pricing', '/products/crm', '/products/analytics', '/products/service-desk', '/blog/2026/12/events-that-sell', '/contact', '/zh-tw/products/crm', '/zh-cn/pricing', '/docs/getting-started'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The SMTP sink: counts what reaches the bench's registrants, by Message-ID (lead-assignment
// notices to reps may pass through it too and are left out).
const sink = { messages: 0, ids: new Map() };
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 5_000_000,
  onData(stream, session, callback) {
    let head = '';
    stream.on('data', (chunk) => {
      if (head.length < 16_384) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      if (session.envelope.rcptTo.some((r) => r.address.endsWith(`@${MAIL_DOMAIN}`))) {
        sink.messages++;
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `(none ${sink.messages})`;
        sink.ids.set(id, (sink.ids.get(id) ?? 0) + 1);
      }
      callback();
    });
  },
});
await new Promise((r) => smtp.listen(0, '127.0.0.1', r));
const sinkPort = smtp.server.address().port;

if (!process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const stack = await startBenchStack({
  root,
  name: 'bench-events',
  port,
  pgPort: 54369,
  database: 'rapport_bench_events',
  env: { REDIS_URL: '', SMTP_URL: `smtp://127.0.0.1:${sinkPort}`, INBOUND_SMTP_PORT: '0', MAILING_DOMAIN: 'mail.rapport.test' },
});
const db = new pg.Client({ connectionString: stack.db.url });

try {
  if (!(await waitForHttp(`${base}/api/ready`, 120_000))) throw new Error('API not ready');
  await db.connect();
  const gql = await signIn('admin@rapport.dev');
  const loadAverage = os.loadavg().map((n) => n.toFixed(2)).join(' / ');
  const result = { loadAverage, ...(await registrationBench(gql)), ...(await pageViewBench()) };
  console.log(JSON.stringify(result, null, 2));
  if (write) writeReport(result);
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
  smtp.close();
}

async function signIn(email) {
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "rapport-demo" }) { user { id } } }` }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  return async (query, variables) => {
    const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const j = await r.json();
    if (j.errors) throw new Error(JSON.stringify(j.errors));
    return j.data;
  };
}

async function registrationBench(gql) {
  // Two months ahead: no reminder falls due during the run, so the only mail is the answer to each registration.
  const startsAt = new Date(Date.now() + 60 * 86_400_000);
  const { createEvent } = await gql('mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }', {
    i: { title: 'Bench seminar', type: 'SEMINAR', timeZone: 'Asia/Shanghai', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), venue: 'Hall 3', address: '1 Century Ave, Shanghai', capacity: CAPACITY },
  });
  const eventId = createEvent.event.id;
  await gql('mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id status } } }', { i: { id: eventId } });

  const latencies = [];
  const refused = {};
  let accepted = 0;
  let seq = 0;
  const locales = ['en', 'zh-CN', 'zh-TW'];
  const zones = ['Asia/Shanghai', 'Europe/Berlin', 'Asia/Taipei'];
  const started = performance.now();
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: REGISTRANTS }, async (_, client) => {
      while (Date.now() < until) {
        const n = seq++;
        const t0 = performance.now();
        try {
          const res = await fetch(`${base}/api/public/events/${eventId}/registrations`, {
            method: 'POST',
            signal: globalThis.AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ firstName: 'Bench', lastName: `Registrant ${n}`, email: `reg-${n}@${MAIL_DOMAIN}`, company: `Load Co ${client}`, locale: locales[n % 3], timeZone: zones[n % 3] }),
          });
          await res.arrayBuffer();
          if (res.status === 201) {
            accepted++;
            latencies.push(performance.now() - t0);
          } else refused[res.status] = (refused[res.status] ?? 0) + 1;
        } catch (err) {
          const kind = err?.name === 'TimeoutError' ? `no answer in ${REQUEST_TIMEOUT_MS / 1000} s` : 'network';
          refused[kind] = (refused[kind] ?? 0) + 1;
        }
      }
    }),
  );
  const loadSeconds = (performance.now() - started) / 1000;
  const { rows: [{ now: loadEnd }] } = await db.query('SELECT now()');

  // Until the worker has sent every registration's mail (bounded).
  const mails = `FROM event_mail em JOIN event_registration r ON r.id = em.registration_id WHERE r.event_id = $1`;
  let pending;
  for (const stop = Date.now() + 10 * 60_000; ; ) {
    const { rows: [m] } = await db.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE em.sent_at IS NULL)::int AS unsent ${mails}`, [eventId]);
    pending = m;
    if ((m.total >= accepted && m.unsent === 0) || Date.now() > stop) break;
    await sleep(250);
  }
  await sleep(500); // the sink counts at the end of DATA, before the worker commits sent_at: nothing should be in flight
  const { rows: [facts] } = await db.query(
    `SELECT (SELECT count(*)::int FROM event_registration WHERE event_id = $1) AS stored,
            (SELECT count(*)::int FROM event_registration WHERE event_id = $1 AND status = 'registered') AS registered,
            (SELECT count(*)::int FROM event_registration WHERE event_id = $1 AND status = 'waitlisted') AS waitlisted,
            (SELECT count(*)::int ${mails}) AS "mailRows",
            (SELECT count(*)::int ${mails} AND em.sent_at IS NOT NULL) AS "mailSent",
            (SELECT count(*)::int FROM event_registration r WHERE r.event_id = $1 AND (SELECT count(*) FROM event_mail em WHERE em.registration_id = r.id
                AND em.kind = CASE r.status WHEN 'registered' THEN 'confirmation' WHEN 'waitlisted' THEN 'waitlisted' END) <> 1) AS "withoutOneMail",
            (SELECT count(*)::int ${mails} AND em.kind NOT IN ('confirmation', 'waitlisted')) AS "otherMail",
            (SELECT max(created_at) FROM event_registration WHERE event_id = $1 AND status = 'registered')
              <= coalesce((SELECT min(created_at) FROM event_registration WHERE event_id = $1 AND status = 'waitlisted'), 'infinity') AS "arrivalOrder",
            extract(epoch FROM (SELECT max(em.sent_at) ${mails}) - $2::timestamptz) AS "drainSeconds",
            (SELECT count(*)::int FROM lead WHERE email LIKE 'reg-%@${MAIL_DOMAIN}') AS leads`,
    [eventId, loadEnd],
  );
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const duplicates = [...sink.ids.values()].filter((n) => n > 1).length;
  const r = {
    registrants: REGISTRANTS,
    seconds: SECONDS,
    capacity: CAPACITY,
    accepted,
    refused,
    acceptPerSecond: accepted / loadSeconds,
    acceptP50: pct(50),
    acceptP95: pct(95),
    ...facts,
    drainSeconds: Number(facts.drainSeconds),
    unsentAtEnd: pending.unsent,
    sinkMessages: sink.messages,
    sinkDistinct: sink.ids.size,
    sinkDuplicates: duplicates,
  };
  r.registrationsOk =
    r.stored === accepted && r.withoutOneMail === 0 && r.otherMail === 0 && r.mailRows === accepted && r.mailSent === r.mailRows &&
    r.sinkMessages === r.mailRows && r.sinkDistinct === r.mailRows && r.registered === Math.min(CAPACITY, accepted) && r.waitlisted === accepted - r.registered && r.arrivalOrder;
  console.log('registrations', r);
  return r;
}

async function pageViewBench() {
  // A fresh API process: the page views are measured apart from whatever the registrations left
  // behind in the first one (its pool, its heap), while the worker keeps running.
  const api = stack.procs[0];
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  const log = fs.openSync(path.join(root, 'tmp', 'bench-events', 'servers.log'), 'a');
  stack.procs[0] = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], { cwd: root, env: stack.env, stdio: ['ignore', log, log] });
  if (!(await waitForHttp(`${base}/api/ready`, 120_000))) throw new Error('API not ready after the restart');
  const gql = await signIn('admin@rapport.dev');
  await gql('mutation($i: SaveWebVisitorSettingsInput!) { saveWebVisitorSettings(input: $i) { settings { rateLimitPerMinute } } }', { i: { rateLimitPerMinute: RATE_LIMIT } });
  const health = () => fetch(`${base}/api/health`).then(async (res) => {
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  });
  for (let i = 0; i < 200; i++) await health(); // warm-up
  const floor = await measureLoad(health, { concurrency: VIEW_CLIENTS, ms: VIEW_SECONDS * 1000 });
  console.log(`floor GET /api/health: ${floor.rps.toFixed(0)} req/s`);
  const { rows: [{ n: before }] } = await db.query('SELECT count(*)::int AS n FROM page_view');
  const scenarios = [];
  // A page load of a site (the script flushes its one view when the page is left); a single-page
  // site's full batch; the full batch again with every client behind one address (one rate row).
  for (const [name, views, spread] of [
    ['1 view per batch (a page load), a client address per visitor', 1, true],
    [`${SCRIPT_BATCH} views per batch (the script's full batch), a client address per visitor`, SCRIPT_BATCH, true],
    [`${SCRIPT_BATCH} views per batch, every client from one address`, SCRIPT_BATCH, false],
  ]) {
    const warm = await viewLoad(views, spread, 2000);
    const s = await viewLoad(views, spread, VIEW_SECONDS * 1000);
    scenarios.push({ name, viewsPerBatch: views, ...s, warmViews: warm.views, ratio: s.rps / floor.rps });
    console.log(name, s);
  }
  const { rows: [{ n: after }] } = await db.query('SELECT count(*)::int AS n FROM page_view');
  // The bot filter: a crawler's batch is answered like a person's, and nothing is stored.
  let botStored = 0;
  for (let i = 0; i < 50; i++) botStored += (await postViews({ visitorId: randomUUID(), views: pageBatch(3, i) }, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', null)).stored;
  const { rows: [{ n: afterBots }] } = await db.query('SELECT count(*)::int AS n FROM page_view');
  const accepted = scenarios.reduce((sum, s) => sum + s.views + s.warmViews, 0);
  return { floorRps: floor.rps, floorP95: floor.p95, viewScenarios: scenarios, viewsAccepted: accepted, pageViewRows: after - before, botStored, botRowsAdded: afterBots - after };
}

/** VIEW_CLIENTS clients for `ms`: each is a visitor for a few batches, then another (new id, and with `spread` another address). */
async function viewLoad(viewsPerBatch, spread, ms) {
  const latencies = [];
  const refused = {};
  let views = 0;
  let batches = 0;
  let visitors = 0;
  const until = Date.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: VIEW_CLIENTS }, async () => {
      while (Date.now() < until) {
        const visitorId = randomUUID();
        const n = visitors++;
        const address = spread ? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` : null;
        for (let b = 0; b < 1 + (n % 5) && Date.now() < until; b++) {
          const t0 = performance.now();
          try {
            const res = await postViews({ visitorId, views: pageBatch(viewsPerBatch, n + b) }, BROWSER, address);
            if (res.status === 200) {
              views += res.stored;
              batches++;
              latencies.push(performance.now() - t0);
            } else refused[res.status] = (refused[res.status] ?? 0) + 1;
          } catch {
            refused.network = (refused.network ?? 0) + 1;
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { views, viewsPerSecond: views / seconds, rps: batches / seconds, p50: pct(50), p95: pct(95), visitors, refused };
}

function pageBatch(count, seed) {
  return Array.from({ length: count }, (_, i) => {
    const page = PAGES[(seed + i) % PAGES.length];
    return { url: `https://www.example.com${page}?utm_source=bench&v=${seed % 7}`, title: `Example — ${page}`, referrer: i === 0 ? 'https://www.google.com/' : `https://www.example.com${PAGES[(seed + i - 1) % PAGES.length]}`, ageMs: (count - i) * 1500 };
  });
}

/** One batch as the script sends it: JSON as text/plain (sendBeacon), no cookies. Behind the loopback proxy, X-Forwarded-For names the client. */
async function postViews(body, userAgent, address) {
  const res = await fetch(`${base}/api/public/page-views`, {
    method: 'POST',
    signal: globalThis.AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': userAgent, ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, stored: res.status === 200 ? JSON.parse(text).stored : 0 };
}

function writeReport(r) {
  const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : 'node tools/bench-events.mjs';
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
  const verdict = (ok) => (ok ? 'meets' : '**misses**');
  const refusedText = (o) => (Object.keys(o).length ? Object.entries(o).map(([k, n]) => `${n} × ${k}`).join(', ') : 'none');
  const block = [
    '<!-- events:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (the events part is \`tools/bench-events.mjs\`): one API process, one worker, PostgreSQL and the BullMQ PostgreSQL backend, an SMTP sink in the bench process, all on this ${spawnSync('nproc').stdout.toString().trim()}-core machine (load average ${r.loadAverage} over 1 / 5 / 15 min as the measurements started, Node ${process.version}). ` +
      `Registrations: ${r.registrants} concurrent registrants posting the public form (JSON, a new address each) for ${r.seconds} s to one published event with ${r.capacity.toLocaleString('en')} seats; web-to-lead's per-client limit, which registrations share, is lifted by the bench stack (\`PUBLIC_LEAD_RATE_LIMIT\`). ` +
      `Page views: ${VIEW_CLIENTS} concurrent clients for ${VIEW_SECONDS} s per scenario after 2 s of warm-up, batches as the tracking script sends them (JSON as text/plain, a browser user agent); the page-view limit (\`web_visitor_settings.rate_limit_per_minute\`) raised to ${RATE_LIMIT.toLocaleString('en')} per address and minute with \`saveWebVisitorSettings\`; the floor is \`GET /api/health\` at the same concurrency in the same run.`,
    '',
    '| measure | target | measured | |',
    '|---|---|---|---|',
    `| registrations | all stored, each confirmed once | ${r.accepted} accepted (201; refused: ${refusedText(r.refused)}), ${r.stored} stored, ${r.leads} leads made; ${r.registered} registered + ${r.waitlisted} waitlisted (seats = min(capacity, accepted): ${r.registered === Math.min(r.capacity, r.accepted) ? 'yes' : 'no'}; every seat decided before every waitlisting: ${r.arrivalOrder ? 'yes' : 'no'}); ${r.mailRows} mail rows, ${r.withoutOneMail} registrations without exactly one confirmation-or-waitlisted row, ${r.mailSent} sent; the sink received ${r.sinkMessages} (${r.sinkDistinct} distinct Message-IDs, ${r.sinkDuplicates} received twice) | ${verdict(r.registrationsOk)} |`,
    `| accept latency p50 / p95 | – | ${ms(r.acceptP50)} / ${ms(r.acceptP95)} (${r.acceptPerSecond.toFixed(0)} accepted/s) | |`,
    `| end of load → last mail sent | – | ${r.mailRows ? `${r.drainSeconds.toFixed(1)} s` : '–'} (${r.mailRows} mails, ${(r.mailRows / (r.seconds + r.drainSeconds)).toFixed(0)} mails/s over load and drain) | |`,
    `| floor: \`GET /api/health\`, ${VIEW_CLIENTS} clients | – | ${r.floorRps.toFixed(0)} req/s (p95 ${ms(r.floorP95)}) | |`,
    ...r.viewScenarios.map(
      (s) =>
        `| page views: ${s.name} | ≥ 2,000 views/s | **${s.viewsPerSecond.toFixed(0)} views/s** (${s.rps.toFixed(0)} req/s = ${s.ratio.toFixed(2)} × the floor; p50 / p95 ${ms(s.p50)} / ${ms(s.p95)}; ${s.visitors.toLocaleString('en')} visitors; refused: ${refusedText(s.refused)}) | ${verdict(s.viewsPerSecond >= 2000)} |`,
    ),
    `| page views stored | rows = views accepted; bots stored nowhere | ${r.pageViewRows} rows for ${r.viewsAccepted} views accepted (warm-ups included); 50 crawler batches answered 200, ${r.botRowsAdded} rows | ${verdict(r.pageViewRows === r.viewsAccepted && r.botRowsAdded === 0 && r.botStored === 0)} |`,
    '<!-- events:end -->',
  ].join('\n');
  writeMarkedSection(path.join(root, 'docs', 'performance.md'), 'events', block, 'Events and web visitors (issue 16)');
  console.log('wrote docs/performance.md');
}
