import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { declareSchedules, QueueName, SCHEDULES } from '@rapport/shared-queue';
import { useTestApi } from './testing/test-api';

/**
 * /api/ready names the job schedulers missing from the queue store, without failing readiness:
 * this API serves requests whatever became of the worker's schedules (ops.controller.ts says why).
 */
const api = useTestApi();
const queueFor = (name: QueueName) => api.app.get<Queue>(getQueueToken(name), { strict: false });
const ready = () => api.anon().get('/api/ready');
const every = SCHEDULES.map((s) => `${s.queue}/${s.id}`);

it('reports every scheduler missing before a worker declared them, and answers 200', async () => {
  const res = await ready();
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', queue: 'ok' }, schedulers: { status: 'missing', missing: expect.any(Array) } });
  expect([...res.body.schedulers.missing].sort()).toEqual([...every].sort());
});

it('reports ok once they are declared, and names the one that went missing', async () => {
  await declareSchedules(queueFor);
  expect((await ready()).body.schedulers).toEqual({ status: 'ok', missing: [] });

  await queueFor('maintenance').removeJobScheduler('check-sla-every-minute');
  const res = await ready();
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', queue: 'ok' }, schedulers: { status: 'missing', missing: ['maintenance/check-sla-every-minute'] } });
});
