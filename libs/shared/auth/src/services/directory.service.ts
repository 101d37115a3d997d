import { Injectable, OnModuleInit } from '@nestjs/common';
import { Loaders, SearchArm, SearchRegistry } from '@rapport/shared-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { readEntities, UserEntity } from '@rapport/shared-database';
import { escapeLike } from '@rapport/shared-util';
import { TeamsRepository, UsersRepository } from './repositories';

/**
 * Name lookups. `refs` resolves the id/name/email of users referenced by a record the actor
 * can already see (an owner, a manager): showing who owns a visible record is part of seeing it.
 * It never lists users; listing goes through the scoped `users` query.
 */
@Injectable()
export class DirectoryService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly users: UsersRepository,
    private readonly teams: TeamsRepository,
    private readonly registry: SearchRegistry,
  ) {}

  onModuleInit() {
    this.registry.register('users-teams', (actor, q, first) => this.searchArms(actor, q, first));
  }

  /** `{ id email name }` of a referenced user, batched per request across every type that asks. */
  ref(loaders: Loaders, userId: string | null) {
    return userId ? loaders.get('user.ref', (ids) => this.refs(ids)).load(userId) : null;
  }

  async refs(ids: readonly string[]): Promise<(Pick<UserEntity, 'id' | 'email' | 'name'> | null)[]> {
    const rows = await readEntities(this.ds.getRepository(UserEntity).createQueryBuilder('u').select(['u.id', 'u.email', 'u.name']).where('u.id IN (:...ids)', { ids }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Search over what the platform owns (users, teams), visibility applied; domains register their own. Prefix matches rank above substring matches. */
  searchArms(actor: Actor, query: string, first: number): SearchArm[] {
    const q = query.trim();
    if (q.length === 0) return [];
    const p = `%${escapeLike(q)}%`;
    const prefix = `${escapeLike(q)}%`;
    return [
      {
        type: 'user',
        query: this.users.scoped(actor, 'read').select(['u.id AS id', 'u.name AS title', 'u.email AS subtitle'])
          .addSelect('CASE WHEN u.name ILIKE :prefix OR u.email ILIKE :prefix THEN 0.9 ELSE 0.5 END', 'rank')
          .andWhere('(u.name ILIKE :p OR u.email ILIKE :p)', { p, prefix }).orderBy('u.name').limit(first),
      },
      {
        type: 'team',
        query: this.teams.scoped(actor, 'read').select(['t.id AS id', 't.name AS title', 'NULL AS subtitle'])
          .addSelect('CASE WHEN t.name ILIKE :prefix THEN 0.9 ELSE 0.5 END', 'rank')
          .andWhere('t.name ILIKE :p', { p, prefix }).orderBy('t.name').limit(first),
      },
    ];
  }
}
