import { ApiClient, describeVisibilityMatrix, ownerFor } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/** Roles × own/team/other for quotes and commitments: by id, in lists, and for changes. Cells come from the permission table. */
const api = useTestApi();

async function accountAndDeal(owner: string, team: string | null) {
  const a = await api.ctx.newAccount({ name: 'Matrix Co', owner: { owner, team } });
  const o = await api.ctx.newOpportunity({ name: 'Matrix deal', accountId: a.id, owner: { owner, team } });
  return { account: a.id, opportunity: o.id };
}

describe('quotes', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'quote',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerFor(kind, cast);
      const d = await accountAndDeal(o.owner, o.team);
      return (await api.ctx.newQuote({ opportunityId: d.opportunity, accountId: d.account, name: 'Q', status: 'draft', owner: o })).id;
    },
    probes: [
      { name: 'query quote(id)', action: 'read', reaches: async (c, id) => (await c.gqlOk<{ quote: { id: string } | null }>(`query($id: ID!) { quote(id: $id) { id } }`, { id })).quote?.id === id },
      {
        name: 'query quotes',
        action: 'read',
        reaches: async (c, id) => {
          const [q] = await api.ctx.ds.query(`SELECT opportunity_id FROM quote WHERE id = $1`, [id]);
          const d = await c.gql<{ quotes: { edges: { node: { id: string } }[] } }>(`query($o: ID!) { quotes(opportunityId: $o) { edges { node { id } } } }`, { o: q.opportunity_id });
          return !!d.data?.quotes.edges.some((e) => e.node.id === id);
        },
      },
      { name: 'mutation updateQuote', action: 'write', reaches: async (c, id) => !(await c.gql(`mutation($id: ID!) { updateQuote(input: { id: $id, notes: "seen" }) { quote { id } } }`, { id })).errors },
    ],
  });
});

describe('commitments', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'commitment',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind, cast) => {
      const o = ownerFor(kind, cast);
      const d = await accountAndDeal(o.owner, o.team);
      return (await api.ctx.newCommitment({ kind: 'follow_up', description: 'Call back', accountId: d.account, owner: o })).id;
    },
    probes: [
      {
        name: 'query commitments(accountId)',
        action: 'read',
        reaches: async (c, id) => {
          const [row] = await api.ctx.ds.query(`SELECT account_id FROM commitment WHERE id = $1`, [id]);
          const d = await c.gql<{ commitments: { edges: { node: { id: string } }[] } }>(`query($a: ID!) { commitments(accountId: $a) { edges { node { id } } } }`, { a: row.account_id });
          return !!d.data?.commitments.edges.some((e) => e.node.id === id);
        },
      },
      { name: 'mutation resolveCommitment', action: 'write', reaches: async (c, id) => !(await c.gql(`mutation($id: ID!) { resolveCommitment(input: { id: $id, status: "kept" }) { commitment { id } } }`, { id })).errors },
    ],
  });
});
