import { Action, ALL_ROLES, ObjectName, RecordScope, Role, scopeFor } from '@rapport/shared-domain';
import { TeamEntity, UserEntity } from '@rapport/shared-database';
import { Factories } from './factories';

/**
 * The roles × own/team/other visibility matrix (docs/adr/0008). A domain plugs in how to make a
 * record for an owner and how each query/mutation tries to reach it; the expected outcome comes
 * from the permission table (`scopeFor`), so the SQL scope is checked against the rule itself.
 *
 *   own   – owned by the actor
 *   team  – owned by someone in the actor's team (the actor manages that team)
 *   other – owned by someone in an unrelated team
 */
export type RecordKind = 'own' | 'team' | 'other';
export const RECORD_KINDS: RecordKind[] = ['own', 'team', 'other'];

export interface MatrixCast {
  actor: UserEntity;
  team: TeamEntity;
  teammate: UserEntity;
  outsider: UserEntity;
}

export interface MatrixProbe<C> {
  /** e.g. `query user(id)`, `users list`, `search`, `REST GET /v1/users/:id`. */
  name: string;
  action: Action;
  /** True when the actor reached the record (saw it / changed it). Must not throw for "denied". */
  reaches: (client: C, recordId: string, cast: MatrixCast) => Promise<boolean>;
}

export interface MatrixSpec<C> {
  object: ObjectName;
  roles?: Role[];
  factories: () => Factories;
  /** Creates (or picks) the record of the given kind for this cast; returns its id. */
  makeRecord: (kind: RecordKind, cast: MatrixCast) => Promise<string>;
  /** A signed-in client for the user. */
  clientFor: (user: UserEntity) => Promise<C>;
  probes: MatrixProbe<C>[];
}

/** Owner and team columns of a matrix record of the given kind: the actor's, a teammate's or an outsider's. */
export function ownerFor(kind: RecordKind, cast: MatrixCast): { owner: string; team: string | null } {
  if (kind === 'own') return { owner: cast.actor.id, team: cast.team.id };
  if (kind === 'team') return { owner: cast.teammate.id, team: cast.team.id };
  return { owner: cast.outsider.id, team: cast.outsider.teamId };
}

export function expectedReach(role: Role, object: ObjectName, action: Action, kind: RecordKind): boolean {
  const scope = scopeFor({ userId: 'x', role, teamId: null, teamIds: [] }, object, action);
  if (scope === RecordScope.All) return true;
  if (scope === RecordScope.Team) return kind !== 'other';
  if (scope === RecordScope.Own) return kind === 'own';
  return false;
}

/** Registers the matrix as jest tests in the current describe block. */
export function describeVisibilityMatrix<C>(spec: MatrixSpec<C>): void {
  const roles = spec.roles ?? ALL_ROLES;
  const casts = new Map<Role, MatrixCast>();
  const clients = new Map<Role, C>();

  beforeAll(async () => {
    const f = spec.factories();
    const outsiderTeam = await f.newTeam({ name: 'Outsiders' });
    const outsider = await f.newUser({ teamId: outsiderTeam.id, role: Role.SalesRep });
    for (const role of roles) {
      const team = await f.newTeam({ name: `Team of ${role}` });
      const actor = await f.newUser({ role, teamId: team.id });
      const teammate = await f.newUser({ role: Role.SalesRep, teamId: team.id });
      await f.setTeamManager(team, actor);
      casts.set(role, { actor, team, teammate, outsider });
      clients.set(role, await spec.clientFor(actor));
    }
  });

  const rows: [string, Role, RecordKind, boolean, MatrixProbe<C>][] = [];
  for (const probe of spec.probes) {
    for (const role of roles) {
      for (const kind of RECORD_KINDS) {
        rows.push([probe.name, role, kind, expectedReach(role, spec.object, probe.action, kind), probe]);
      }
    }
  }

  it.each(rows)('%s · %s · %s record → reaches: %s', async (_name, role, kind, expected, probe) => {
    const cast = casts.get(role)!;
    const recordId = await spec.makeRecord(kind, cast);
    await expect(probe.reaches(clients.get(role)!, recordId, cast)).resolves.toBe(expected);
  });
}
