import { ALL_ROLES, Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Who reaches routing (issue 19 items 1–2), role by role, as the permission table's `routing` row
 * says: readers see queues, rules, the board and call statistics; writers set them up. Presence is
 * one's own, for whoever works cases. Routing a case is a change of the case (case-visibility).
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let queueId: string;
let agentId: string;

const GRANTS: Record<Role, { read: boolean; write: boolean; presence: boolean }> = {
  [Role.Admin]: { read: true, write: true, presence: true },
  [Role.SalesManager]: { read: false, write: false, presence: false },
  [Role.SalesRep]: { read: false, write: false, presence: false },
  [Role.Marketer]: { read: false, write: false, presence: false },
  [Role.ServiceManager]: { read: true, write: true, presence: true },
  [Role.ServiceAgent]: { read: true, write: false, presence: true },
  [Role.PortalUser]: { read: false, write: false, presence: false },
  [Role.Integration]: { read: true, write: false, presence: false },
};

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'] ?? 'OK';

beforeAll(async () => {
  [{ id: queueId }] = await api.ctx.ds.query(`INSERT INTO routing_queue (name) VALUES ('Probe queue') RETURNING id`);
  agentId = (await api.ctx.newUser({ role: Role.ServiceAgent })).id;
});

describe('routing by role', () => {
  it.each(ALL_ROLES.filter((r) => r !== Role.Integration))('%s reads, sets up and is present as the permission table says', async (role) => {
    const client: ApiClient = await api.signedIn((await api.ctx.newUser({ role })).email);
    const expectRead = GRANTS[role].read ? 'OK' : 'FORBIDDEN';
    expect(code(await client.gql('{ routingQueues { id } }'))).toBe(expectRead);
    expect(code(await client.gql('{ routingQueueRules { id } }'))).toBe(expectRead);
    expect(code(await client.gql('{ routingBoard { at queues { waiting } } }'))).toBe(expectRead);
    expect(code(await client.gql('query($f: DateTime!, $t: DateTime!) { callStatistics(from: $f, to: $t) { calls } }', { f: '2026-01-01T00:00:00Z', t: '2026-02-01T00:00:00Z' }))).toBe(expectRead);

    const expectWrite = GRANTS[role].write ? 'OK' : 'FORBIDDEN';
    expect(code(await client.gql('mutation($i: SaveRoutingQueueInput!) { saveRoutingQueue(input: $i) { id } }', { i: { name: `By ${role}` } }))).toBe(expectWrite);
    expect(code(await client.gql('mutation($i: SaveRoutingQueueRuleInput!) { saveRoutingQueueRule(input: $i) { id } }', { i: { name: `By ${role}`, queueId, criteria: { channels: ['EMAIL'] } } }))).toBe(expectWrite);
    expect(code(await client.gql('mutation($i: SetAgentRoutingProfileInput!) { setAgentRoutingProfile(input: $i) { user { id } } }', { i: { userId: agentId, languages: ['en'] } }))).toBe(expectWrite);

    const present = await client.gql<{ setMyPresence: { presence: string } }>('mutation { setMyPresence(presence: BUSY) { presence } }');
    expect(code(present)).toBe(GRANTS[role].presence ? 'OK' : 'FORBIDDEN');
    // "My presence" is nobody's for roles that do not work cases (an honest null, not an error).
    const mine = await client.gqlOk<{ myPresence: { presence: string } | null }>('{ myPresence { presence } }');
    expect(mine.myPresence?.presence ?? null).toBe(GRANTS[role].presence ? 'BUSY' : null);
  });
});

describe('routing in a case’s history', () => {
  // Agents' loads and who was passed over are routing's business: a role that reads its own case but not routing sees the entries bare.
  it.each([Role.Admin, Role.SalesManager, Role.SalesRep, Role.ServiceManager, Role.ServiceAgent])('%s is told the queue and the explanation as the routing row says', async (role) => {
    const user = await api.ctx.newUser({ role });
    const client = await api.signedIn(user.email);
    const k = await api.ctx.newCase({ owner: { owner: user.id, team: null } });
    const explanation = { queueId, queueName: 'Probe queue', overflowFrom: null, distribution: 'round_robin', chosen: { id: agentId, name: 'Probe agent' }, channel: 'email', load: 1, capacity: 5, waitedSeconds: 3, skipped: [{ id: agentId, name: 'Skipped agent', why: 'at_capacity' }] };
    await api.ctx.ds.query(`INSERT INTO case_event (case_id, kind, at, data) VALUES ($1, 'queued', now(), $2), ($1, 'routed', now(), $3)`, [k.id, JSON.stringify({ queueId }), JSON.stringify(explanation)]);
    type Entry = { kind: string; queueName: string | null; routing: { agentName: string; passedOver: { name: string; reason: string }[] } | null };
    const { case: kase } = await client.gqlOk<{ case: { history: Entry[] } }>('query($id: ID!) { case(id: $id) { history { kind queueName routing { agentName passedOver { name reason } } } } }', { id: k.id });
    const queued = kase.history.find((h) => h.kind === 'queued')!;
    const routed = kase.history.find((h) => h.kind === 'routed')!;
    if (GRANTS[role].read) {
      expect(queued.queueName).toBe('Probe queue');
      expect(routed).toEqual({ kind: 'routed', queueName: 'Probe queue', routing: { agentName: 'Probe agent', passedOver: [{ name: 'Skipped agent', reason: 'AT_CAPACITY' }] } });
    } else {
      expect(queued).toEqual({ kind: 'queued', queueName: null, routing: null });
      expect(routed).toEqual({ kind: 'routed', queueName: null, routing: null });
    }
  });
});
