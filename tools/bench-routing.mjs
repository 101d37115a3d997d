#!/usr/bin/env node
// Routing at scale (issue 19 item 1): part of `npm run bench`, or alone with
// `node tools/bench-routing.mjs [--no-build] [--no-write]`.
// Boots the built API and worker on a throw-away PostgreSQL (BullMQ on PostgreSQL), then writes a
// backlog of BENCH_ROUTING_CASES (default 20,000) waiting cases in two queues (technical: HVAC level
// 3; billing) with mixed priorities, channels and languages, and BENCH_ROUTING_AGENTS (default 60)
// available agents of different skills, languages and capacities (enough room for the whole
// backlog), all set-based in SQL. One `dispatch-cases` outbox row starts the clock; it stops when no
// item waits. The figure is decisions per second, end to end (relay, job, rounds, writes: owners,
// events, audit, notifications). The floor, measured in the same run, is the cheapest thing that
// could stand for those decisions: one set-based UPDATE giving every case an owner. Checks: every
// case given once, to an agent with the queue's skill and the case's language, no agent over capacity.
// Figures go to docs/performance.md between the routing markers (full size only).
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureDependencies(root);
const { waitForHttp } = await import('./lib/processes.mjs');
const { startBenchStack, writeMarkedSection } = await import('./lib/bench-stack.mjs');

const CASES = Number(process.env.BENCH_ROUTING_CASES ?? 20_000);
const AGENTS = Number(process.env.BENCH_ROUTING_AGENTS ?? 60);
const port = 3994;
const pgPort = 54374;
const write = !process.argv.includes('--no-write');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!process.argv.includes('--no-build')) spawnSync(process.execPath, ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
const loadAverage = os.loadavg().map((n) => n.toFixed(2)).join(' / ');
const stack = await startBenchStack({ root, name: 'bench-routing', port, pgPort, database: 'rapport_bench_routing', env: { REDIS_URL: '', SMTP_URL: '' } });
const db = new pg.Client({ connectionString: stack.db.url });

try {
  if (!(await waitForHttp(`http://localhost:${port}/api/ready`, 120_000))) throw new Error('API not ready');
  await db.connect();
  const setup = await seed();
  const result = { loadAverage, cases: CASES, agents: AGENTS, ...(await route(setup)) };
  console.log(JSON.stringify(result, null, 2));
  if (write && CASES === 20_000 && AGENTS === 60) writeReport(result);
  if (result.problems.length) process.exitCode = 1;
} finally {
  await db.end().catch(() => undefined);
  await stack.stop();
}

/** Queues, agents and the backlog, set-based; the demo's own waiting cases are moved out of the way. */
async function seed() {
  await db.query(`UPDATE routing_item SET state = 'cancelled' WHERE state = 'waiting'`);
  await db.query(`UPDATE agent_presence SET presence = 'offline'`);
  await db.query(`INSERT INTO service_skill (key, names) VALUES ('bench-hvac', '{"en": "HVAC"}'), ('bench-billing', '{"en": "Billing"}')`);
  const [{ id: tech }] = (await db.query(`INSERT INTO routing_queue (name, distribution) VALUES ('Bench technical', 'round_robin') RETURNING id`)).rows;
  const [{ id: billing }] = (await db.query(`INSERT INTO routing_queue (name, distribution) VALUES ('Bench billing', 'least_busy') RETURNING id`)).rows;
  await db.query(`INSERT INTO routing_queue_skill (queue_id, skill_key, level) VALUES ($1, 'bench-hvac', 3), ($2, 'bench-billing', 1)`, [tech, billing]);
  // Agents: two thirds technical (levels 2–5: level 2 may not take technical work), one third billing;
  // every one reads English, every other one Chinese too; capacity 500–1,000 mails and portal cases each.
  const { rows: agents } = await db.query(
    `INSERT INTO app_user (email, name, role, locale) SELECT 'bench-agent-' || g || '@rapport.test', 'Bench agent ' || g, 'service_agent', 'en' FROM generate_series(1, $1) g RETURNING id`,
    [AGENTS],
  );
  const ids = agents.map((a) => a.id);
  await db.query(
    `INSERT INTO user_skill (user_id, skill_key, level)
     SELECT id, CASE WHEN n % 3 = 0 THEN 'bench-billing' ELSE 'bench-hvac' END, 2 + n % 4 FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [ids],
  );
  await db.query(
    `INSERT INTO agent_presence (user_id, presence, languages, capacity, last_seen_at)
     SELECT id, 'available', CASE WHEN n % 2 = 0 THEN '{en,zh-CN,zh-TW}'::text[] ELSE '{en}'::text[] END,
            jsonb_build_object('email', 500 + (n % 6) * 100, 'portal', 500 + (n % 6) * 100), now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [ids],
  );
  const { rows: cases } = await db.query(
    `INSERT INTO service_case (number, subject, description, priority, status, channel, created_at)
     SELECT 'CS-BENCH-' || lpad(g::text, 7, '0'), 'Bench case ' || g, '', (ARRAY['low','normal','high','urgent'])[1 + g % 4], 'new',
            CASE WHEN g % 5 = 0 THEN 'portal' ELSE 'email' END, now() - make_interval(secs => $1 - g)
       FROM generate_series(1, $1) g RETURNING id, number`,
    [CASES],
  );
  await db.query(
    `INSERT INTO routing_item (case_id, queue_id, channel, language, enqueued_at)
     SELECT k.id, CASE WHEN n % 10 < 3 THEN $2::uuid ELSE $3::uuid END, k.channel, CASE WHEN n % 4 = 0 THEN 'zh-CN' ELSE 'en' END, k.created_at
       FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) JOIN service_case k ON k.id = c.id`,
    [cases.map((c) => c.id), billing, tech],
  );
  await db.query('ANALYZE');
  return { caseIds: cases.map((c) => c.id), agentIds: ids };
}

async function route({ caseIds, agentIds }) {
  const started = Date.now();
  await db.query(`INSERT INTO outbox (queue, job_name, payload, dedup_key) VALUES ('routing', 'dispatch-cases', '{"reason": "bench"}', 'bench-routing')`);
  let waiting = CASES;
  const deadline = started + 15 * 60_000;
  while (waiting > 0 && Date.now() < deadline) {
    await sleep(100);
    waiting = Number((await db.query(`SELECT count(*)::int AS n FROM routing_item WHERE state = 'waiting'`)).rows[0].n);
  }
  const seconds = (Date.now() - started) / 1000;
  const problems = [];
  if (waiting > 0) problems.push(`${waiting} cases still waiting after 15 minutes`);
  const twice = (await db.query(`SELECT count(*)::int AS n FROM (SELECT case_id FROM case_event WHERE kind = 'routed' GROUP BY case_id HAVING count(*) > 1) d`)).rows[0].n;
  if (twice) problems.push(`${twice} cases routed twice`);
  const wrongOwner = (await db.query(`SELECT count(*)::int AS n FROM routing_item i JOIN service_case k ON k.id = i.case_id WHERE i.state = 'assigned' AND k.owner_id IS DISTINCT FROM i.assigned_to`)).rows[0].n;
  if (wrongOwner) problems.push(`${wrongOwner} cases owned by someone else than their item says`);
  const over = (await db.query(
    `SELECT count(*)::int AS n FROM (SELECT i.assigned_to, i.channel, count(*) AS held FROM routing_item i WHERE i.state = 'assigned' GROUP BY 1, 2) h
       JOIN agent_presence p ON p.user_id = h.assigned_to WHERE h.held > (p.capacity->>h.channel)::int`,
  )).rows[0].n;
  if (over) problems.push(`${over} agent channels over capacity`);
  const unskilled = (await db.query(
    `SELECT count(*)::int AS n FROM routing_item i JOIN routing_queue_skill s ON s.queue_id = i.queue_id
       LEFT JOIN user_skill u ON u.user_id = i.assigned_to AND u.skill_key = s.skill_key AND u.level >= s.level
      WHERE i.state = 'assigned' AND u.user_id IS NULL`,
  )).rows[0].n;
  if (unskilled) problems.push(`${unskilled} cases given to an agent without the queue's skill`);
  const tongue = (await db.query(`SELECT count(*)::int AS n FROM routing_item i JOIN agent_presence p ON p.user_id = i.assigned_to WHERE i.state = 'assigned' AND i.language IS NOT NULL AND NOT i.language = ANY(p.languages)`)).rows[0].n;
  if (tongue) problems.push(`${tongue} cases given to an agent who does not read their language`);
  // The floor: every case given an owner in one statement, nothing decided, nothing recorded.
  const floorStart = process.hrtime.bigint();
  await db.query(`UPDATE service_case k SET owner_id = ($2::uuid[])[1 + (n % $3)] FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) WHERE k.id = c.id`, [caseIds, agentIds, agentIds.length]);
  const floorSeconds = Number(process.hrtime.bigint() - floorStart) / 1e9;
  return {
    seconds: Math.round(seconds * 10) / 10,
    decisionsPerSecond: Math.round((CASES - waiting) / seconds),
    floorPerSecond: Math.round(CASES / floorSeconds),
    ratioToFloor: Math.round(((CASES - waiting) / seconds / (CASES / floorSeconds)) * 1000) / 1000,
    problems,
  };
}

function writeReport(r) {
  const block = [
    '<!-- routing:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node tools/bench-routing.mjs\` (load average at start ${r.loadAverage}; 2 cores).`,
    '',
    `- Backlog of ${r.cases.toLocaleString('en')} waiting cases (two queues, four priorities, email and portal, English and Chinese) and ${r.agents} available agents of different skills, languages and capacities:`,
    `  all given out in **${r.seconds} s**, **${r.decisionsPerSecond.toLocaleString('en')} decisions/s** end to end (outbox relay, job, rounds under the lock, owners, events, audit, notifications); target ≥ 1,000/s.`,
    `- Floor in the same run (one set-based UPDATE giving every case an owner, nothing decided or recorded): ${r.floorPerSecond.toLocaleString('en')}/s; routing runs at **${r.ratioToFloor}** of it.`,
    `- Checks: ${r.problems.length ? r.problems.join('; ') : 'every case given once, to its item’s agent, with the queue’s skill and the case’s language, no agent over capacity'}.`,
    '<!-- routing:end -->',
  ].join('\n');
  writeMarkedSection(path.join(root, 'docs', 'performance.md'), 'routing', block, 'Routing at scale (issue 19)');
}
