import { ALL_ROLES, Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for segmentation (issue 17): segments (read by most roles, changed by their
 * writers — a sales manager only their own), and what hangs off a customer — orders, value metrics,
 * segment membership reads — which follow the customer (contact) they belong to. The cells come from
 * the permission table's `segment` and `order` rows.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
const tag = `sgv${Date.now().toString(36)}`;
let admin: ApiClient;
const segmentOfContact = new Map<string, string>();

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
});

const ok = async (c: ApiClient, query: string, variables: Record<string, unknown>) => !(await c.gql(query, variables)).errors;
const rule = (lastName: string) => ({ type: 'condition', condition: 'contact.field', params: { field: 'lastName', op: 'eq', value: lastName } });

async function newSegment(kind: RecordKind, cast: MatrixCast): Promise<string> {
  const { createSegment } = await admin.gqlOk<{ createSegment: { segment: { id: string } } }>('mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id } } }', {
    i: { name: `Matrix ${tag}`, dynamic: true, rule: rule(`Nobody ${tag}`) },
  });
  const { owner, team } = ownerFor(kind, cast);
  await api.ctx.ds.query(`UPDATE segment SET owner_id = $2, team_id = $3 WHERE id = $1`, [createSegment.segment.id, owner, team]);
  await admin.gqlOk('mutation($i: CreateSegmentStrategyInput!) { createSegmentStrategy(input: $i) { strategy { id } } }', { i: { segmentId: createSegment.segment.id, name: `Strategy ${tag}` } });
  return createSegment.segment.id;
}

describe('segments', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'segment',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: newSegment,
    probes: [
      { name: 'query segment(id)', action: 'read', reaches: async (c, id) => (await c.gql<{ segment: { id: string } | null }>('query($id: ID!) { segment(id: $id) { id refreshes { members } } }', { id })).data?.segment?.id === id },
      { name: 'query segments', action: 'read', reaches: async (c, id) => !!(await c.gql<{ segments: { id: string }[] }>('{ segments { id } }')).data?.segments?.some((s) => s.id === id) },
      {
        name: 'query segmentStrategies { results } and segmentCohort',
        action: 'read',
        reaches: async (c, id) => {
          const d = (await c.gql<{ segmentStrategies: { segmentId: string; results: unknown[] }[]; segmentCohort: { members: number } }>(
            'query($s: ID!, $at: DateTime!) { segmentStrategies(segmentId: $s) { segmentId results { outcome } } segmentCohort(segmentId: $s, memberAt: $at, from: $at, to: "2030-01-01T00:00:00Z") { members } }',
            { s: id, at: new Date().toISOString() },
          )).data;
          return !!d && d.segmentStrategies.some((s) => s.segmentId === id && s.results.length === 4) && d.segmentCohort.members === 0;
        },
      },
      { name: 'mutation updateSegment', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: UpdateSegmentInput!) { updateSegment(input: $i) { segment { id } } }', { i: { id, description: 'changed' } }) },
      { name: 'mutation refreshSegment', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: SegmentIdInput!) { refreshSegment(input: $i) { segment { id } } }', { i: { id } }) },
    ],
  });
});

/** A customer of the given kind with one order, metrics and membership of a segment. */
async function newCustomer(kind: RecordKind, cast: MatrixCast): Promise<string> {
  const { owner, team } = ownerFor(kind, cast);
  const last = `Cust${Math.random().toString(36).slice(2, 8)}`;
  const contact = await api.ctx.newContact({ firstName: 'Matrix', lastName: last, ownerId: owner, teamId: team });
  await admin.post('/api/v1/orders/bulk').send({ orders: [{ externalId: `mx-${contact.id}`, contactId: contact.id, orderedAt: '2026-10-01T10:00:00Z', currency: 'CNY', amount: '42.00' }] }).expect(200);
  await api.ctx.ds.query(`INSERT INTO customer_metrics (contact_id, as_of, frequency, monetary, rfm_cell, clv, lifecycle_stage, stage_since) VALUES ($1, now(), 1, 42, 'new_customers', 80, 'customer', now())`, [contact.id]);
  const { createSegment } = await admin.gqlOk<{ createSegment: { segment: { id: string } } }>('mutation($i: CreateSegmentInput!) { createSegment(input: $i) { segment { id } } }', { i: { name: `Of ${last}`, dynamic: false, rule: rule(last) } });
  segmentOfContact.set(contact.id, createSegment.segment.id);
  return contact.id;
}

describe('a customer’s orders, value and segment membership', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'order',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: newCustomer,
    probes: [
      {
        name: 'contact(id) { orders }',
        action: 'read',
        reaches: async (c, id) => (await c.gql<{ contact: { orders: { externalId: string }[] } | null }>('query($id: ID!) { contact(id: $id) { orders { externalId } } }', { id })).data?.contact?.orders?.[0]?.externalId === `mx-${id}`,
      },
      {
        name: 'contact(id) { metrics }',
        action: 'read',
        reaches: async (c, id) => (await c.gql<{ contact: { metrics: { clv: number } | null } | null }>('query($id: ID!) { contact(id: $id) { metrics { clv } } }', { id })).data?.contact?.metrics?.clv === 80,
      },
      {
        name: 'topCustomersByClv',
        action: 'read',
        reaches: async (c, id) => !!(await c.gql<{ topCustomersByClv: { contactId: string }[] }>('{ topCustomersByClv(first: 100) { contactId } }')).data?.topCustomersByClv?.some((t) => t.contactId === id),
      },
    ],
  });
});

/**
 * Membership is read through a segment: it needs segment access and the contact both. Every role
 * but service agents reads segments wherever it reads contacts (so the `order` row — the contact's
 * scope — gives the cells); service agents read no segment at all (below).
 */
describe('a customer’s membership of a segment', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'order',
    roles: ALL_ROLES.filter((r) => r !== Role.ServiceAgent),
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: newCustomer,
    probes: [
      {
        name: 'segment members and why',
        action: 'read',
        reaches: async (c, id) => {
          const seg = segmentOfContact.get(id)!;
          const members = (await c.gql<{ segment: { members: { items: { id: string }[] } } | null }>('query($s: ID!) { segment(id: $s) { members { items { id } } } }', { s: seg })).data?.segment?.members.items ?? [];
          const why = (await c.gql<{ segmentWhy: { matches: boolean } }>('query($s: ID!, $c: ID!) { segmentWhy(segmentId: $s, contactId: $c) { matches } }', { s: seg, c: id })).data?.segmentWhy?.matches === true;
          return members.some((m) => m.id === id) && why;
        },
      },
      {
        name: 'segment(id) { value } — the members’ value summed',
        action: 'read',
        reaches: async (c, id) => {
          const v = (await c.gql<{ segment: { value: { members: number; customers: number; clv: number } | null } | null }>('query($s: ID!) { segment(id: $s) { value { members customers clv } } }', { s: segmentOfContact.get(id)! })).data?.segment?.value;
          return v?.members === 1 && v.customers === 1 && v.clv === 80;
        },
      },
      {
        name: 'contacts(inSegment) — the sales list filtered by the segment',
        action: 'read',
        reaches: async (c, id) => {
          const d = (await c.gql<{ contacts: { edges: { node: { id: string } }[] } }>('query($s: ID!) { contacts(inSegment: $s, first: 50) { edges { node { id } } } }', { s: segmentOfContact.get(id)! })).data;
          return !!d?.contacts.edges.some((e) => e.node.id === id);
        },
      },
    ],
  });

  it('is closed to service agents, who read no segment', async () => {
    const agent = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceAgent })).email);
    const seg = [...segmentOfContact.values()][0];
    expect((await agent.gql('query($s: ID!) { segment(id: $s) { id } }', { s: seg })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await agent.gql('query($s: ID!) { contacts(inSegment: $s) { edges { node { id } } } }', { s: seg })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
