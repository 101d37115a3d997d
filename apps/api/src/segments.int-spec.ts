import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { SegmentRepository } from '@rapport/segmentation-data';
import { SegmentsService } from '@rapport/segmentation-api';
import { useTestApi } from './testing/test-api';

/**
 * Segments and orders end to end (issue 17): bulk order upsert (idempotent, all or none), a rule's
 * count equal to a hand-written SQL count, a dynamic segment's membership history over three
 * refreshes, cycles refused, "why is this person in", and plans that stay set-based.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let marketer: ApiClient;
let rep: ApiClient;
let repId: string;
const ids: string[] = [];

const PREVIEW = 'query($r: JSONObject!) { segmentPreview(rule: $r, sampleSize: 50) { count estimate sample { id lastName } } }';
const CREATE = 'mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id memberCount dynamic } } }';
const cond = (condition: string, params: Record<string, unknown>) => ({ type: 'condition', condition, params });
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

beforeAll(async () => {
  const m = await api.ctx.newUser({ role: Role.Marketer });
  marketer = await api.signedIn(m.email);
  const r = await api.ctx.newUser({ role: Role.SalesRep });
  repId = r.id;
  rep = await api.signedIn(r.email);
  // 30 customers: Seg00..Seg29; the rep owns the first ten.
  for (let i = 0; i < 30; i++) {
    const [row] = await api.ctx.ds.query(`INSERT INTO contact (first_name, last_name, name_normalized, emails, owner_id, locale) VALUES ('C', $1, lower($1), ARRAY[$2], $3, $4) RETURNING id`, [
      `Seg${String(i).padStart(2, '0')}`,
      `seg${i}@example.com`,
      i < 10 ? r.id : m.id,
      i % 3 === 0 ? 'zh-CN' : 'en',
    ]);
    ids.push(row.id);
  }
  // Orders: customer i has i % 5 completed orders, the latest i*10 days ago, each 100 + i; one returned order for customer 1.
  const orders = ids.flatMap((id, i) =>
    Array.from({ length: i % 5 }, (_, k) => ({ externalId: `o-${i}-${k}`, contactId: id, orderedAt: daysAgo(i * 10 + k * 30), currency: 'CNY', amount: `${100 + i}.00`, lines: [{ sku: 'P1', productLine: i % 2 ? 'pumps' : 'valves', amount: `${100 + i}` }] })),
  );
  orders.push({ externalId: 'o-ret', contactId: ids[1], orderedAt: daysAgo(1), currency: 'CNY', amount: '999.00', status: 'returned', lines: [] } as never);
  const res = await marketer.post('/api/v1/orders/bulk').send({ orders });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ received: orders.length, created: orders.length, updated: 0, customersCreated: 0 });
  // Calls with customers 0..9 (two each for even ones) in the last week.
  for (let i = 0; i < 10; i++) {
    for (let k = 0; k < (i % 2 ? 1 : 2); k++) {
      await api.ctx.ds.query(`INSERT INTO activity (type, subject, occurred_at, contact_id, owner_id) VALUES ('call', 'Call', now() - interval '2 days', $1, $2)`, [ids[i], r.id]);
    }
  }
});

describe('orders bulk upsert', () => {
  it('sending the same batch again changes nothing; a changed order is updated', async () => {
    const batch = [{ externalId: 'o-0-x', contactId: ids[0], orderedAt: daysAgo(400), currency: 'cny', amount: 5, status: 'cancelled' }];
    expect((await marketer.post('/api/v1/orders/bulk').send({ orders: batch })).body).toMatchObject({ created: 1, updated: 0 });
    expect((await marketer.post('/api/v1/orders/bulk').send({ orders: batch })).body).toMatchObject({ created: 0, updated: 0 });
    expect((await marketer.post('/api/v1/orders/bulk').send({ orders: [{ ...batch[0], amount: '6.50' }] })).body).toMatchObject({ created: 0, updated: 1 });
    const [row] = await api.ctx.ds.query(`SELECT amount, currency, status FROM "order" WHERE external_id = 'o-0-x'`);
    expect(row).toEqual({ amount: '6.50', currency: 'CNY', status: 'cancelled' });
  });

  it('reports every bad row with its path and stores none of the batch', async () => {
    const res = await marketer.post('/api/v1/orders/bulk').send({
      orders: [
        { externalId: 'ok-1', contactId: ids[0], orderedAt: daysAgo(3), currency: 'CNY', amount: '1.00' },
        { externalId: 'bad-1', contactId: ids[0], orderedAt: 'yesterday', currency: 'yuan', amount: '-3' },
        { externalId: 'ok-1', email: 'nobody@example.com', orderedAt: daysAgo(3), currency: 'CNY', amount: '1', lines: [{ amount: 'x' }] },
      ],
    });
    expect(res.status).toBe(400);
    const paths = (res.body.errors ?? res.body.fields ?? []).map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['orders.1.orderedAt', 'orders.1.currency', 'orders.1.amount', 'orders.2.lines.0.amount']));
    expect(await api.ctx.ds.query(`SELECT 1 FROM "order" WHERE external_id IN ('ok-1', 'bad-1')`)).toHaveLength(0);
  });

  it('refuses unknown customers unless asked to create them', async () => {
    const order = { externalId: 'new-cust-1', email: 'New.Customer@Example.com', lastName: 'Neu', orderedAt: daysAgo(2), currency: 'CNY', amount: '10' };
    const refused = await marketer.post('/api/v1/orders/bulk').send({ orders: [order] });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('orders.0.email');
    // Creating contacts takes contact write access, which marketers do not have.
    expect((await marketer.post('/api/v1/orders/bulk').send({ orders: [order], createCustomers: true })).status).toBe(403);
    const admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
    const made = await admin.post('/api/v1/orders/bulk').send({ orders: [order], createCustomers: true });
    expect(made.body).toMatchObject({ created: 1, customersCreated: 1 });
    const [c] = await api.ctx.ds.query(`SELECT c.last_name, c.emails FROM "order" o JOIN contact c ON c.id = o.contact_id WHERE o.external_id = 'new-cust-1'`);
    expect(c).toEqual({ last_name: 'Neu', emails: ['new.customer@example.com'] });
  });

  it('is refused to a role without order write access', async () => {
    const res = await rep.post('/api/v1/orders/bulk').send({ orders: [{ externalId: 'rep-1', contactId: ids[0], orderedAt: daysAgo(1), currency: 'CNY', amount: '1' }] });
    expect(res.status).toBe(403);
  });
});

describe('segment rules', () => {
  const ours = cond('contact.field', { field: 'lastName', op: 'startsWith', value: 'Seg' });

  it('counts what a hand-written SQL statement counts', async () => {
    // Ours AND (≥ 2 completed orders in 200 days OR ≥ 2 calls in 30 days) AND NOT Chinese-speaking.
    const rule = {
      type: 'and',
      rules: [
        ours,
        { type: 'or', rules: [cond('orders.aggregate', { measure: 'count', op: 'gte', value: 2, lastDays: 200 }), cond('activities.count', { types: ['call'], min: 2, lastDays: 30 })] },
        { type: 'not', rule: cond('contact.field', { field: 'locale', op: 'eq', value: 'zh-CN' }) },
      ],
    };
    const [expected] = await api.ctx.ds.query(
      `SELECT count(*)::int AS n FROM contact c WHERE c.last_name LIKE 'Seg%' AND c.locale <> 'zh-CN' AND (
         (SELECT count(*) FROM "order" o WHERE o.contact_id = c.id AND o.status = 'completed' AND o.ordered_at >= now() - interval '200 days') >= 2
         OR (SELECT count(*) FROM activity a WHERE a.contact_id = c.id AND a.type = 'call' AND a.occurred_at >= now() - interval '30 days') >= 2)`,
    );
    const { segmentPreview } = await marketer.gqlOk<{ segmentPreview: { count: number; estimate: boolean } }>(PREVIEW, { r: rule });
    expect(expected.n).toBeGreaterThan(3);
    expect(segmentPreview).toMatchObject({ count: expected.n, estimate: false });
  });

  it('counts people without orders for "fewer than" and averages only over buyers', async () => {
    const fewer = await marketer.gqlOk<{ segmentPreview: { count: number } }>(PREVIEW, { r: { type: 'and', rules: [ours, cond('orders.aggregate', { measure: 'count', op: 'lt', value: 1 })] } });
    expect(fewer.segmentPreview.count).toBe(6); // i % 5 === 0: 0, 5, …, 25 (the cancelled order of 0 does not count)
    const avg = await marketer.gqlOk<{ segmentPreview: { count: number } }>(PREVIEW, { r: { type: 'and', rules: [ours, cond('orders.aggregate', { measure: 'average', op: 'lte', value: 110 })] } });
    expect(avg.segmentPreview.count).toBe(8); // buyers with 100 + i ≤ 110: i in 1..10 without multiples of 5
  });

  it('empty groups: AND matches everyone, OR no one', async () => {
    const all = await marketer.gqlOk<{ segmentPreview: { count: number } }>(PREVIEW, { r: { type: 'and', rules: [ours, { type: 'and', rules: [] }] } });
    expect(all.segmentPreview.count).toBe(30);
    const none = await marketer.gqlOk<{ segmentPreview: { count: number } }>(PREVIEW, { r: { type: 'and', rules: [ours, { type: 'or', rules: [] }] } });
    expect(none.segmentPreview.count).toBe(0);
  });

  it('counts only the contacts the reader may see', async () => {
    const { segmentPreview } = await rep.gqlOk<{ segmentPreview: { count: number; sample: { id: string }[] } }>(PREVIEW, { r: ours });
    expect(segmentPreview.count).toBe(10);
    expect(segmentPreview.sample.every((s) => ids.slice(0, 10).includes(s.id))).toBe(true);
  });

  it('names the bad parts of a rule and never runs user text as SQL', async () => {
    const res = await marketer.gql(PREVIEW, { r: { type: 'and', rules: [cond('orders.aggregate', { measure: 'median', op: 'gte', value: "1; DROP TABLE contact" }), cond('nope', {}), { type: 'xor' }] } });
    const fields = (res.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[];
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['rule.rules.2.type']));
    const res2 = await marketer.gql(PREVIEW, { r: { type: 'and', rules: [cond('orders.aggregate', { measure: 'median', op: 'gte', value: "1; DROP TABLE contact" }), cond('nope', {})] } });
    const paths = ((res2.errors?.[0]?.extensions?.['fields'] ?? []) as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['rule.rules.0.params.measure', 'rule.rules.0.params.value', 'rule.rules.1.condition']));
    expect(res2.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('keeps the common shapes set-based (no per-contact subquery)', async () => {
    const service = api.app.get(SegmentsService);
    const repo = api.app.get(SegmentRepository);
    for (const rule of [
      cond('orders.aggregate', { measure: 'sum', op: 'gte', value: 500, lastDays: 365 }),
      cond('orders.aggregate', { measure: 'count', op: 'lt', value: 2 }),
      cond('activities.count', { min: 2, lastDays: 30 }),
      cond('email.opened', { lastDays: 90 }),
      cond('orders.bought', { productLine: 'pumps', lastDays: 180 }),
    ]) {
      const plan = await repo.explainCount((await service.compile(rule)).compiled);
      if (process.env['SHOW_PLANS']) console.log(JSON.stringify(rule), '\n', plan);
      // A subquery may only appear hashed (run once, probed per row), never re-run per contact.
      const subPlans = [...plan.matchAll(/^\s*SubPlan (\d+)\s*$/gm)].map((m) => m[1]);
      expect(subPlans.filter((n) => !plan.includes(`hashed SubPlan ${n}`))).toEqual([]);
      expect(plan).not.toMatch(/^\s*SubPlan \d+ \(returns/m);
    }
  });
});

describe('saved segments', () => {
  it('keeps the membership history over three refreshes as people enter and leave', async () => {
    const rule = { type: 'and', rules: [cond('contact.field', { field: 'lastName', op: 'startsWith', value: 'Seg' }), cond('contact.field', { field: 'title', op: 'eq', value: 'VIP' })] };
    await api.ctx.ds.query(`UPDATE contact SET title = 'VIP' WHERE id = ANY($1)`, [ids.slice(0, 3)]);
    const { createSegment } = await marketer.gqlOk<{ createSegment: { segment: { id: string; memberCount: number } } }>(CREATE, { i: { name: 'VIPs', dynamic: true, rule, refreshMinutes: 60 } });
    const id = createSegment.segment.id;
    expect(createSegment.segment.memberCount).toBe(3);
    const refresh = () => marketer.gqlOk('mutation($i: SegmentIdInput!) { refreshSegment(input: $i) { segment { memberCount } } }', { i: { id } });

    await api.ctx.ds.query(`UPDATE contact SET title = NULL WHERE id = $1`, [ids[0]]);
    await api.ctx.ds.query(`UPDATE contact SET title = 'VIP' WHERE id = ANY($1)`, [ids.slice(3, 5)]);
    await refresh(); // 0 leaves, 3 and 4 enter
    await api.ctx.ds.query(`UPDATE contact SET title = 'VIP' WHERE id = $1`, [ids[0]]);
    await refresh(); // 0 comes back
    await refresh(); // nothing changes

    const { segment } = await marketer.gqlOk<{ segment: { memberCount: number; refreshes: { members: number; entered: number; left: number; trigger: string }[] } }>(
      'query($id: ID!) { segment(id: $id) { memberCount refreshes { members entered left trigger } } }',
      { id },
    );
    expect(segment.memberCount).toBe(5);
    expect(segment.refreshes).toEqual([
      { members: 5, entered: 0, left: 0, trigger: 'manual' },
      { members: 5, entered: 1, left: 0, trigger: 'manual' },
      { members: 4, entered: 2, left: 1, trigger: 'manual' },
      { members: 3, entered: 3, left: 0, trigger: 'create' },
    ]);
    const stays = await api.ctx.ds.query(`SELECT contact_id, left_at IS NULL AS current FROM segment_membership WHERE segment_id = $1 ORDER BY id`, [id]);
    expect(stays.filter((s: { contact_id: string }) => s.contact_id === ids[0]).map((s: { current: boolean }) => s.current)).toEqual([false, true]);
    expect(stays).toHaveLength(6);
    const { segmentMemberships } = await marketer.gqlOk<{ segmentMemberships: { leftAt: string | null }[] }>('query($s: ID!, $c: ID!) { segmentMemberships(segmentId: $s, contactId: $c) { leftAt } }', { s: id, c: ids[0] });
    expect(segmentMemberships.map((s) => s.leftAt === null)).toEqual([true, false]);
  });

  it('filters the contacts and accounts lists by a segment’s current members, within what the reader sees', async () => {
    await api.ctx.ds.query(`UPDATE contact SET title = 'Filter' WHERE id = ANY($1)`, [[ids[5], ids[6], ids[20]]]);
    const account = await api.ctx.newAccount({});
    await api.ctx.ds.query(`UPDATE contact SET account_id = $2 WHERE id = $1`, [ids[5], account.id]);
    const rule = cond('contact.field', { field: 'title', op: 'eq', value: 'Filter' });
    const id = (await marketer.gqlOk<{ createSegment: { segment: { id: string } } }>(CREATE, { i: { name: 'Filter', dynamic: true, rule } })).createSegment.segment.id;
    await api.ctx.ds.query(`UPDATE contact SET title = NULL WHERE id = $1`, [ids[6]]);
    await marketer.gqlOk('mutation($i: SegmentIdInput!) { refreshSegment(input: $i) { segment { id } } }', { i: { id } });
    const list = 'query($s: ID!) { contacts(inSegment: $s, first: 50) { totalCount edges { node { id } } } accounts(inSegment: $s) { edges { node { id } } } }';
    type Lists = { contacts: { totalCount: number; edges: { node: { id: string } }[] }; accounts: { edges: { node: { id: string } }[] } };
    // The marketer sees everyone: the current members (ids[6] left), not the one who left.
    const all = await marketer.gqlOk<Lists>(list, { s: id });
    expect(all.contacts.edges.map((e) => e.node.id).sort()).toEqual([ids[5], ids[20]].sort());
    expect(all.contacts.totalCount).toBe(2);
    expect(all.accounts.edges.map((e) => e.node.id)).toEqual([account.id]);
    // The rep owns the first ten customers: of the members, only ids[5].
    const own = await rep.gqlOk<Lists>(list, { s: id });
    expect(own.contacts.edges.map((e) => e.node.id)).toEqual([ids[5]]);
    // The segment's value: its current members' metrics summed (the one who left is not counted).
    const metric = `INSERT INTO customer_metrics (contact_id, as_of, frequency, monetary, clv, churn_band, lifecycle_stage, stage_since) VALUES ($1, now(), $2, $3, $4, $5, $6, now())
      ON CONFLICT (contact_id) DO UPDATE SET frequency = EXCLUDED.frequency, monetary = EXCLUDED.monetary, clv = EXCLUDED.clv, churn_band = EXCLUDED.churn_band, lifecycle_stage = EXCLUDED.lifecycle_stage`;
    await api.ctx.ds.query(metric, [ids[5], 3, 300, 100, 'low', 'repeat_customer']);
    await api.ctx.ds.query(metric, [ids[6], 1, 50, 50, 'high', 'customer']);
    await api.ctx.ds.query(metric, [ids[20], 0, 0, null, null, 'lead']);
    const valueQ = 'query($s: ID!) { segment(id: $s) { value { members customers clv revenue atRisk } } }';
    expect((await marketer.gqlOk<{ segment: { value: unknown } }>(valueQ, { s: id })).segment.value).toEqual({ members: 2, customers: 1, clv: 100, revenue: 300, atRisk: 0 });
    expect((await rep.gqlOk<{ segment: { value: unknown } }>(valueQ, { s: id })).segment.value).toEqual({ members: 1, customers: 1, clv: 100, revenue: 300, atRisk: 0 });
    // The CSV export of the filtered list holds the same rows; a list that takes no segment refuses one.
    const csv = await marketer.get(`/api/v1/export/contacts.csv?inSegment=${id}`);
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect([ids[5], ids[20]].every((c) => lines.some((l) => l.startsWith(c)))).toBe(true);
    const leads = await marketer.get(`/api/v1/export/leads.csv?inSegment=${id}`);
    expect(leads.status).toBe(400);
    // A segment that does not exist, and an id that is not one, are the reader's errors.
    expect((await marketer.gql(list, { s: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const bad = await marketer.gql(list, { s: 'not-an-id' });
    expect(['VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(bad.errors?.[0]?.extensions?.['code']);
  });

  it('refuses a rule that would make segments contain each other', async () => {
    const a = (await marketer.gqlOk<{ createSegment: { segment: { id: string } } }>(CREATE, { i: { name: 'A', dynamic: true, rule: cond('orders.last', { op: 'within', days: 90 }) } })).createSegment.segment.id;
    const b = (await marketer.gqlOk<{ createSegment: { segment: { id: string } } }>(CREATE, { i: { name: 'B', dynamic: true, rule: cond('segments.member', { segmentId: a }) } })).createSegment.segment.id;
    const res = await marketer.gql('mutation($i: UpdateSegmentInput!) { updateSegment(input: $i) { segment { id } } }', { i: { id: a, rule: cond('segments.member', { segmentId: b }) } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('loop');
  });

  it('says which conditions hold for one person, and hides people the reader may not see', async () => {
    const rule = { type: 'and', rules: [cond('orders.aggregate', { measure: 'count', op: 'gte', value: 4 }), cond('activities.count', { types: ['call'], min: 1 })] };
    const q = 'query($c: ID!, $r: JSONObject) { segmentWhy(contactId: $c, rule: $r) { matches conditions { path condition matches } } }';
    const { segmentWhy } = await marketer.gqlOk<{ segmentWhy: { matches: boolean; conditions: { path: string; matches: boolean }[] } }>(q, { c: ids[4], r: rule });
    expect(segmentWhy).toEqual({ matches: true, conditions: [{ path: 'rule.rules.0', condition: 'orders.aggregate', matches: true }, { path: 'rule.rules.1', condition: 'activities.count', matches: true }] });
    const other = await marketer.gqlOk<{ segmentWhy: { matches: boolean; conditions: { matches: boolean }[] } }>(q, { c: ids[14], r: rule });
    expect(other.segmentWhy.matches).toBe(false);
    expect(other.segmentWhy.conditions.map((c) => c.matches)).toEqual([true, false]);
    const hidden = await rep.gql(q, { c: ids[14], r: rule });
    expect(hidden.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(repId).toBeTruthy();
  });

  it('lets a sales rep read segments but not make them', async () => {
    const res = await rep.gql(CREATE, { i: { name: 'Mine', dynamic: true, rule: { type: 'and', rules: [] } } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { segments } = await rep.gqlOk<{ segments: { name: string }[] }>('{ segments { name } }');
    expect(segments.map((s) => s.name)).toContain('VIPs');
  });
});

describe('a customer’s orders', () => {
  it('lists each contact’s newest orders, a whole page of contacts in one go', async () => {
    const { contacts } = await marketer.gqlOk<{ contacts: { edges: { node: { id: string; orders: { externalId: string; orderedAt: string }[] } }[] } }>(
      '{ contacts(first: 30, filter: { lastName: { startsWith: "Seg" } }) { edges { node { id orders(first: 2) { externalId orderedAt } } } } }',
    );
    const byId = new Map(contacts.edges.map((e) => [e.node.id, e.node.orders]));
    expect(byId.get(ids[4])!.map((o) => o.externalId)).toEqual(['o-4-0', 'o-4-1']);
    expect(byId.get(ids[5])).toEqual([]);
    // Newest first.
    const four = byId.get(ids[4])!;
    expect(Date.parse(four[0].orderedAt)).toBeGreaterThan(Date.parse(four[1].orderedAt));
  });
});
