import type { Queue } from 'bullmq';
import { Role } from '@rapport/shared-domain';
import { COALESCED_JOBS, OutboxRelay } from '@rapport/shared-queue';
import { RoutingService } from '@rapport/leads-api';
import { useTestApi } from './testing/test-api';

/** Batch routing (`assign-leads`): the same decisions, explanations and notices as lead by lead, each lead once. */
const api = useTestApi({ PUBLIC_LEAD_RATE_LIMIT: '5000' });
const unique = () => Math.random().toString(36).slice(2, 10);

async function team(size: number, capacity: (number | null)[] = []) {
  const t = await api.ctx.newTeam();
  const reps = [];
  for (let i = 0; i < size; i++) reps.push(await api.ctx.newUser({ role: Role.SalesRep, teamId: t.id, name: `Batch rep ${i} ${unique()}` }));
  for (const [i, rep] of reps.entries()) await api.ctx.newRoutingProfile(rep, { dailyCapacity: capacity[i] ?? null });
  return { team: t, reps };
}

/** `count` leads through the public endpoint, all matching a fresh rule for the team. */
async function leadsFor(teamId: string, count: number): Promise<string[]> {
  const region = `batch-${unique()}`;
  await api.ctx.newRoutingRule({ name: `Batch ${region}`, position: -20, criteria: { regions: [region] }, targetTeamId: teamId });
  for (let i = 0; i < count; i++) {
    expect((await api.anon().post('/api/public/leads').send({ lastName: `Batch ${i}`, email: `b${i}-${region}@example.com`, region })).status).toBe(201);
  }
  return (await api.ctx.ds.query(`SELECT id FROM lead WHERE region = $1 ORDER BY created_at`, [region])).map((r: { id: string }) => r.id);
}

async function perOwner(ids: string[]): Promise<Record<string, number>> {
  const rows: { owner_id: string; n: number }[] = await api.ctx.ds.query(`SELECT owner_id, count(*)::int AS n FROM lead WHERE id = ANY($1) GROUP BY owner_id`, [ids]);
  return Object.fromEntries(rows.map((r) => [r.owner_id, r.n]));
}

async function facts(ids: string[]) {
  const [row] = await api.ctx.ds.query(
    `SELECT (SELECT count(*)::int FROM timeline_event WHERE event_type = 'lead.routed' AND subject_id = ANY($1)) AS events,
            (SELECT count(*)::int FROM notification WHERE kind = 'lead.assigned' AND (payload->>'leadId')::uuid = ANY($1)) AS notices,
            (SELECT count(*)::int FROM outbox o JOIN notification n ON o.dedup_key = 'notification-email:' || n.id
              WHERE n.kind = 'lead.assigned' AND (n.payload->>'leadId')::uuid = ANY($1)) AS mails,
            (SELECT count(*)::int FROM lead_routing WHERE lead_id = ANY($1) AND routed_at IS NOT NULL AND explanation_text LIKE 'Rule “Batch%round-robin%') AS explained`,
    [ids],
  );
  return row;
}

it('spreads one batch round-robin evenly, explains and notifies each lead once, and routes nothing twice on a re-run', async () => {
  const { team: t, reps } = await team(3);
  const ids = await leadsFor(t.id, 30);
  const routing = api.app.get(RoutingService);
  const outcomes = await routing.assignMany(ids);
  expect([...outcomes.values()].every((o) => o.status === 'assigned')).toBe(true);
  expect(await perOwner(ids)).toEqual(Object.fromEntries(reps.map((r) => [r.id, 10])));
  expect(await facts(ids)).toEqual({ events: 30, notices: 30, mails: 30, explained: 30 });

  const again = await routing.assignMany(ids);
  expect([...again.values()].map((o) => o.status)).toEqual(Array(30).fill('already-routed'));
  expect(await facts(ids)).toEqual({ events: 30, notices: 30, mails: 30, explained: 30 });
});

it('continues the round-robin across batches and keeps concurrent batches over the same leads to one routing each', async () => {
  const { team: t, reps } = await team(4);
  const ids = await leadsFor(t.id, 40);
  const routing = api.app.get(RoutingService);
  // Overlapping batches at once (a redelivered job next to the first): each lead is routed by one of them.
  const results = await Promise.all([routing.assignMany(ids.slice(0, 25)), routing.assignMany(ids.slice(10)), routing.assignMany(ids)]);
  const assigned = results.flatMap((r) => [...r.values()]).filter((o) => o.status === 'assigned');
  expect(assigned).toHaveLength(40);
  expect(await perOwner(ids)).toEqual(Object.fromEntries(reps.map((r) => [r.id, 10])));
  expect(await facts(ids)).toEqual({ events: 40, notices: 40, mails: 40, explained: 40 });
});

it('respects daily capacity inside a batch, then hands the rest to the fallback owner', async () => {
  const { team: t, reps } = await team(2, [2, 3]);
  const fallback = await api.ctx.newUser({ role: Role.SalesManager });
  await api.ctx.ds.query(`UPDATE lead_settings SET fallback_user_id = $1`, [fallback.id]);
  const ids = await leadsFor(t.id, 8);
  const outcomes = await api.app.get(RoutingService).assignMany(ids);
  expect(await perOwner(ids)).toEqual({ [reps[0].id]: 2, [reps[1].id]: 3, [fallback.id]: 3 });
  const last = outcomes.get(ids[7]);
  expect(last?.status === 'assigned' && last.explanation).toMatch(/fallback owner.*nobody available: “Batch/);
});

it('the relay hands over a burst of assign-lead rows as one assign-leads job, and their mails as one job', async () => {
  const { team: t } = await team(1);
  const ids = await leadsFor(t.id, 5);
  const added: { name: string; data: { leadIds?: string[]; notificationIds?: string[] } }[] = [];
  const queue = { add: async (name: string, data: (typeof added)[number]['data']) => added.push({ name, data }) } as unknown as Queue;
  const relay = () => new OutboxRelay(api.ctx.ds, () => queue, 200, COALESCED_JOBS).drain();
  await relay();
  expect(added.filter((a) => a.name === 'assign-leads').flatMap((b) => b.data.leadIds)).toEqual(expect.arrayContaining(ids));
  expect(added.filter((a) => a.name === 'assign-lead')).toEqual([]);

  await api.app.get(RoutingService).assignMany(ids);
  added.length = 0;
  await relay();
  const notices: { id: string }[] = await api.ctx.ds.query(`SELECT id FROM notification WHERE (payload->>'leadId')::uuid = ANY($1)`, [ids]);
  expect(added.map((a) => a.name)).toEqual(['send-notification-emails']);
  expect(added[0].data.notificationIds?.sort()).toEqual(notices.map((n) => n.id).sort());
});
