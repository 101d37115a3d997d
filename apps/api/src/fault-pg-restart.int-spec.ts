import type { INestApplication } from '@nestjs/common';
import type { QueueBackendKind } from '@rapport/shared-queue';
import type { RecordTestContext } from './testing/record-factories';
import { PinoNestLogger } from './ops/logger';
import { bootTestApi } from './testing/boot-test-api';
import { DedicatedPostgres } from './testing/dedicated-postgres';
import { runFaultScenario, useFaultBackend } from './testing/fault-scenario';
import { WorkerProcess } from './testing/worker-process';

/**
 * Issue 11's fault-injection suite, the fourth fault: PostgreSQL restarted in the middle of a
 * web-to-lead burst, on both queue backends (on the PostgreSQL backend the queue goes down with
 * it). While it is down the API answers 503 UNAVAILABLE (problem+json, Retry-After), never a 500
 * or a hang; once it is back, submissions are accepted again; and nothing accepted is lost: every
 * accepted lead is stored and routed exactly once, the worker rides through it, and the job
 * schedulers are there (runFaultScenario). The other faults: fault-injection.int-spec.ts.
 *
 * The run's shared PostgreSQL serves the other test files, so this file restarts one of its own.
 */
const backends: QueueBackendKind[] = process.env['RAPPORT_TEST_REDIS_URL'] ? ['postgres', 'redis'] : ['postgres'];
const DOWN_MS = 2000;

let pg: DedicatedPostgres;
let app: INestApplication;
let ctx: RecordTestContext;
// What the API logged as an error: printed if a scenario fails, so a 500 names its cause.
const serverErrors: string[] = [];

beforeAll(() => {
  const original = PinoNestLogger.prototype.error;
  jest.spyOn(PinoNestLogger.prototype, 'error').mockImplementation(function (this: PinoNestLogger, message: unknown, trace?: string, context?: string) {
    serverErrors.push(`${context ?? ''} ${String(message)} ${trace ?? ''}`);
    return original.call(this, message, trace, context);
  });
});
afterEach(() => {
  if (serverErrors.length) console.log(`the API logged ${serverErrors.length} errors:\n${serverErrors.splice(0).join('\n')}`);
});

beforeAll(async () => {
  pg = await DedicatedPostgres.start();
  const restoreEnv = pg.useForTestDatabases();
  try {
    ({ app, ctx } = await bootTestApi({ PUBLIC_LEAD_RATE_LIMIT: '1000000' }));
  } finally {
    restoreEnv();
  }
}, 180_000);
afterAll(async () => {
  await WorkerProcess.killAll();
  await app?.close();
  await ctx?.close();
  await pg?.dispose();
});

describe.each(backends)('on the %s queue backend', (kind) => {
  const backend = useFaultBackend(kind, () => ctx);

  it('answers 503 while PostgreSQL restarts mid-burst, accepts again after, and routes every accepted lead exactly once', async () => {
    let downAt = 0;
    let upAt = 0;
    const { submissions, accepted } = await runFaultScenario({
      name: `${kind}: PostgreSQL restarted (down ${DOWN_MS} ms)`,
      app,
      ctx,
      store: backend.store,
      // A mail the SMTP server took just before the database went away is sent again on retry.
      emailResendsAllowed: 1,
      refused: (s) => s.status === 503,
      fault: async () => {
        await pg.stop();
        downAt = Date.now();
        await new Promise((r) => setTimeout(r, DOWN_MS));
        await pg.resume();
        upAt = Date.now();
      },
    });

    // Asked while it was down, the API said so: 503 problem+json UNAVAILABLE with Retry-After.
    const refused = submissions.filter((s) => s.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.filter((s) => s.code !== 'UNAVAILABLE' || !s.contentType?.startsWith('application/problem+json') || s.retryAfter !== '5')).toEqual([]);
    // And it accepted again once the database was back (the burst's last 20 came after the restart).
    expect(upAt).toBeGreaterThan(downAt);
    expect(accepted.length).toBeGreaterThanOrEqual(20 + 50);
    // The worker rode through the outage rather than dying with it.
    expect(backend.worker.running).toBe(true);
  }, 240_000);
});
