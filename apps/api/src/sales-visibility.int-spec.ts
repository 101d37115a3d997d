import { randomBytes } from 'node:crypto';
import { ApiClient, describeVisibilityMatrix, MatrixProbe, ownerFor } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for every sales query and mutation: by id, in lists, in global search,
 * through the account's timeline, and for updates. Expected cells come from the permission table.
 */
const api = useTestApi();

const ownerOf = ownerFor;

const word = () => `zq${randomBytes(5).toString('hex')}`;
const names = new Map<string, string>();

const byId = (query: string, field: string): MatrixProbe<ApiClient> => ({
  name: `query ${field}(id)`,
  action: 'read',
  reaches: async (c, id) => ((await c.gqlOk<Record<string, { id: string } | null>>(query, { id }))[field]?.id ?? null) === id,
});

const inList = (field: string, extra = ''): MatrixProbe<ApiClient> => ({
  name: `query ${field}(filter)`,
  action: 'read',
  reaches: async (c, id) => {
    const d = await c.gqlOk<Record<string, { edges: { node: { id: string } }[] }>>(`query($id: ID!) { ${field}(filter: { id: { eq: $id } }${extra}) { edges { node { id } } } }`, { id });
    return d[field].edges.some((e) => e.node.id === id);
  },
});

const inSearch: MatrixProbe<ApiClient> = {
  name: 'query search',
  action: 'read',
  reaches: async (c, id) => {
    const d = await c.gqlOk<{ search: { id: string }[] }>('query($q: String!) { search(query: $q, first: 50) { id } }', { q: names.get(id)! });
    return d.search.some((h) => h.id === id);
  },
};

const inExport = (object: string): MatrixProbe<ApiClient> => ({
  name: `REST GET /api/v1/export/${object}.csv`,
  action: 'read',
  reaches: async (c, id) => {
    const res = await c.get(`/api/v1/export/${object}.csv?filter=${encodeURIComponent(JSON.stringify({ id: { eq: id } }))}`);
    if (res.status !== 200) throw new Error(`export answered ${res.status}: ${res.text}`);
    return res.text.includes(id);
  },
});

const mutation = (name: string, query: string): MatrixProbe<ApiClient> => ({
  name: `mutation ${name}`,
  action: 'write',
  reaches: async (c, id) => !(await c.gql(query, { id })).errors,
});

describe('accounts', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'account',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerOf(kind, cast);
      const name = word();
      const { id } = await api.ctx.newAccount({ name, owner: o });
      names.set(id, name);
      return id;
    },
    probes: [
      byId('query($id: ID!) { account(id: $id) { id } }', 'account'),
      inList('accounts'),
      inSearch,
      inExport('accounts'),
      {
        name: 'query account(id) { timeline }',
        action: 'read',
        reaches: async (c, id) => !!(await c.gqlOk<{ account: { timeline: { edges: unknown[] } } | null }>('query($id: ID!) { account(id: $id) { timeline { edges { cursor } } } }', { id })).account,
      },
      mutation('updateAccount', 'mutation($id: ID!) { updateAccount(input: { id: $id, industry: "Retail" }) { account { id } } }'),
      {
        name: 'mutation mergeRecords (into an own account)',
        action: 'write',
        reaches: async (c, id, cast) => {
          const { id: survivor } = await api.ctx.newAccount({ name: 'survivor', owner: { owner: cast.actor.id, team: cast.team.id } });
          const r = await c.gql('mutation($s: ID!, $m: ID!) { mergeRecords(input: { objectType: ACCOUNT, survivorId: $s, mergedIds: [$m] }) { survivorId } }', { s: survivor, m: id });
          return !r.errors;
        },
      },
    ],
  });
});

describe('contacts', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'contact',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerOf(kind, cast);
      const name = word();
      const { id } = await api.ctx.newContact({ lastName: name, owner: o });
      names.set(id, name);
      return id;
    },
    probes: [
      byId('query($id: ID!) { contact(id: $id) { id } }', 'contact'),
      inList('contacts'),
      inSearch,
      inExport('contacts'),
      mutation('updateContact', 'mutation($id: ID!) { updateContact(input: { id: $id, title: "CFO" }) { contact { id } } }'),
    ],
  });
});

describe('leads', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'lead',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerOf(kind, cast);
      const name = word();
      const { id } = await api.ctx.newLead({ lastName: name, source: 'web', owner: o });
      // A routed inquiry still waiting for its first response: it shows on the unanswered board.
      const now = new Date();
      await api.ctx.newLeadRouting(id, { receivedAt: now, routedAt: now, assignedUserId: o.owner });
      names.set(id, name);
      return id;
    },
    probes: [
      byId('query($id: ID!) { lead(id: $id) { id } }', 'lead'),
      inList('leads'),
      inList('unansweredLeads'),
      inSearch,
      inExport('leads'),
      mutation('updateLead', 'mutation($id: ID!) { updateLead(input: { id: $id, status: WORKING }) { lead { id } } }'),
      {
        name: 'mutation bulkAssign (to oneself)',
        action: 'write',
        reaches: async (c, id, cast) => {
          const r = await c.gql<{ bulkAssign: { updated: number } }>('mutation($id: ID!, $me: ID!) { bulkAssign(input: { objectType: LEAD, ids: [$id], ownerId: $me }) { updated } }', { id, me: cast.actor.id });
          return r.data?.bulkAssign.updated === 1;
        },
      },
      {
        name: 'query possibleDuplicates',
        action: 'read',
        reaches: async (c, id) => {
          const d = await c.gqlOk<{ possibleDuplicates: { id: string }[] }>('query($n: String!) { possibleDuplicates(input: { lastName: $n }) { id } }', { n: names.get(id)! });
          return d.possibleDuplicates.some((x) => x.id === id);
        },
      },
    ],
  });
});

describe('opportunities', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'opportunity',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerOf(kind, cast);
      const name = word();
      const account = await api.ctx.newAccount({ name: `acc ${name}`, owner: o });
      const { id } = await api.ctx.newOpportunity({ name, accountId: account.id, owner: o });
      names.set(id, name);
      return id;
    },
    probes: [
      byId('query($id: ID!) { opportunity(id: $id) { id } }', 'opportunity'),
      inList('opportunities'),
      inSearch,
      inExport('opportunities'),
      mutation('updateOpportunity', 'mutation($id: ID!) { updateOpportunity(input: { id: $id, nextStep: "Call" }) { opportunity { id } } }'),
    ],
  });
});

describe('activities', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'activity',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerOf(kind, cast);
      return (await api.ctx.newActivity({ type: 'task', subject: word(), owner: o })).id;
    },
    probes: [inList('activities'), inExport('activities'), mutation('updateActivity', 'mutation($id: ID!) { updateActivity(input: { id: $id, done: true }) { activity { id } } }')],
  });
});
