import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { ApiClient, TestContext, waitFor as pollUntil } from '@rapport/shared-testing';
import { queueConnection } from '@rapport/shared-queue';
import { bootTestApi } from './testing/boot-test-api';

/**
 * The real worker process keeps its job schedulers: it declares them at start, recreates one
 * removed from the queue store at its next periodic check (logging one JSON line), and its
 * maintenance queue runs the SLA check and the nurture engine. The API's /api/ready sees each state.
 */
let app: INestApplication;
let ctx: TestContext;
let worker: ChildProcess | undefined;
let stdout = '';
const root = path.resolve(__dirname, '..', '..', '..');

beforeAll(async () => {
  ({ app, ctx } = await bootTestApi());
  const env = { ...process.env, DATABASE_URL: ctx.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', REDIS_URL: '', SMTP_URL: '', SCHEDULE_CHECK_MS: '300' };
  worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  worker.stdout?.on('data', (chunk) => (stdout += chunk));
  worker.stderr?.on('data', () => undefined);
}, 60_000);
afterAll(async () => {
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await new Promise((r) => worker!.once('exit', r));
  }
  await app?.close();
  await ctx?.close();
});

const waitFor = (check: () => Promise<boolean>, ms = 60_000) => pollUntil(check, ms, 100);
const schedulers = async () => (await new ApiClient(app).raw().get('/api/ready')).body.schedulers;
const jsonLines = () =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

it('declares the schedulers at start and recreates one removed from the store, logging it', async () => {
  const logged = (entry: Record<string, unknown>) => async () => jsonLines().some((l) => Object.entries(entry).every(([k, v]) => l[k] === v));
  expect(await waitFor(logged({ service: 'rapport-worker', msg: 'job schedulers declared', reason: 'start' }))).toBe(true);
  expect(await schedulers()).toEqual({ status: 'ok', missing: [] });

  const maintenance = app.get<Queue>(getQueueToken('maintenance'), { strict: false });
  await maintenance.removeJobScheduler('check-sla-every-minute');
  expect(await waitFor(logged({ level: 'warn', msg: 'job scheduler was missing; recreated', queue: 'maintenance', scheduler: 'check-sla-every-minute', reason: 'periodic' }))).toBe(true);
  expect(await schedulers()).toEqual({ status: 'ok', missing: [] });
}, 90_000);

it('runs the SLA check on the maintenance queue', async () => {
  const connection = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: null }).connection as never;
  const events = new QueueEvents('maintenance', { connection, prefix: 'rapport' });
  await events.waitUntilReady();
  try {
    const maintenance = app.get<Queue>(getQueueToken('maintenance'), { strict: false });
    const job = await maintenance.add('check-sla', {});
    expect(await job.waitUntilFinished(events, 60_000)).toEqual({ answered: 0, escalations: 0, more: false, dueMoved: 0 });
  } finally {
    await events.close();
  }
}, 90_000);

it('runs the nurture engine on the maintenance queue', async () => {
  const connection = queueConnection({ databaseUrl: ctx.databaseUrl, redisUrl: null }).connection as never;
  const events = new QueueEvents('maintenance', { connection, prefix: 'rapport' });
  await events.waitUntilReady();
  try {
    const maintenance = app.get<Queue>(getQueueToken('maintenance'), { strict: false });
    const job = await maintenance.add('advance-nurtures', {});
    // No nurture is active in this database: a run that found nothing to do.
    expect(await job.waitUntilFinished(events, 60_000)).toEqual({ enrolled: 0, stopped: 0, waited: 0, branched: 0, sent: 0, memberStatus: 0, notified: 0, completed: 0, woken: [] });
  } finally {
    await events.close();
  }
}, 90_000);
