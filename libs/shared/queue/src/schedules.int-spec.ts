import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { TestContext, waitFor as pollUntil } from '@rapport/shared-testing';
import { queueConnection, QueueBackendKind } from './backend';
import { QueueName } from './queues';
import { ScheduleKeeper } from './schedule-keeper';
import { declareSchedules, missingSchedules, RETIRED_SCHEDULES, SCHEDULES } from './schedules';

/**
 * Job schedulers live only in the queue store. These tests erase them the ways production loses
 * them (a scheduler removed; the whole store emptied; the connection dropped meanwhile) and check
 * that the keeper brings every one back: at start, on its periodic check and after a reconnect.
 * On both backends: PostgreSQL always, Redis when the test setup could start one.
 */
const backends: QueueBackendKind[] = process.env['RAPPORT_TEST_REDIS_URL'] ? ['postgres', 'redis'] : ['postgres'];

// A query may still meet a connection the test just dropped: that is a "not yet".
const waitFor = (check: () => Promise<boolean>, ms = 20_000) => pollUntil(() => check().catch(() => false), ms, 50);

describe.each(backends)('job schedulers on %s', (kind) => {
  let ctx: TestContext;
  const queues = new Map<QueueName, Queue>();
  const queueFor = (name: QueueName) => queues.get(name)!;
  // The test looks at the store through its own queues (own connections, never dropped). Polling
  // through the keeper's queues would race it for the dropped connections: pg reports a dropped
  // connection to whoever holds it, and only an idle one to the pool (and so to the keeper).
  const observers = new Map<QueueName, Queue>();
  const observe = (name: QueueName) => observers.get(name)!;
  // Own key prefix (Redis) and connection name (PostgreSQL), so emptying the store or dropping the
  // connection touches only this file's queues, never another test file's.
  const prefix = `sched-${randomBytes(4).toString('hex')}`;
  const appName = `rapport-test-${prefix}`;
  const keepers: ScheduleKeeper[] = [];
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create();
    const { connection } = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: kind === 'redis' ? process.env['RAPPORT_TEST_REDIS_URL']! : null });
    const names = new Set<QueueName>([...SCHEDULES.map((s) => s.queue), ...RETIRED_SCHEDULES.map((s) => s.queue)]);
    for (const name of names) {
      const q = new Queue(name, { connection: { ...connection, ...(kind === 'postgres' ? { application_name: appName } : {}) } as never, prefix });
      await q.waitUntilReady();
      // The dropped connections are reported as errors; expected here.
      q.on('error', () => undefined);
      queues.set(name, q);
      const o = new Queue(name, { connection: { ...connection, ...(kind === 'postgres' ? { application_name: `${appName}-observer` } : {}) } as never, prefix });
      o.on('error', () => undefined);
      observers.set(name, o);
    }
  });
  afterEach(async () => {
    for (const k of keepers.splice(0)) await k.stop();
    logs.length = 0;
  });
  afterAll(async () => {
    for (const o of observers.values()) await o.close();
    for (const q of queues.values()) {
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    await ctx?.close();
  });

  const keeper = (checkEveryMs: number) => {
    const k = new ScheduleKeeper(queueFor, { checkEveryMs, retryEveryMs: 100, log: (e) => logs.push(e) });
    keepers.push(k);
    return k;
  };
  const present = async () => (await missingSchedules(observe)).length === 0;
  const recreated = (reason: string) => logs.filter((l) => l['msg'] === 'job scheduler was missing; recreated' && l['reason'] === reason).map((l) => l['scheduler']).sort();
  const everyId = SCHEDULES.map((s) => s.id).sort();

  /** What losing the queue store's data does: Redis restarted without persistence, or the backend's tables emptied. */
  async function emptyStore() {
    if (kind === 'redis') {
      const redis = new Redis(process.env['RAPPORT_TEST_REDIS_URL']!);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    } else {
      const tables: { name: string }[] = await ctx.ds.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'bullmq' AND tablename NOT LIKE '%migration%'`);
      await ctx.ds.query(`TRUNCATE ${tables.map((t) => `bullmq."${t.name}"`).join(', ')} CASCADE`);
    }
  }

  /** Drops the queues' connections from the server side, as a restart or a network cut does. */
  async function dropConnections() {
    if (kind === 'redis') {
      const redis = new Redis(process.env['RAPPORT_TEST_REDIS_URL']!);
      for (const q of queues.values()) {
        const client = await (q.getBackend() as unknown as { client: Promise<Redis> }).client;
        await redis.client('KILL', 'ID', String(await client.client('ID')));
      }
      await redis.quit();
    } else {
      // Use every queue's pool first: an idle pooled connection closes itself after 10 s, and on a
      // busy machine (the full suite) the pools could be empty by now, leaving nothing to drop and
      // so no error for the keeper to react to.
      await missingSchedules(queueFor);
      const dropped: unknown[] = await ctx.ds.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [appName]);
      expect(dropped.length).toBeGreaterThan(0);
      logs.push({ msg: 'test: connections dropped', count: dropped.length, at: Date.now() });
    }
  }

  it('declares every schedule at start and removes the ones retired from other queues', async () => {
    await queueFor('leads').upsertJobScheduler('check-sla-every-minute', { every: 60_000 }, { name: 'check-sla', data: {} });
    await keeper(3_600_000).start();
    for (const s of SCHEDULES) {
      const scheduler = await queueFor(s.queue).getJobScheduler(s.id);
      expect(scheduler).toMatchObject({ key: s.id, name: s.job.name, ...s.repeat });
    }
    for (const r of RETIRED_SCHEDULES) expect(await queueFor(r.queue).getJobScheduler(r.id)).toBeUndefined();
    expect(logs).toEqual([expect.objectContaining({ level: 'info', msg: 'job schedulers declared', reason: 'start' })]);
  });

  it('recreates a removed scheduler, and all of them after the store was emptied, at the periodic check', async () => {
    await declareSchedules(queueFor);
    await keeper(150).start();
    await queueFor('maintenance').removeJobScheduler('check-sla-every-minute');
    expect(await missingSchedules(queueFor)).toEqual([expect.objectContaining({ id: 'check-sla-every-minute' })]);
    expect(await waitFor(present)).toBe(true);
    expect(recreated('periodic')).toEqual(['check-sla-every-minute']);
    expect(logs.find((l) => l['scheduler'] === 'check-sla-every-minute')).toMatchObject({ level: 'warn', queue: 'maintenance', job: 'check-sla' });

    logs.length = 0;
    await emptyStore();
    // Not "all missing now": the keeper checks every 150 ms and on a busy machine it has already
    // recreated some by the time we look. That it logs every id as missing-and-recreated by its
    // periodic check below shows both that the store was emptied and that it brought all back.
    expect(await waitFor(present)).toBe(true);
    // The keeper logs each one just after its write, so the log may trail the store by a moment.
    expect(await waitFor(async () => recreated('periodic').length >= everyId.length)).toBe(true);
    expect(recreated('periodic')).toEqual(everyId);
  });

  it('recreates them when the queue connection comes back, without waiting for the periodic check', async () => {
    await declareSchedules(queueFor);
    // The periodic check is an hour away: only the reconnect can bring them back in this test.
    await keeper(3_600_000).start();
    await emptyStore();
    await dropConnections();
    // If they never come back, the failure shows what the keeper logged instead (jest prints a mismatch, not a match).
    const back = await waitFor(present);
    expect(back ? 'back' : { notBack: logs }).toBe('back');
    expect(await waitFor(async () => recreated('reconnect').length >= everyId.length)).toBe(true);
    expect(recreated('reconnect')).toEqual(everyId);
    expect(recreated('periodic')).toEqual([]);
  });

  it('puts the recreated check-sla job in the queue again', async () => {
    await keeper(100).start();
    await emptyStore();
    // The store was emptied with its jobs: a check-sla job in it now comes from the recreated scheduler.
    expect(await waitFor(async () => (await queueFor('maintenance').getJobs(['waiting', 'delayed'])).some((j) => j.name === 'check-sla'))).toBe(true);
  });
});
