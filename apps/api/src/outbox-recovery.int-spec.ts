import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Role } from '@rapport/shared-domain';
import { notify } from '@rapport/shared-database';
import { COALESCED_JOBS, OutboxRelay, queueConnection, QueueBackendKind, QUEUES } from '@rapport/shared-queue';
import { ApiClient, waitFor, wipeQueueStore } from '@rapport/shared-testing';
import { bootTestApi } from './testing/boot-test-api';
import type { RecordTestContext } from './testing/record-factories';

/**
 * Issue 11: leads accepted and handed to BullMQ, then the queue store loses its data (Redis
 * restarted without persistence, or the PostgreSQL backend's tables emptied) before the worker
 * runs them. The real worker process must still route every lead and send every notification
 * email exactly once: its reconciler finds the outbox rows whose jobs vanished and re-sends them.
 */
const backends: QueueBackendKind[] = process.env['RAPPORT_TEST_REDIS_URL'] ? ['postgres', 'redis'] : ['postgres'];
const METRICS_TOKEN = 'metrics-token-for-outbox-recovery-0123456789';
const INBOX_URL = process.env['RAPPORT_TEST_INBOX_URL'] ?? '';
const root = path.resolve(__dirname, '..', '..', '..');

let app: INestApplication;
let ctx: RecordTestContext;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  ({ app, ctx } = await bootTestApi({ PUBLIC_LEAD_RATE_LIMIT: '100000', METRICS_TOKEN }));
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await app?.close();
  await ctx?.close();
});


describe.each(backends)('when the %s queue store loses its data after the relay handed the work over', (kind) => {
  const prefix = `rapport-recovery-${randomBytes(4).toString('hex')}`;
  const redisUrl = kind === 'redis' ? process.env['RAPPORT_TEST_REDIS_URL']! : null;

  /** The real worker process (relay, reconciler, processors) on this test's database and queue store. */
  function startWorker(reconcileGraceMs: number): ChildProcess {
    const env = {
      ...process.env,
      DATABASE_URL: ctx.databaseUrl,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '50',
      OUTBOX_RECONCILE_MS: '500',
      OUTBOX_RECONCILE_GRACE_MS: String(reconcileGraceMs),
      REDIS_URL: redisUrl ?? '',
      QUEUE_PREFIX: prefix,
      SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '',
    };
    const w = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    w.stderr?.on('data', () => undefined);
    w.stdout?.on('data', () => undefined);
    workers.push(w);
    return w;
  }

  /** The relay's hand-over, done here while no worker runs, so the jobs sit in the store when it loses them. */
  async function dispatch(): Promise<number> {
    const { connection } = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl });
    const queues = new Map<string, Queue>(Object.values(QUEUES).map((name) => [name, new Queue(name, { connection: connection as never, prefix })]));
    try {
      return await new OutboxRelay(ctx.ds, (name) => queues.get(name), 200, COALESCED_JOBS).drain();
    } finally {
      for (const q of queues.values()) await q.close();
      // BullMQ's backend choice is process-wide: put back the API's (PostgreSQL, no REDIS_URL).
      queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: null });
    }
  }

  /** What FLUSHALL takes from this app: every key under its prefix, or the backend's tables emptied. */
  async function wipeQueue() {
    if (kind === 'postgres') {
      const [jobs] = await ctx.ds.query(`SELECT count(*)::int AS n FROM bullmq.job`);
      expect(jobs.n).toBeGreaterThan(0);
    }
    const wiped = await wipeQueueStore(ctx.ds, redisUrl, prefix);
    if (kind === 'redis') expect(wiped.keys).toBeGreaterThan(0);
  }

  /** Three reps who take every lead of a fresh region, round the clock. */
  async function routedTeam() {
    const team = await ctx.newTeam();
    const reps = [];
    for (let i = 0; i < 3; i++) reps.push(await ctx.newUser({ role: Role.SalesRep, teamId: team.id }));
    for (const rep of reps) await ctx.newRoutingProfile(rep);
    const region = `wipe-${kind}-${randomBytes(3).toString('hex')}`;
    await ctx.newRoutingRule({ name: `Wipe ${region}`, position: 1, criteria: { regions: [region] }, targetTeamId: team.id });
    return { reps, region };
  }

  async function submit(region: string, count: number): Promise<string[]> {
    const client = new ApiClient(app);
    const responses = await Promise.all(
      Array.from({ length: count }, (_, i) => client.raw().post('/api/public/leads').send({ lastName: `Wipe ${i}`, email: `wipe-${i}-${region}@example.com`, region })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(count);
    return (await ctx.ds.query(`SELECT id FROM lead WHERE region = $1`, [region])).map((r: { id: string }) => r.id);
  }

  async function killed(worker: ChildProcess) {
    if (worker.exitCode === null) {
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
    }
  }

  it('marks the outbox rows done when the real worker completes their jobs', async () => {
    const { region } = await routedTeam();
    const [{ last }] = await ctx.ds.query(`SELECT coalesce(max(id), 0)::text AS last FROM outbox`);
    // A day's grace keeps the reconciler out of it: only the worker's completion hooks can finish a row.
    const worker = startWorker(86_400_000);
    try {
      const leadIds = await submit(region, 20);
      const finished = await waitFor(async () => {
        const [s] = await ctx.ds.query(
          `SELECT (SELECT count(*)::int FROM lead_routing WHERE lead_id = ANY($1::uuid[]) AND routed_at IS NOT NULL) AS routed,
                  (SELECT count(*)::int FROM outbox WHERE done_at IS NULL) AS unfinished`,
          [leadIds],
        );
        return s.routed === 20 && s.unfinished === 0;
      }, 120_000);
      expect(finished).toBe(true);
    } finally {
      await killed(worker);
    }
    const [rows] = await ctx.ds.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE job_id IS NOT NULL AND redispatches = 0 AND failed_at IS NULL)::int AS acked FROM outbox WHERE id > $1`,
      [last],
    );
    // 20 assign-lead rows and the 20 mails their routing queued.
    expect(rows.n).toBe(40);
    expect(rows.acked).toBe(rows.n);
  }, 240_000);

  it('routes every lead and sends every notification email exactly once', async () => {
    const { reps, region } = await routedTeam();
    const [before] = await ctx.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM outbox_reconcile_total WHERE outcome = 'redispatched'`);

    // Accepted: 60 web-to-lead submissions and 5 notifications to be mailed (a reminder, say).
    const LEADS = 60;
    const leadIds = await submit(region, LEADS);
    const reader = await ctx.newUser({ role: Role.SalesManager });
    await ctx.ds.transaction(async (m) => {
      for (let i = 0; i < 5; i++) await notify(m, { userId: reader.id, kind: 'test.reminder', title: `Reminder ${i}`, email: true });
    });

    // Handed over to BullMQ (the rows say "dispatched"), then the store loses everything.
    expect(await dispatch()).toBe(LEADS + 5);
    const [handed] = await ctx.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NOT NULL AND done_at IS NULL`);
    expect(handed.n).toBe(LEADS + 5);
    await wipeQueue();

    const worker = startWorker(1000);
    const recovered = await waitFor(async () => {
      const [s] = await ctx.ds.query(
        `SELECT (SELECT count(*)::int FROM lead_routing WHERE lead_id = ANY($1::uuid[]) AND routed_at IS NOT NULL) AS routed,
                (SELECT count(*)::int FROM outbox WHERE done_at IS NULL) AS unfinished`,
        [leadIds],
      );
      return s.routed === LEADS && s.unfinished === 0;
    }, 120_000);
    await killed(worker);
    expect(recovered).toBe(true);

    // Routed once each: one owner from the team, one routing event, one notice.
    const [facts] = await ctx.ds.query(
      `SELECT count(*)::int AS leads,
              count(*) FILTER (WHERE l.owner_id = ANY($2))::int AS owned,
              (SELECT count(*)::int FROM timeline_event t WHERE t.event_type = 'lead.routed' AND t.subject_id = ANY($1::uuid[])) AS routed_events,
              (SELECT count(*)::int FROM notification n WHERE n.kind = 'lead.assigned' AND (n.payload->>'leadId')::uuid = ANY($1::uuid[])) AS notices
         FROM lead l WHERE l.id = ANY($1::uuid[])`,
      [leadIds, reps.map((r) => r.id)],
    );
    expect(facts).toEqual({ leads: LEADS, owned: LEADS, routed_events: LEADS, notices: LEADS });

    // Every notification of these people emailed, and the inbox holds exactly one message for each.
    const people = [...reps, reader];
    const notes: { id: string }[] = await ctx.ds.query(`SELECT id FROM notification WHERE user_id = ANY($1::uuid[]) AND emailed_at IS NOT NULL ORDER BY id`, [people.map((p) => p.id)]);
    const [all] = await ctx.ds.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = ANY($1::uuid[])`, [people.map((p) => p.id)]);
    expect(notes).toHaveLength(LEADS + 5);
    expect(all.n).toBe(LEADS + 5);
    const inbox: { messageId?: string; headers?: Record<string, string>; to: { address: string }[] }[] = await (await fetch(`${INBOX_URL}/api/email`)).json();
    const addresses = new Set(people.map((p) => p.email));
    const mine = inbox.filter((m) => addresses.has(m.to[0]?.address)).map((m) => String(m.messageId ?? m.headers?.['message-id']).replace(/^<|>$/g, ''));
    expect(mine.sort()).toEqual(notes.map((n) => `notification-${n.id}@rapport`).sort());

    // The lost rows were re-sent once; the mail that routing queued afterwards went the normal way.
    const rows = await ctx.ds.query(
      `SELECT job_name, redispatches, count(*)::int AS n FROM outbox
        WHERE dedup_key = ANY($1) OR dedup_key IN (SELECT 'notification-email:' || id FROM notification WHERE user_id = ANY($2::uuid[]))
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [leadIds.map((id) => `assign-lead:${id}`), people.map((p) => p.id)],
    );
    expect(rows).toEqual([
      { job_name: 'assign-lead', redispatches: 1, n: LEADS },
      { job_name: 'send-notification-email', redispatches: 0, n: LEADS },
      { job_name: 'send-notification-email', redispatches: 1, n: 5 },
    ]);

    // Counted for Prometheus, served by the API.
    const [after] = await ctx.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM outbox_reconcile_total WHERE outcome = 'redispatched'`);
    expect(after.n - before.n).toBe(LEADS + 5);
    const metrics = await new ApiClient(app).raw().get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(metrics.status).toBe(200);
    const counted = (job: string) => Number(new RegExp(`^rapport_outbox_reconciled_total\\{job="${job}",outcome="redispatched"\\} (\\d+)$`, 'm').exec(metrics.text)?.[1]);
    const totals: { job_name: string; count: string }[] = await ctx.ds.query(`SELECT job_name, count FROM outbox_reconcile_total WHERE outcome = 'redispatched'`);
    for (const t of totals) expect(counted(t.job_name)).toBe(Number(t.count));
    expect(metrics.text).toMatch(/^rapport_outbox_unfinished\{state="in_flight"\} 0$/m);
  }, 240_000);
});
