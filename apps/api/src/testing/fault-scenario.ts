import type { INestApplication } from '@nestjs/common';
import { type TestContext, waitFor } from '@rapport/shared-testing';
import type { RecordTestContext } from './record-factories';
import { burstWithFault, expectedMessageIds, mailedMessageIds, routedTeam, routingFigures, SETTLED, Submission, summaryLine, workState } from './fault-burst';
import type { QueueBackendKind } from '@rapport/shared-queue';
import { DedicatedRedis, FaultQueueStore } from './queue-store';
import { WorkerProcess } from './worker-process';

/** A hang detector, not a speed target: the figures are printed; speed belongs in `npm run bench`. */
export const RECOVERY_BOUND_MS = 90_000;

/** The worker's timings in the fault suite: a fast relay, reconciler and schedule check, so recovery is seconds, not the production minute. */
export const FAULT_WORKER_ENV = {
  OUTBOX_POLL_MS: '50',
  OUTBOX_RECONCILE_MS: '500',
  OUTBOX_RECONCILE_GRACE_MS: '1000',
  SCHEDULE_CHECK_MS: '500',
  SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '',
};

/** The queue key prefix of the fault suite's worker and store. */
export const FAULT_PREFIX = 'rapport-fault';

/** A real worker process on the fault suite's timings, against the test database and this store. */
export function startFaultWorker(ctx: TestContext, store: FaultQueueStore): WorkerProcess {
  return WorkerProcess.start({ databaseUrl: ctx.databaseUrl, redisUrl: store.redisUrl, prefix: FAULT_PREFIX, env: FAULT_WORKER_ENV });
}

export interface FaultBackend {
  store: FaultQueueStore;
  worker: WorkerProcess;
  /** `kill -9` the worker and start another at once, as a supervisor would. */
  restartWorker(): Promise<void>;
}

/**
 * A fault suite's queue backend for one `describe` block: the queue store (on the Redis backend,
 * on a redis-server of its own, so FLUSHALL is a real FLUSHALL) and a real worker, ready before
 * each test; all stopped after the block. `ctx` is read once the file's own `beforeAll` booted it.
 */
export function useFaultBackend(kind: QueueBackendKind, ctx: () => TestContext): FaultBackend {
  let redis: DedicatedRedis | null = null;
  const backend: FaultBackend = {
    store: null as unknown as FaultQueueStore,
    worker: null as unknown as WorkerProcess,
    async restartWorker() {
      await backend.worker.kill9();
      backend.worker = startFaultWorker(ctx(), backend.store);
    },
  };
  beforeAll(async () => {
    if (kind === 'redis') redis = await DedicatedRedis.start();
    backend.store = FaultQueueStore.open(kind, ctx().databaseUrl, redis, FAULT_PREFIX);
    backend.worker = startFaultWorker(ctx(), backend.store);
    await backend.worker.ready();
  }, 120_000);
  afterAll(async () => {
    await WorkerProcess.killAll();
    await backend.store?.close();
    await redis?.stop();
  });
  beforeEach(async () => {
    await backend.worker.ready();
  }, 120_000);
  return backend;
}

export interface FaultScenario {
  /** For the summary line: the backend and the fault. */
  name: string;
  app: INestApplication;
  ctx: RecordTestContext;
  store: FaultQueueStore;
  fault: () => Promise<void>;
  /**
   * Emails the SMTP sink may receive twice: the mailer marks a notification emailed after the SMTP
   * server took the message, so a worker killed (or a database lost) in between sends that one
   * again on retry (docs/adr/0009; the fixed Message-ID lets mail clients fold it). At most one
   * per such fault: the platform queue sends one mail at a time.
   */
  emailResendsAllowed: number;
  /** Answers other than 201 that the fault may cause, checked by the caller (PostgreSQL down: 503). */
  refused?: (s: Submission) => boolean;
}

export interface FaultResult {
  submissions: Submission[];
  accepted: Submission[];
  storedEmails: Set<string>;
}

/**
 * One fault scenario end to end: a paced burst of web-to-lead submissions from six clients, the
 * fault injected once a third of them are answered and the worker has routed some, the burst going
 * on through the fault and 20 submissions past it; then, from the database, the SMTP sink and the
 * queue store: every accepted lead stored and routed exactly once (one owner chosen by its routing
 * decision, one `lead.routed` event, one `lead.assigned` notice), every notification mailed, no
 * duplicate, every job scheduler back. Prints one summary line.
 */
export async function runFaultScenario(s: FaultScenario): Promise<FaultResult> {
  const { ctx } = s;
  const { reps, region } = await routedTeam(ctx, 'fault');
  const routed = async () =>
    (await ctx.ds.query(`SELECT count(*)::int AS n FROM lead l JOIN lead_routing r ON r.lead_id = l.id WHERE l.region = $1 AND r.routed_at IS NOT NULL`, [region]))[0].n as number;

  const [{ lastOutboxId }] = await ctx.ds.query(`SELECT coalesce(max(id), 0)::text AS "lastOutboxId" FROM outbox`);
  const burst = await burstWithFault(s.app, {
    region,
    total: 150,
    clients: 6,
    pauseMs: 100,
    tail: 20,
    faultWhen: async (answered) => answered >= 50 && (await routed()) > 0,
    fault: s.fault,
  });
  const accepted = burst.submissions.filter((x) => x.status === 201);
  const refused = burst.submissions.filter((x) => x.status !== 201);
  expect(refused.filter((x) => !s.refused?.(x))).toEqual([]);

  const repIds = reps.map((r) => r.id);
  const mailsExpected = async () => new Set(await expectedMessageIds(ctx, repIds));
  const allMailed = async () => {
    const sent = new Set(await mailedMessageIds(process.env['RAPPORT_TEST_INBOX_URL'] ?? '', reps.map((r) => r.email)));
    return [...(await mailsExpected())].every((id) => sent.has(id));
  };
  let routedAt = 0;
  const recovered = await waitFor(
    async () => {
      const state = await workState(ctx, region);
      if (!routedAt && state.unrouted === 0) routedAt = Date.now();
      return JSON.stringify(state) === JSON.stringify(SETTLED) && (await s.store.missingSchedulers()).length === 0 && (await allMailed());
    },
    RECOVERY_BOUND_MS,
    100,
  );
  const recoveredAt = Date.now();
  expect(await workState(ctx, region)).toEqual(SETTLED);
  expect(await s.store.missingSchedulers()).toEqual([]);
  expect(recovered).toBe(true);

  // Nothing accepted is lost; and the database holds no lead this burst did not submit.
  const storedEmails = new Set<string>((await ctx.ds.query(`SELECT email FROM lead WHERE region = $1`, [region])).map((r: { email: string }) => r.email));
  expect(accepted.filter((x) => !storedEmails.has(x.email))).toEqual([]);
  const submitted = new Set(burst.submissions.map((x) => x.email));
  expect([...storedEmails].filter((e) => !submitted.has(e))).toEqual([]);

  // Every stored lead routed exactly once.
  const stored = storedEmails.size;
  const figures = await routingFigures(ctx, region, repIds);
  expect(figures).toEqual({ stored, owned: stored, routedEvents: stored, routedLeads: stored, notices: stored, noticedLeads: stored });

  // Every notification mailed; none twice beyond what SMTP's hand-off allows (see emailResendsAllowed).
  const mailed = await mailedMessageIds(process.env['RAPPORT_TEST_INBOX_URL'] ?? '', reps.map((r) => r.email));
  const expected = await mailsExpected();
  expect(expected.size).toBe(stored);
  expect([...new Set(mailed)].sort()).toEqual([...expected].sort());
  const emailDuplicates = mailed.length - new Set(mailed).size;
  expect(emailDuplicates).toBeLessThanOrEqual(s.emailResendsAllowed);

  // What the reconciler had to re-send because the queue lost it: the routing rows of these leads, and all work since the burst began.
  const [{ resent, resentAll }] = await ctx.ds.query(
    `SELECT (SELECT count(*)::int FROM outbox o JOIN lead l ON o.dedup_key = 'assign-lead:' || l.id WHERE l.region = $1 AND o.redispatches > 0) AS resent,
            (SELECT count(*)::int FROM outbox WHERE id > $2 AND redispatches > 0) AS "resentAll"`,
    [region, lastOutboxId],
  );
  console.log(
    summaryLine(s.name, {
      submitted: burst.submissions.length,
      accepted: accepted.length,
      refused503: refused.length,
      stored,
      owned: figures.owned,
      duplicates: figures.routedEvents - figures.routedLeads + (figures.notices - figures.noticedLeads) + emailDuplicates,
      emailResends: emailDuplicates,
      routingResent: resent,
      outboxResent: resentAll,
      faultMs: burst.faultEndedAt - burst.faultStartedAt,
      // From the fault's start (and from the burst's end): every lead routed; everything (mails too) done.
      allRoutedMsFromFault: Math.max(routedAt, burst.endedAt) - burst.faultStartedAt,
      recoveryMsFromFault: recoveredAt - burst.faultStartedAt,
      allRoutedMsAfterBurst: Math.max(0, routedAt - burst.endedAt),
      recoveryMsAfterBurst: recoveredAt - burst.endedAt,
    }),
  );
  return { submissions: burst.submissions, accepted, storedEmails };
}
