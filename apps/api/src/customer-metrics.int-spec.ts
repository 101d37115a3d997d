import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { CustomerMetricsService } from '@rapport/segmentation-api';
import { mulberry32, sampleBeta, sampleGamma } from '@rapport/segmentation-domain';
import { useTestApi } from './testing/test-api';

/**
 * A customer metrics run end to end (issue 17 items 4–8): customers whose purchases follow the
 * BG/NBD process, a run queued through GraphQL and executed as the worker does, the stored fit and
 * holdout, everyone's metrics and lifecycle (with timeline entries), and a re-run that changes no
 * stage twice.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let analyst: ApiClient;
let rep: ApiClient;
const DAY = 86_400_000;
const asOf = new Date('2026-11-30T00:00:00Z');
const calibrationEnd = new Date('2026-06-01T00:00:00Z');
const customers = 400;

beforeAll(async () => {
  const m = await api.ctx.newUser({ role: Role.Marketer });
  analyst = await api.signedIn(m.email);
  rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  // Customers born over the two years before asOf, buying by the BG/NBD story (rates per week), 80–120 per purchase.
  const rand = mulberry32(11);
  const sims = Array.from({ length: customers }, () => {
    const T = 8 + rand() * 96;
    const lambda = sampleGamma(rand, 0.8, 6);
    const p = sampleBeta(rand, 0.6, 2.5);
    const purchaseTimes: number[] = [];
    for (let t = -Math.log(rand()) / lambda; t <= T; t += -Math.log(rand()) / lambda) {
      purchaseTimes.push(t);
      if (rand() < p) break;
    }
    return { T, purchaseTimes };
  });
  const ids: string[] = await api.ctx.ds
    .query(
      `INSERT INTO contact (first_name, last_name, name_normalized, emails, owner_id)
       SELECT 'Buyer', 'B' || g, 'b' || g, ARRAY['buyer' || g || '@example.com'], $1 FROM generate_series(1, $2) g RETURNING id`,
      [m.id, customers],
    )
    .then((rows: { id: string }[]) => rows.map((r) => r.id));
  const orders = sims.flatMap((s, i) => {
    const born = asOf.getTime() - s.T * 7 * DAY;
    const times = [0, ...s.purchaseTimes];
    return times.map((t, k) => ({ externalId: `sim-${i}-${k}`, contactId: ids[i], orderedAt: new Date(born + t * 7 * DAY).toISOString(), currency: 'CNY', amount: (80 + Math.round(rand() * 40)).toFixed(2) }));
  });
  for (let i = 0; i < orders.length; i += 5000) {
    const res = await analyst.post('/api/v1/orders/bulk').send({ orders: orders.slice(i, i + 5000) });
    expect(res.status).toBe(200);
  }
  // Two people who never bought: one with an open deal.
  await api.ctx.ds.query(`INSERT INTO contact (first_name, last_name, name_normalized, emails, owner_id) VALUES ('No', 'Orders', 'no orders', ARRAY['none@example.com'], $1)`, [m.id]);
});

async function runNow(): Promise<{ id: string }> {
  const { runCustomerMetrics } = await analyst.gqlOk<{ runCustomerMetrics: { id: string; status: string } }>(
    'mutation($i: RunCustomerMetricsInput) { runCustomerMetrics(input: $i) { id status } }',
    { i: { asOf: asOf.toISOString(), calibrationEnd: calibrationEnd.toISOString() } },
  );
  expect(runCustomerMetrics.status).toBe('queued');
  // What the segmentation worker does with the queued job.
  expect(await api.app.get(CustomerMetricsService).execute(runCustomerMetrics.id)).not.toBeNull();
  // A second delivery of the same job does nothing.
  expect(await api.app.get(CustomerMetricsService).execute(runCustomerMetrics.id)).toBeNull();
  return runCustomerMetrics;
}

it('fits the models, stores the run with its holdout, and scores everyone', async () => {
  const run = await runNow();
  const { clvModelRuns } = await analyst.gqlOk<{ clvModelRuns: Record<string, unknown>[] }>(
    '{ clvModelRuns(first: 1) { id status progress r alpha a b p q gamma logLikelihood customers timeUnit holdout { label customers meanActual meanPredicted } } }',
  );
  const fit = clvModelRuns[0];
  expect(fit).toMatchObject({ id: run.id, status: 'succeeded', progress: 100, timeUnit: 'week' });
  for (const k of ['r', 'alpha', 'a', 'b', 'p', 'q', 'gamma', 'logLikelihood']) expect(Number.isFinite(fit[k])).toBe(true);
  expect(fit['logLikelihood']).toBeLessThan(0);
  expect(fit['customers']).toBeGreaterThan(customers / 2);
  const holdout = fit['holdout'] as { customers: number; meanActual: number; meanPredicted: number }[];
  expect(holdout.reduce((n, g) => n + g.customers, 0)).toBe(fit['customers']);
  // Predicted and actual holdout purchases agree in total within a generous band (simulated data, 26 weeks).
  const total = (k: 'meanActual' | 'meanPredicted') => holdout.reduce((n, g) => n + g[k] * g.customers, 0);
  expect(total('meanPredicted') / total('meanActual')).toBeGreaterThan(0.6);
  expect(total('meanPredicted') / total('meanActual')).toBeLessThan(1.6);

  const [counts] = await api.ctx.ds.query(
    `SELECT count(*)::int AS all, count(*) FILTER (WHERE r_score BETWEEN 1 AND 5)::int AS scored, count(*) FILTER (WHERE lifecycle_stage = 'lead')::int AS leads FROM customer_metrics`,
  );
  const [contacts] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM contact WHERE deleted_at IS NULL`);
  expect(counts.all).toBe(contacts.n);
  expect(counts.scored).toBe(customers);
  expect(counts.leads).toBeGreaterThanOrEqual(1);
  const { rfmGrid } = await analyst.gqlOk<{ rfmGrid: { customers: number }[] }>('{ rfmGrid { r fm cell customers revenue } }');
  expect(rfmGrid.reduce((n, c) => n + c.customers, 0)).toBe(customers);
});

it('records each stage change once, on the timeline too', async () => {
  const [before] = await api.ctx.ds.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE from_stage IS NOT NULL)::int AS moves FROM lifecycle_change`);
  const [timeline] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM timeline_event WHERE event_type = 'record.lifecycleChanged'`);
  // Everyone's first stage starts their history; only moves from one stage to another are on the timeline.
  expect(before.n).toBeGreaterThanOrEqual(customers);
  expect(timeline.n).toBe(before.moves);
  await runNow();
  const [after] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM lifecycle_change`);
  expect(after.n).toBe(before.n);
});

it('shows a contact’s value to roles with customer value access', async () => {
  const [top] = await api.ctx.ds.query(`SELECT contact_id, clv::float8 AS clv FROM customer_metrics WHERE clv IS NOT NULL ORDER BY clv DESC LIMIT 1`);
  const q = 'query($id: ID!) { contact(id: $id) { metrics { rfmCell clv pAlive churnRisk lifecycleStage frequency } } }';
  const { contact } = await analyst.gqlOk<{ contact: { metrics: { clv: number; lifecycleStage: string } } }>(q, { id: top.contact_id });
  expect(contact.metrics.clv).toBeCloseTo(top.clv, 2);
  expect(contact.metrics.lifecycleStage).toMatch(/customer|repeat_customer|at_risk|lapsed/);
  // A rep may not read this customer at all.
  expect((await rep.gql<{ contact: unknown }>(q, { id: top.contact_id })).data?.contact ?? null).toBeNull();
});

it('lists the most valuable customers the reader may see', async () => {
  const q = '{ topCustomersByClv(first: 5) { contactId name clv rfmCell lifecycleStage } }';
  const { topCustomersByClv } = await analyst.gqlOk<{ topCustomersByClv: { clv: number }[] }>(q);
  expect(topCustomersByClv).toHaveLength(5);
  expect(topCustomersByClv.map((c) => c.clv)).toEqual([...topCustomersByClv.map((c) => c.clv)].sort((a, b) => b - a));
  // The rep owns none of these customers (reps read their own), so sees none of them.
  expect((await rep.gqlOk<{ topCustomersByClv: unknown[] }>(q)).topCustomersByClv).toEqual([]);
});

it('counts won deals as orders when asked, and cancels the order when the deal is no longer won', async () => {
  const [contact] = await api.ctx.ds.query(`SELECT id FROM contact WHERE last_name = 'Orders'`);
  const [won] = await api.ctx.ds.query(`SELECT id, pipeline_id FROM stage WHERE is_won LIMIT 1`);
  const [open] = await api.ctx.ds.query(`SELECT id FROM stage WHERE pipeline_id = $1 AND NOT is_won AND NOT is_lost ORDER BY position LIMIT 1`, [won.pipeline_id]);
  const account = await api.ctx.newAccount();
  const [deal] = await api.ctx.ds.query(
    `INSERT INTO opportunity (name, account_id, primary_contact_id, pipeline_id, stage_id, amount, currency, closed_at) VALUES ('Big deal', $4, $1, $2, $3, 5000, 'CNY', '2026-11-20') RETURNING id`,
    [contact.id, won.pipeline_id, won.id, account.id],
  );
  await runNow();
  const orderOf = async () => (await api.ctx.ds.query(`SELECT amount, status, source FROM "order" WHERE opportunity_id = $1`, [deal.id]))[0];
  expect(await orderOf()).toEqual({ amount: '5000.00', status: 'completed', source: 'opportunity' });
  const [m] = await api.ctx.ds.query(`SELECT frequency, lifecycle_stage FROM customer_metrics WHERE contact_id = $1`, [contact.id]);
  expect(m).toEqual({ frequency: 1, lifecycle_stage: 'customer' });
  await api.ctx.ds.query(`UPDATE opportunity SET stage_id = $2 WHERE id = $1`, [deal.id, open.id]);
  await runNow();
  expect((await orderOf()).status).toBe('cancelled');
});
