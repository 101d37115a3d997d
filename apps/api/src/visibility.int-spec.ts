import { ApiClient, describeVisibilityMatrix, MatrixCast, RecordKind, TEST_PASSWORD } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for the platform objects. The expected outcome of every cell comes
 * from the permission table; this proves the SQL scope in the repositories matches it for
 * every query and mutation that reaches users and teams.
 */
const api = useTestApi();

async function signedIn(email: string) {
  const client = new ApiClient(api.app);
  const r = await client.login(email, TEST_PASSWORD);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return client;
}

const listIds = async (client: ApiClient, query: string, path: (d: never) => { edges: { node: { id: string } }[] }) =>
  path((await client.gqlOk(query)) as never).edges.map((e) => e.node.id);

describe('users', () => {
  // A user's "own" record is their profile; "team" a teammate; "other" someone in another team.
  const makeUser = async (kind: RecordKind, cast: MatrixCast) => {
    if (kind === 'own') return cast.actor.id;
    if (kind === 'team') return (await api.ctx.newUser({ teamId: cast.team.id })).id;
    return (await api.ctx.newUser({ teamId: cast.outsider.teamId })).id;
  };

  describeVisibilityMatrix<ApiClient>({
    object: 'user',
    factories: () => api.ctx,
    makeRecord: makeUser,
    clientFor: (u) => signedIn(u.email),
    probes: [
      {
        name: 'query user(id)',
        action: 'read',
        reaches: async (c, id) => (await c.gqlOk<{ user: { id: string } | null }>('query($id: ID!) { user(id: $id) { id } }', { id })).user?.id === id,
      },
      {
        name: 'query users(filter)',
        action: 'read',
        reaches: async (c, id) =>
          (await listIds(c, `{ users(first: 100, filter: { id: { eq: "${id}" } }) { edges { node { id } } } }`, (d: { users: never }) => d.users)).includes(id),
      },
      {
        name: 'query search',
        action: 'read',
        reaches: async (c, id) => {
          const user = await api.ctx.ds.query(`SELECT email FROM app_user WHERE id = $1`, [id]);
          const hits = await c.gqlOk<{ search: { id: string }[] }>('query($q: String!) { search(query: $q) { id } }', { q: user[0].email });
          return hits.search.some((h) => h.id === id);
        },
      },
      {
        name: 'REST GET /api/v1/users/:id',
        action: 'read',
        reaches: async (c, id) => (await c.get(`/api/v1/users/${id}`)).status === 200,
      },
      {
        name: 'REST GET /api/v1/users',
        action: 'read',
        reaches: async (c, id) => {
          const user = await api.ctx.ds.query(`SELECT email FROM app_user WHERE id = $1`, [id]);
          const res = await c.get(`/api/v1/users?q=${encodeURIComponent(user[0].email)}`);
          return res.body.items.some((u: { id: string }) => u.id === id);
        },
      },
      {
        name: 'mutation updateUser',
        action: 'write',
        reaches: async (c, id) => {
          const r = await c.gql('mutation($id: ID!) { updateUser(input: { id: $id, locale: ZH_TW }) { user { id } } }', { id });
          return !r.errors;
        },
      },
    ],
  });
});

describe('teams', () => {
  // A team's "own" record is a team the actor manages; "team" a sub-team of theirs; "other" an unrelated team.
  const makeTeam = async (kind: RecordKind, cast: MatrixCast) => {
    if (kind === 'own') return cast.team.id;
    if (kind === 'team') return (await api.ctx.newTeam({ parentId: cast.team.id })).id;
    return (await api.ctx.newTeam()).id;
  };

  describeVisibilityMatrix<ApiClient>({
    object: 'team',
    factories: () => api.ctx,
    makeRecord: makeTeam,
    clientFor: (u) => signedIn(u.email),
    probes: [
      {
        name: 'query team(id)',
        action: 'read',
        reaches: async (c, id) => (await c.gqlOk<{ team: { id: string } | null }>('query($id: ID!) { team(id: $id) { id } }', { id })).team?.id === id,
      },
      {
        name: 'query teams(filter)',
        action: 'read',
        reaches: async (c, id) =>
          (await listIds(c, `{ teams(first: 100, filter: { id: { in: ["${id}"] } }) { edges { node { id } } } }`, (d: { teams: never }) => d.teams)).includes(id),
      },
      {
        name: 'mutation updateTeam',
        action: 'write',
        reaches: async (c, id) => !(await c.gql('mutation($id: ID!) { updateTeam(input: { id: $id, name: "Renamed" }) { team { id } } }', { id })).errors,
      },
    ],
  });
});
