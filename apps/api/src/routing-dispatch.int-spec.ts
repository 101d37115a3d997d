import { Role } from '@rapport/shared-domain';
import { withSystemScope } from '@rapport/shared-database';
import { RoutingService } from '@rapport/service-api';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Routing queues (issue 19 item 1) on real PostgreSQL: 500 cases arriving at once into two queues
 * while three dispatchers race (as three workers would), six agents of different skills and
 * capacities. Each case is given once, nobody holds more than their capacity, and freed slots go
 * to the oldest waiting cases, priority first.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let manager: ApiClient;
const agents: { id: string; client: ApiClient; name: string }[] = [];
const queue: Record<'tech' | 'billing', string> = { tech: '', billing: '' };

const dispatch = (at?: Date) => withSystemScope('test: a routing round', () => api.app.get(RoutingService).dispatch(at ? () => at : undefined));
const SAVE_QUEUE = 'mutation($i: SaveRoutingQueueInput!) { saveRoutingQueue(input: $i) { id name skills { skillKey level } } }';
const SAVE_RULE = 'mutation($i: SaveRoutingQueueRuleInput!) { saveRoutingQueueRule(input: $i) { id position active criteria { keywords channels } } }';
const PROFILE = 'mutation($i: SetAgentRoutingProfileInput!) { setAgentRoutingProfile(input: $i) { user { id } channels { channel capacity } } }';
const PRESENCE = 'mutation($p: AgentPresenceState!) { setMyPresence(presence: $p) { presence } }';
const CREATE = 'mutation($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }';
const HISTORY = 'query($id: ID!) { case(id: $id) { owner { id } history { kind queueName routing { queueName overflowFromName agentName distribution channel load capacity passedOver { name reason } } } } }';

// Capacities on email: tech agents 30 + 25 + 20 + 10 = 85 of the 350 tech cases; billing 40 + 15 = 55 of 150.
const TEAM = [
  { key: 't1', skills: [{ skillKey: 'hvac', level: 5 }], email: 30 },
  { key: 't2', skills: [{ skillKey: 'hvac', level: 3 }, { skillKey: 'billing', level: 1 }], email: 25 },
  { key: 't3', skills: [{ skillKey: 'hvac', level: 4 }], email: 20 },
  { key: 't4', skills: [{ skillKey: 'hvac', level: 3 }], email: 10 },
  { key: 'b1', skills: [{ skillKey: 'billing', level: 2 }], email: 40 },
  { key: 'novice', skills: [{ skillKey: 'hvac', level: 2 }], email: 50 },
];

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  for (const [key, nameEn] of [['hvac', 'Heating'], ['billing', 'Billing']]) await admin.gqlOk('mutation($i: SaveServiceSkillInput!) { saveServiceSkill(input: $i) { key } }', { i: { key, nameEn } });
  queue.tech = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Technical', skills: [{ skillKey: 'hvac', level: 3 }], isDefault: true } })).saveRoutingQueue.id;
  queue.billing = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Billing', skills: [{ skillKey: 'billing', level: 1 }], distribution: 'LEAST_BUSY' } })).saveRoutingQueue.id;
  await manager.gqlOk(SAVE_RULE, { i: { name: 'Invoices', queueId: queue.billing, criteria: { keywords: ['invoice', '发票'] } } });
  for (const a of TEAM) {
    const user = await api.ctx.newUser({ role: Role.ServiceAgent, name: `Agent ${a.key}` });
    await manager.gqlOk(PROFILE, { i: { userId: user.id, languages: ['en', 'zh-CN'], capacity: [{ channel: 'EMAIL', capacity: a.email }], skills: a.skills } });
    agents.push({ id: user.id, client: await api.signedIn(user.email), name: a.key });
  }
});

const held = async () =>
  (await api.ctx.ds.query(
    `SELECT assigned_to, channel, count(*)::int AS n FROM routing_item WHERE state = 'assigned' GROUP BY 1, 2`,
  )) as { assigned_to: string; channel: string; n: number }[];

describe('500 cases at once, three dispatchers racing', () => {
  const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
  const caseIds: string[] = [];

  it('gives every case once, never past an agent’s capacity, to an agent with the queue’s skills', async () => {
    // Two agents take work while the cases arrive; the other four join at once on a full backlog,
    // where three simultaneous rounds would each see the same free slots without the round's lock.
    const early = agents.filter((a) => a.name === 't4' || a.name === 'b1');
    for (const a of early) await a.client.gqlOk(PRESENCE, { p: 'AVAILABLE' });
    const requester = agents[0]!.client;
    let arriving = true;
    const racers = [0, 1, 2].map(async () => {
      let rounds = 0;
      while (arriving || rounds < 2) {
        await dispatch();
        rounds++;
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    for (let wave = 0; wave < 500; wave += 50) {
      const made = await Promise.all(
        Array.from({ length: 50 }, (_, i) => wave + i).map((n) =>
          requester.gqlOk<{ createCase: { case: { id: string } } }>(CREATE, {
            i: { subject: n % 10 < 3 ? `Invoice ${n} is wrong` : `Heating unit ${n} fails`, channel: 'EMAIL', priority: PRIORITIES[n % 4], route: true },
          }),
        ),
      );
      caseIds.push(...made.map((r) => r.createCase.case.id));
    }
    arriving = false;
    await Promise.all(racers);
    for (const a of agents.filter((x) => !early.includes(x))) await a.client.gqlOk(PRESENCE, { p: 'AVAILABLE' });
    await Promise.all([dispatch(), dispatch(), dispatch()]);

    const items = (await api.ctx.ds.query(`SELECT case_id, queue_id, state, assigned_to FROM routing_item WHERE case_id = ANY($1::uuid[])`, [caseIds])) as { case_id: string; queue_id: string; state: string; assigned_to: string | null }[];
    expect(items).toHaveLength(500);
    expect(items.filter((i) => i.queue_id === queue.billing)).toHaveLength(150);
    const routed = (await api.ctx.ds.query(`SELECT case_id, count(*)::int AS n FROM case_event WHERE kind = 'routed' AND case_id = ANY($1::uuid[]) GROUP BY 1`, [caseIds])) as { case_id: string; n: number }[];
    expect(routed.every((r) => r.n === 1)).toBe(true);
    const assigned = items.filter((i) => i.state === 'assigned');
    // Every slot filled: 85 of the technical cases, 55 of the billing ones (t2 holds both kinds within its 25).
    expect(assigned).toHaveLength(30 + 25 + 20 + 10 + 40);
    expect(routed).toHaveLength(assigned.length);
    // The case's owner is the agent its item names.
    const owners = new Map(((await api.ctx.ds.query(`SELECT id, owner_id FROM service_case WHERE id = ANY($1::uuid[])`, [caseIds])) as { id: string; owner_id: string }[]).map((r) => [r.id, r.owner_id]));
    expect(assigned.every((i) => owners.get(i.case_id) === i.assigned_to)).toBe(true);
    for (const h of await held()) expect(h.n).toBeLessThanOrEqual(TEAM[agents.findIndex((a) => a.id === h.assigned_to)]!.email);
    // Skills: the novice (hvac 2) takes nothing from Technical (hvac 3); billing only to b1 and t2.
    const novice = agents.find((a) => a.name === 'novice')!.id;
    expect(assigned.some((i) => i.assigned_to === novice)).toBe(false);
    const billingAgents = new Set(assigned.filter((i) => i.queue_id === queue.billing).map((i) => agents.find((a) => a.id === i.assigned_to)!.name));
    expect([...billingAgents].sort()).toEqual(['b1', 't2']);
  });

  it('when slots free, the waiting cases that take them are the oldest of the highest priority', async () => {
    const waitingBefore = (await api.ctx.ds.query(
      `SELECT i.id, i.queue_id, k.priority, i.enqueued_at FROM routing_item i JOIN service_case k ON k.id = i.case_id
        WHERE i.state = 'waiting' AND i.queue_id = $1
        ORDER BY array_position(ARRAY['urgent','high','normal','low'], k.priority), i.enqueued_at, i.id`,
      [queue.tech],
    )) as { id: string }[];
    // t1 (hvac only) resolves 12 of its cases: 12 technical slots free for it alone.
    const t1 = agents.find((a) => a.name === 't1')!;
    const mine = (await api.ctx.ds.query(`SELECT case_id FROM routing_item WHERE state = 'assigned' AND assigned_to = $1 LIMIT 12`, [t1.id])) as { case_id: string }[];
    for (const { case_id } of mine) await t1.client.gqlOk('mutation($i: SetCaseStatusInput!) { setCaseStatus(input: $i) { case { id } } }', { i: { id: case_id, status: 'resolved' } });
    await Promise.all([dispatch(), dispatch(), dispatch()]);
    const taken = (await api.ctx.ds.query(`SELECT id FROM routing_item WHERE id = ANY($1::uuid[]) AND state = 'assigned'`, [waitingBefore.map((w) => w.id)])) as { id: string }[];
    expect(new Set(taken.map((t) => t.id))).toEqual(new Set(waitingBefore.slice(0, 12).map((w) => w.id)));
    const t1Holds = (await held()).find((h) => h.assigned_to === t1.id && h.channel === 'email')!;
    expect(t1Holds.n).toBe(30);
  });

  it('explains each decision on the case, and the board counts what waits', async () => {
    const [routed] = (await api.ctx.ds.query(`SELECT data FROM case_event WHERE kind = 'routed' AND case_id = ANY($1::uuid[]) LIMIT 1`, [caseIds])) as { data: Record<string, unknown> }[];
    expect(routed!.data).toMatchObject({ queueName: expect.stringMatching(/Technical|Billing/), channel: 'email', text: expect.stringContaining('Queue ') });
    const { routingBoard } = await manager.gqlOk<{ routingBoard: { queues: { queue: { name: string }; waiting: number; items: { number: string | null }[] }[]; agents: { presence: string }[] } }>(
      '{ routingBoard { queues { queue { name } waiting items { number } } agents { presence } } }',
    );
    const waiting = (await api.ctx.ds.query(`SELECT queue_id, count(*)::int AS n FROM routing_item WHERE state = 'waiting' GROUP BY 1`)) as { queue_id: string; n: number }[];
    const tech = routingBoard.queues.find((q) => q.queue.name === 'Technical')!;
    expect(tech.waiting).toBe(waiting.find((w) => w.queue_id === queue.tech)!.n);
    expect(tech.items).toHaveLength(20);
    expect(tech.items.every((i) => /^CS-/.test(i.number ?? ''))).toBe(true);
    expect(routingBoard.agents.filter((a) => a.presence === 'AVAILABLE')).toHaveLength(6);
  });
});

describe('overflow and presence', () => {
  it('offers a case to the overflow queue’s agents after the threshold, and says so', async () => {
    await admin.gqlOk('mutation($i: SaveServiceSkillInput!) { saveServiceSkill(input: $i) { key } }', { i: { key: 'solar', nameEn: 'Solar' } });
    const general = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'General' } })).saveRoutingQueue.id;
    const solar = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Solar', skills: [{ skillKey: 'solar', level: 2 }], overflowQueueId: general, overflowAfterSeconds: 2 } })).saveRoutingQueue.id;
    const user = await api.ctx.newUser({ role: Role.ServiceAgent, name: 'Generalist' });
    const generalist = await api.signedIn(user.email);
    await generalist.gqlOk(PRESENCE, { p: 'AVAILABLE' });
    // Opened by the manager (who takes no routed work), sent to Solar, which nobody can serve.
    const { createCase } = await manager.gqlOk<{ createCase: { case: { id: string } } }>(CREATE, { i: { subject: 'Panels dim', channel: 'PORTAL' } });
    expect((await manager.gqlOk<{ routeCase: boolean }>('mutation($i: RouteCaseInput!) { routeCase(input: $i) }', { i: { caseId: createCase.case.id, queueId: solar } })).routeCase).toBe(true);
    const owner = async () => ((await api.ctx.ds.query(`SELECT owner_id FROM service_case WHERE id = $1`, [createCase.case.id])) as { owner_id: string }[])[0]!.owner_id;
    const before = await owner();
    // Real time, not a moved clock: a clock ten minutes ahead would also turn every agent away as idle.
    await dispatch();
    expect(await owner()).toBe(before);
    await new Promise((r) => setTimeout(r, 2_100));
    await dispatch();
    // Any available agent with room on the portal channel serves General (it asks no skill).
    const available = new Set([user.id, ...agents.map((a) => a.id)]);
    expect(available.has(await owner())).toBe(true);
    const [event] = (await api.ctx.ds.query(`SELECT data FROM case_event WHERE case_id = $1 AND kind = 'routed'`, [createCase.case.id])) as { data: { overflowFrom: { name: string }; queueName: string } }[];
    expect(event!.data).toMatchObject({ queueName: 'General', overflowFrom: { name: 'Solar' } });
    // The case's history says it, typed, to who reads routing.
    const { case: kase } = await manager.gqlOk<{ case: { history: { kind: string; queueName: string | null; routing: { queueName: string; overflowFromName: string | null } | null }[] } }>(HISTORY, { id: createCase.case.id });
    expect(kase.history.find((h) => h.kind === 'routed')).toMatchObject({ queueName: 'General', routing: { queueName: 'General', overflowFromName: 'Solar' } });
    expect(kase.history.find((h) => h.kind === 'queued')).toMatchObject({ queueName: 'Solar', routing: null });
  });

  it('shows in the case’s history the queue, the agent’s load and who was passed over and why', async () => {
    await admin.gqlOk('mutation($i: SaveServiceSkillInput!) { saveServiceSkill(input: $i) { key } }', { i: { key: 'wind', nameEn: 'Wind' } });
    const wind = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Wind', skills: [{ skillKey: 'wind', level: 3 }] } })).saveRoutingQueue.id;
    const profiled = async (name: string, level: number) => {
      const user = await api.ctx.newUser({ role: Role.ServiceAgent, name });
      await manager.gqlOk(PROFILE, { i: { userId: user.id, languages: ['en'], capacity: [{ channel: 'PORTAL', capacity: 4 }], skills: [{ skillKey: 'wind', level }] } });
      await (await api.signedIn(user.email)).gqlOk(PRESENCE, { p: 'AVAILABLE' });
      return user;
    };
    const windy = await profiled('Windy', 3);
    const { createCase } = await manager.gqlOk<{ createCase: { case: { id: string } } }>(CREATE, { i: { subject: 'Turbine hums', channel: 'PORTAL' } });
    await manager.gqlOk('mutation($i: RouteCaseInput!) { routeCase(input: $i) }', { i: { caseId: createCase.case.id, queueId: wind } });
    await dispatch();
    type Entry = { kind: string; queueName: string | null; routing: { queueName: string; agentName: string; distribution: string; channel: string; load: number; capacity: number; passedOver: { name: string; reason: string }[] } | null };
    const { case: kase } = await manager.gqlOk<{ case: { owner: { id: string } | null; history: Entry[] } }>(HISTORY, { id: createCase.case.id });
    expect(kase.owner?.id).toBe(windy.id);
    expect(kase.history.find((h) => h.kind === 'queued')?.queueName).toBe('Wind');
    const routed = kase.history.find((h) => h.kind === 'routed')!;
    expect(routed).toMatchObject({ queueName: 'Wind', routing: { queueName: 'Wind', agentName: 'Windy', distribution: 'ROUND_ROBIN', channel: 'PORTAL', load: 0, capacity: 4 } });
    // The agents of the first tests are available but have no wind skill: passed over for it (first ten listed).
    expect(routed.routing!.passedOver.length).toBeGreaterThan(0);
    expect(routed.routing!.passedOver.map((p) => p.name)).toContain('Agent t1');
    expect(new Set(routed.routing!.passedOver.map((p) => p.reason))).toEqual(new Set(['LACKS_SKILL']));
  });

  it('turns an idle available agent away, and a sign of life brings them back', async () => {
    const user = await api.ctx.newUser({ role: Role.ServiceAgent });
    const client = await api.signedIn(user.email);
    await client.gqlOk(PRESENCE, { p: 'AVAILABLE' });
    const outcome = await dispatch(new Date(Date.now() + 11 * 60_000));
    expect(outcome.away).toBeGreaterThanOrEqual(1);
    expect((await client.gqlOk<{ myPresence: { presence: string; autoAway: boolean } }>('{ myPresence { presence autoAway } }')).myPresence).toEqual({ presence: 'AWAY', autoAway: true });
    expect((await client.gqlOk<{ presenceHeartbeat: boolean }>('mutation { presenceHeartbeat }')).presenceHeartbeat).toBe(true);
    expect((await client.gqlOk<{ myPresence: { presence: string } }>('{ myPresence { presence } }')).myPresence.presence).toBe('AVAILABLE');
  });
});

describe('set-up', () => {
  it('saves a rule last in order, active, with its criteria as given, and reorders the rules', async () => {
    const { saveRoutingQueueRule: rule } = await manager.gqlOk<{ saveRoutingQueueRule: { id: string; position: number; active: boolean; criteria: { keywords: string[]; channels: string[] } } }>(SAVE_RULE, {
      i: { name: 'Portal billing', queueId: queue.billing, criteria: { keywords: [' refund '], channels: ['PORTAL'] } },
    });
    expect(rule).toMatchObject({ active: true, criteria: { keywords: ['refund'], channels: ['PORTAL'] } });
    const { routingQueueRules } = await manager.gqlOk<{ routingQueueRules: { id: string; position: number }[] }>('{ routingQueueRules { id position } }');
    expect(routingQueueRules.at(-1)).toEqual({ id: rule.id, position: rule.position });
    const reversed = routingQueueRules.map((r) => r.id).reverse();
    const { reorderRoutingQueueRules } = await manager.gqlOk<{ reorderRoutingQueueRules: { id: string }[] }>('mutation($ids: [ID!]!) { reorderRoutingQueueRules(ids: $ids) { id } }', { ids: reversed });
    expect(reorderRoutingQueueRules.map((r) => r.id)).toEqual(reversed);
    const partial = await manager.gql('mutation($ids: [ID!]!) { reorderRoutingQueueRules(ids: $ids) { id } }', { ids: reversed.slice(1) });
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'ids' }] });
    await manager.gqlOk('mutation($ids: [ID!]!) { reorderRoutingQueueRules(ids: $ids) { id } }', { ids: routingQueueRules.map((r) => r.id) });
  });
});

describe('set-up refusals', () => {
  it('refuses an overflow that loops back, an unknown skill, and an unknown language, by field', async () => {
    const a = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Loop A' } })).saveRoutingQueue.id;
    const b = (await manager.gqlOk<{ saveRoutingQueue: { id: string } }>(SAVE_QUEUE, { i: { name: 'Loop B', overflowQueueId: a, overflowAfterSeconds: 60 } })).saveRoutingQueue.id;
    const loop = await manager.gql(SAVE_QUEUE, { i: { id: a, name: 'Loop A', overflowQueueId: b, overflowAfterSeconds: 60 } });
    expect(loop.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.overflowQueueId' }] });
    const skill = await manager.gql(SAVE_QUEUE, { i: { name: 'Ghost', skills: [{ skillKey: 'ghost', level: 1 }] } });
    expect(skill.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.skills.0.skillKey', message: 'This skill does not exist.' }] });
    const taken = await manager.gql(SAVE_QUEUE, { i: { name: 'technical' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: 'input.name' }] });
    const language = await manager.gql(SAVE_RULE, { i: { name: 'French', queueId: a, criteria: { languages: ['fr'] } } });
    expect(language.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.criteria.languages', messageKey: 'validation.isIn' }] });
    // null is not "left out": the fields that always hold a value refuse it before the database sees it (the fuzzer's find).
    const nulls = await manager.gql(SAVE_QUEUE, { i: { id: a, name: 'Loop A', targetSeconds: null, description: null, distribution: null, isDefault: null, active: null } });
    expect(nulls.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect([...new Set(((nulls.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[]).map((f) => f.path))].sort()).toEqual(['input.active', 'input.description', 'input.distribution', 'input.isDefault', 'input.targetSeconds']);
    const ruleNull = await manager.gql(SAVE_RULE, { i: { name: 'Null rule', queueId: a, criteria: {}, active: null } });
    expect(ruleNull.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.active' }] });
  });

  it('lets only those who work cases set a presence', async () => {
    const portal = await api.signedIn((await api.ctx.newUser({ role: Role.PortalUser })).email);
    expect((await portal.gql(PRESENCE, { p: 'AVAILABLE' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
    expect((await rep.gql(PRESENCE, { p: 'AVAILABLE' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
