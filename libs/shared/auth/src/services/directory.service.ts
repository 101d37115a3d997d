import { Injectable, OnModuleInit } from '@nestjs/common';
import { Loaders, SearchHitShape, SearchRegistry } from '@rapport/shared-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor } from '@rapport/shared-domain';
import { UserEntity } from '@rapport/shared-database';
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
    this.registry.register('users-teams', (actor, q, first) => this.search(actor, q, first));
  }

  /** `{ id email name }` of a referenced user, batched per request across every type that asks. */
  ref(loaders: Loaders, userId: string | null) {
    return userId ? loaders.get('user.ref', (ids) => this.refs(ids)).load(userId) : null;
  }

  async refs(ids: readonly string[]): Promise<(Pick<UserEntity, 'id' | 'email' | 'name'> | null)[]> {
    const rows = await this.ds.getRepository(UserEntity).find({ select: { id: true, email: true, name: true }, where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Search over what the platform owns (users, teams), visibility applied; domains register their own. */
  async search(actor: Actor, query: string, first: number): Promise<SearchHitShape[]> {
    const q = query.trim();
    if (q.length === 0) return [];
    const pattern = `%${escapeLike(q)}%`;
    const [users, teams] = await Promise.all([
      this.users.scoped(actor, 'read').andWhere('(u.name ILIKE :p OR u.email ILIKE :p)', { p: pattern }).orderBy('u.name').take(first).getMany(),
      this.teams.scoped(actor, 'read').andWhere('t.name ILIKE :p', { p: pattern }).orderBy('t.name').take(first).getMany(),
    ]);
    return [
      ...users.map((u) => ({ type: 'user', id: u.id, title: u.name, subtitle: u.email, rank: rankOf(q, u.name, u.email) })),
      ...teams.map((t) => ({ type: 'team', id: t.id, title: t.name, subtitle: null, rank: rankOf(q, t.name) })),
    ];
  }
}

/** Prefix matches rank above substring matches. */
function rankOf(q: string, ...texts: string[]): number {
  const lower = q.toLowerCase();
  return texts.some((t) => t.toLowerCase().startsWith(lower)) ? 0.9 : 0.5;
}
