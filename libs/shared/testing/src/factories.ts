import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, Role } from '@rapport/shared-domain';
import { RecordShareEntity, teamSubtree, TeamEntity, UserEntity } from '@rapport/shared-database';

/** argon2id hash of `TEST_PASSWORD`, computed once: hashing per user would dominate test time. */
export const TEST_PASSWORD = 'correct-horse-battery';

const unique = () => randomBytes(4).toString('hex');

/**
 * Factories for platform records. The domains' records (`ctx.newAccount()` …) come from a subclass where
 * the module boundaries let tests import the domains' entities: apps/api/src/testing/record-factories.ts.
 */
export class Factories {
  constructor(readonly ds: DataSource) {}

  async newTeam(overrides: Partial<TeamEntity> = {}): Promise<TeamEntity> {
    const repo = this.ds.getRepository(TeamEntity);
    return repo.save(repo.create({ name: `Team ${unique()}`, ...overrides }));
  }

  async newUser(overrides: Partial<UserEntity> & { password?: string } = {}): Promise<UserEntity> {
    const { password, ...rest } = overrides;
    const repo = this.ds.getRepository(UserEntity);
    const id = unique();
    const passwordHash = password ? await (await import('argon2')).hash(password, { type: 2 }) : await testPasswordHash();
    return repo.save(repo.create({ email: `user-${id}@test.rapport.dev`, name: `User ${id}`, role: Role.SalesRep, passwordHash, ...rest }));
  }

  async setTeamManager(team: TeamEntity, manager: UserEntity): Promise<TeamEntity> {
    team.managerId = manager.id;
    return this.ds.getRepository(TeamEntity).save(team);
  }

  /** A record shared with one user (`userId`) or a whole team (`teamId`), for reading unless `access` says write. */
  async newShare(share: Pick<RecordShareEntity, 'objectType' | 'recordId'> & Partial<RecordShareEntity>): Promise<RecordShareEntity> {
    const repo = this.ds.getRepository(RecordShareEntity);
    return repo.save(repo.create(share));
  }

  /** The actor a signed-in user would be, with the team subtree computed the same way as in production. */
  async actorFor(user: UserEntity): Promise<Actor> {
    return { userId: user.id, role: user.role, teamId: user.teamId, teamIds: await teamSubtree(this.ds.manager, user.id, user.teamId) };
  }
}

let hashPromise: Promise<string> | undefined;
/** Hashes the shared test password once per test file. */
export function testPasswordHash(): Promise<string> {
  hashPromise ??= import('argon2').then((a) => a.hash(TEST_PASSWORD, { type: 2 }));
  return hashPromise;
}
