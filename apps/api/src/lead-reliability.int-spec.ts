import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Role } from '@rapport/shared-domain';
import { ApiClient, waitFor } from '@rapport/shared-testing';
import { bootTestApi } from './testing/boot-test-api';
import type { RecordTestContext } from './testing/record-factories';

/**
 * The worker is killed with SIGKILL in the middle of an assignment burst and started again:
 * every accepted lead must end up routed exactly once (one owner, one routing event, one notice).
 */
let app: INestApplication;
let ctx: RecordTestContext;
const root = path.resolve(__dirname, '..', '..', '..');
const workers: ChildProcess[] = [];

beforeAll(async () => {
  ({ app, ctx } = await bootTestApi({ PUBLIC_LEAD_RATE_LIMIT: '100000' }));
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await app?.close();
  await ctx?.close();
});

/** The real worker process (outbox relay + BullMQ processors) on this test's database, PostgreSQL queue backend. */
function startWorker(): ChildProcess {
  const env = { ...process.env, DATABASE_URL: ctx.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50', REDIS_URL: '', SMTP_URL: '' };
  const w = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  w.stderr?.on('data', () => undefined);
  w.stdout?.on('data', () => undefined);
  workers.push(w);
  return w;
}

async function routedCount(region: string): Promise<number> {
  const [r] = await ctx.ds.query(`SELECT count(*)::int AS n FROM lead l JOIN lead_routing r ON r.lead_id = l.id WHERE l.region = $1 AND r.routed_at IS NOT NULL`, [region]);
  return r.n;
}


it('routes every lead exactly once when the worker dies mid-burst and comes back', async () => {
  const team = await ctx.newTeam();
  const reps = [];
  for (let i = 0; i < 3; i++) reps.push(await ctx.newUser({ role: Role.SalesRep, teamId: team.id }));
  for (const rep of reps) await ctx.newRoutingProfile(rep);
  const region = 'crash-test';
  await ctx.newRoutingRule({ name: 'Crash test', position: 1, criteria: { regions: [region] }, targetTeamId: team.id });

  const TOTAL = 300;
  const client = new ApiClient(app);
  let worker = startWorker();
  // Submitted in waves while the worker runs: batch routing keeps up with a single burst, so the
  // kill must land while leads are still arriving for it to catch the worker mid-stream.
  const submitted = (async () => {
    const responses = [];
    for (let wave = 0; wave < TOTAL; wave += 30) {
      const ids = Array.from({ length: Math.min(30, TOTAL - wave) }, (_, i) => wave + i);
      responses.push(...(await Promise.all(ids.map((i) => client.raw().post('/api/public/leads').send({ lastName: `Crash ${i}`, email: `crash-${i}@example.com`, region })))));
      await new Promise((r) => setTimeout(r, 50));
    }
    return responses;
  })();

  // Kill it once some, but not all, leads are routed.
  expect(await waitFor(async () => (await routedCount(region)) > 0, 60_000, 10)).toBe(true);
  worker.kill('SIGKILL');
  await new Promise((r) => worker.once('exit', r));
  const atCrash = await routedCount(region);
  expect(atCrash).toBeLessThan(TOTAL);
  expect((await submitted).filter((r) => r.status === 201)).toHaveLength(TOTAL);

  worker = startWorker();
  expect(await waitFor(async () => (await routedCount(region)) === TOTAL, 120_000)).toBe(true);

  const [facts] = await ctx.ds.query(
    `SELECT count(*)::int AS leads,
            count(DISTINCT l.id) FILTER (WHERE l.owner_id = ANY($2))::int AS owned,
            (SELECT count(*)::int FROM timeline_event t WHERE t.event_type = 'lead.routed' AND t.subject_id IN (SELECT id FROM lead WHERE region = $1)) AS routed_events,
            (SELECT count(*)::int FROM notification n WHERE n.kind = 'lead.assigned' AND (n.payload->>'leadId')::uuid IN (SELECT id FROM lead WHERE region = $1)) AS notices
       FROM lead l WHERE l.region = $1`,
    [region, reps.map((r) => r.id)],
  );
  expect(facts).toEqual({ leads: TOTAL, owned: TOTAL, routed_events: TOTAL, notices: TOTAL });
}, 240_000);
