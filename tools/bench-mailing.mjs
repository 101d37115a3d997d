#!/usr/bin/env node
// Mailings at scale (issue 15): part of `npm run bench`, or alone with
// `node tools/bench-mailing.mjs [--no-build] [--source] [--no-write]`.
//
// Seeds 1,000,000 contacts on a campaign (a tenth opted out of the mailing's type, 2 % suppressed,
// 5 % globally opted out) set-based into a throw-away PostgreSQL, then, with the built worker:
// - fan-out: the worker's pump resolves the audience, applies consent and the contact policy and
//   writes 1M `mailing_send` rows (target ≤ 60 s), sampled for the worker's resident memory;
// - send rate: the same worker sends to an SMTP sink in this process for BENCH_MAILING_SECONDS,
//   as messages/s and as a ratio of the floor: the sink's own rate for one pre-rendered message
//   over the same number of connections from this process (target ≥ 500 messages/s).
// Writes the "Mailings at scale" section of docs/performance.md. Load goes only to localhost.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { clearInterval, setInterval } from 'node:timers';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { SMTPServer } = await import('smtp-server');
const nodemailer = (await import('nodemailer')).default;
const { waitForHttp } = await import('./lib/processes.mjs');
const { startBenchStack, writeMarkedSection } = await import('./lib/bench-stack.mjs');

const RECIPIENTS = Number(process.env.BENCH_MAILING_RECIPIENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_MAILING_SECONDS ?? 20);
const CONNECTIONS = 4;
const port = 3988;
const fromSource = process.argv.includes('--source');
const write = !process.argv.includes('--no-write') && RECIPIENTS === 1_000_000;
let mailingId = '';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

let delivered = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 2_000_000,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      delivered++;
      callback();
    });
  },
});
await new Promise((r) => sink.listen(0, '127.0.0.1', r));
const sinkPort = sink.server.address().port;

if (!fromSource && !process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const stack = await startBenchStack({
  root,
  name: 'bench-mailing',
  port,
  pgPort: 54368,
  database: 'rapport_bench_mailing',
  fromSource,
  env: { REDIS_URL: '', SMTP_URL: `smtp://127.0.0.1:${sinkPort}`, MAILING_RATE_PER_SECOND: '100000', MAILING_SMTP_CONNECTIONS: String(CONNECTIONS), INBOUND_SMTP_PORT: '0', MAILING_DOMAIN: 'mail.rapport.test' },
});
const db = new pg.Client({ connectionString: stack.db.url });

try {
  if (!(await waitForHttp(`http://localhost:${port}/api/ready`, 120_000))) throw new Error('API not ready');
  await db.connect();
  const seedMs = await seed();
  const worker = stack.procs[1];

  // Fan-out: the pump prepares, then starts sending; the mailing is paused the moment its rows exist.
  const memory = [];
  const sample = setInterval(() => memory.push(rssMb(worker.pid)), 200);
  const started = performance.now();
  await db.query(`INSERT INTO outbox (queue, job_name, payload, dedup_key) VALUES ('marketing', 'send-mailing', $1, 'bench-fanout')`, [{ mailingId }]);
  await until(async () => (await db.query(`SELECT prepared_at FROM mailing WHERE id = $1`, [mailingId])).rows[0].prepared_at !== null, 600_000);
  const fanoutMs = performance.now() - started;
  await db.query(`UPDATE mailing SET status = 'paused' WHERE id = $1`, [mailingId]);
  clearInterval(sample);
  const { rows: outcome } = await db.query(`SELECT coalesce(skip_reason, status) AS outcome, count(*)::int AS n FROM mailing_send WHERE mailing_id = $1 GROUP BY 1 ORDER BY 2 DESC`, [mailingId]);

  // Send rate: resume it and count what the sink receives over a steady window.
  const floor = await floorRate();
  await until(async () => (await db.query(`SELECT count(*)::int AS n FROM mailing_send WHERE mailing_id = $1 AND status = 'sending'`, [mailingId])).rows[0].n === 0, 30_000);
  await db.query(`UPDATE mailing SET status = 'sending' WHERE id = $1`, [mailingId]);
  await db.query(`INSERT INTO outbox (queue, job_name, payload, dedup_key) VALUES ('marketing', 'send-mailing', $1, 'bench-send')`, [{ mailingId }]);
  await until(async () => delivered > 200, 60_000);
  const sendMemory = [];
  const t0 = performance.now();
  const d0 = delivered;
  while (performance.now() - t0 < SECONDS * 1000) {
    await sleep(500);
    sendMemory.push(rssMb(worker.pid));
  }
  const rate = ((delivered - d0) * 1000) / (performance.now() - t0);
  await db.query(`UPDATE mailing SET status = 'paused' WHERE id = $1`, [mailingId]);

  const result = {
    recipients: RECIPIENTS,
    seedS: round(seedMs / 1000, 1),
    fanoutS: round(fanoutMs / 1000, 1),
    fanoutWorkerRssMaxMb: Math.max(...memory),
    outcome: Object.fromEntries(outcome.map((r) => [r.outcome, r.n])),
    sendPerS: Math.round(rate),
    floorPerS: Math.round(floor),
    sendRatio: round(rate / floor, 3),
    sendWorkerRssMaxMb: Math.max(...sendMemory),
  };
  console.log(result);
  if (write) writeSection(result);
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
  sink.close();
}


/** 1M contacts on one campaign, consent answers and suppressions, a template and a scheduled mailing, set-based. */
async function seed() {
  const t = performance.now();
  const q = (sql, params) => db.query(sql, params);
  const { rows: [type] } = await q(`INSERT INTO subscription_type (key, name, requires_opt_in) VALUES ('bench-news', 'Bench news', false) RETURNING id`);
  const { rows: [campaign] } = await q(`INSERT INTO campaign (name, type, status, currency) VALUES ('Bench mailing', 'email', 'active', 'CNY') RETURNING id`);
  await q(`INSERT INTO contact (first_name, last_name, name_normalized, emails, locale)
           SELECT 'P' || i, 'Bench', 'p' || i || ' bench', ARRAY['p' || i || '@bench.example'], (ARRAY['en', 'zh-CN', 'zh-TW'])[1 + i % 3] FROM generate_series(1, $1) i`, [RECIPIENTS]);
  await q(`INSERT INTO campaign_member (campaign_id, contact_id, status) SELECT $1, id, 'sent' FROM contact WHERE last_name = 'Bench'`, [campaign.id]);
  const { rows: [event] } = await q(`INSERT INTO consent_event (address, status, lawful_basis, source) VALUES ('seed@bench.example', 'opted_out', 'consent', 'import') RETURNING id`);
  await q(`INSERT INTO consent (address, subscription_type_id, status, event_id) SELECT 'p' || i || '@bench.example', $1, 'opted_out', $2 FROM generate_series(1, $3, 10) i`, [type.id, event.id, RECIPIENTS]);
  await q(`INSERT INTO global_consent (address, status, event_id) SELECT 'p' || i || '@bench.example', 'opted_out', $1 FROM generate_series(3, $2, 20) i`, [event.id, RECIPIENTS]);
  await q(`INSERT INTO suppression (address, reason) SELECT 'p' || i || '@bench.example', 'hard_bounce' FROM generate_series(7, $1, 50) i ON CONFLICT DO NOTHING`, [RECIPIENTS]);
  const variants = [1, 2, 3].map((n) => ({
    locale: ['en', 'zh-CN', 'zh-TW'][n - 1],
    subject: 'News for {{ contact.first_name }}',
    preheader: null,
    mjml: fs.readFileSync(path.join(root, 'tools/lib/bench-newsletter.mjml'), 'utf8'),
  }));
  const { rows: [template] } = await q(`INSERT INTO email_template (name, kind) VALUES ('Bench', 'marketing') RETURNING id`);
  const { rows: [version] } = await q(`INSERT INTO email_template_version (template_id, version, variants, content_key) VALUES ($1, 1, $2, 'bench-content') RETURNING id`, [template.id, JSON.stringify(variants)]);
  await q(`UPDATE email_template SET current_version_id = $1 WHERE id = $2`, [version.id, template.id]);
  const { rows: [mailing] } = await q(
    `INSERT INTO mailing (name, campaign_id, template_id, template_version_id, subscription_type_id, audience, status)
     VALUES ('Bench', $1, $2, $3, $4, '{"campaignMemberStatuses": ["sent"], "listIds": [], "excludeListIds": []}', 'scheduled') RETURNING id`,
    [campaign.id, template.id, version.id, type.id],
  );
  mailingId = mailing.id;
  await q('ANALYZE');
  return performance.now() - t;
}

/** What the sink takes from this process over the same connections: one small pre-rendered message, no database, no rendering. */
async function floorRate() {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sinkPort, pool: true, maxConnections: CONNECTIONS, maxMessages: Infinity, ignoreTLS: true });
  const message = { from: 'bench@rapport.test', to: 'floor@bench.example', subject: 'Floor', text: 'x'.repeat(2000), html: `<p>${'x'.repeat(6000)}</p>` };
  const d0 = delivered;
  const t0 = performance.now();
  const inFlight = new Set();
  while (performance.now() - t0 < 5000) {
    const p = transport.sendMail(message).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= CONNECTIONS * 4) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const rate = ((delivered - d0) * 1000) / (performance.now() - t0);
  transport.close();
  return rate;
}

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

async function until(check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms`);
}


function writeSection(r) {
  const block = `<!-- bench-mailing:start -->
Measured by \`node tools/bench-mailing.mjs\` (part of \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: one worker, PostgreSQL queue backend, an SMTP sink in the bench process, ${CONNECTIONS} relay connections.

| Figure | Value | Target |
| --- | --- | --- |
| Audience of ${r.recipients.toLocaleString('en')} resolved, consent and policy applied, rows written | ${r.fanoutS} s | ≤ 60 s |
| Worker memory during the fan-out (max RSS) | ${r.fanoutWorkerRssMaxMb} MB | flat: the fan-out is one SQL statement |
| Send rate, one worker | ${r.sendPerS} messages/s | ≥ 500 messages/s |
| Floor: the sink's rate for one pre-rendered message from the bench process | ${r.floorPerS} messages/s | |
| Send rate as a share of the floor | ${r.sendRatio} | |
| Worker memory while sending (max RSS) | ${r.sendWorkerRssMaxMb} MB | |

Outcome of the fan-out: ${Object.entries(r.outcome).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}.
<!-- bench-mailing:end -->`;
  writeMarkedSection(path.join(root, 'docs/performance.md'), 'bench-mailing', block, 'Mailings at scale');
}
