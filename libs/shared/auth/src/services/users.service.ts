import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, RecordScope, Role, scopeFor } from '@rapport/shared-domain';
import { diffFields, Locale, TeamEntity, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError, ErrorCode } from '@rapport/shared-errors';
import { DeactivationGuards } from '@rapport/shared-api';
import { normalizeEmail } from '@rapport/shared-util';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrderBy } from '../models/user.model';
import { SessionsRepository, UsersRepository } from './repositories';
import { hashPassword } from './secrets';
import { ListArgs, listPage } from '@rapport/shared-database';

const AUDITED: (keyof UserEntity)[] = ['email', 'name', 'role', 'teamId', 'locale', 'active'];

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly guards: DeactivationGuards,
    private readonly sessions: SessionsRepository,
  ) {}

  list(actor: Actor, args: ListArgs<UserFilter, UserOrderBy>) {
    return listPage(
      this.users.scoped(actor, 'read'),
      'u',
      UsersRepository.fields,
      args,
      {
        name: { column: 'u.name' },
        email: { column: 'u.email' },
        role: { column: 'u.role' },
        createdAt: { column: 'u.created_at', cast: 'timestamptz' },
      },
      { field: 'name', direction: 'ASC' },
      this.config.pageSizeMax,
    );
  }

  /** Null when missing or not visible: an invisible record reads exactly like a missing one. */
  findVisible(actor: Actor, id: string): Promise<UserEntity | null> {
    return this.users.scoped(actor, 'read').andWhere('u.id = :id', { id }).getOne();
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    this.assertCanManage(actor);
    const email = normalizeEmail(input.email);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) {
        throw new AppError(ErrorCode.Conflict, 'A user with this email already exists.', [{ path: 'input.email', message: 'This email is already in use.' }]);
      }
      if (input.teamId) await this.assertTeamExists(manager.getRepository(TeamEntity), input.teamId, 'input.teamId');
      const user = manager.create(UserEntity, {
        email,
        name: input.name.trim(),
        role: input.role,
        teamId: input.teamId ?? null,
        locale: input.locale ?? 'en',
        passwordHash: await hashPassword(input.password),
      });
      await manager.save(user);
      await writeAudit(manager, actor, { entityType: 'user', entityId: user.id, action: 'create', changes: diffFields(null, user, AUDITED) });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    this.assertCanManage(actor);
    return this.ds.transaction(async (manager) => {
      const before = await this.users.scoped(actor, 'write', manager).andWhere('u.id = :id', { id: input.id }).setLock('pessimistic_write').getOne();
      if (!before) throw AppError.notFound('The user');
      if (input.teamId) await this.assertTeamExists(manager.getRepository(TeamEntity), input.teamId, 'input.teamId');
      if (before.id === actor.userId && (input.active === false || (input.role && input.role !== Role.Admin && before.role === Role.Admin))) {
        // Keeps at least the acting admin able to administer; avoids locking everyone out.
        throw AppError.validation([{ path: input.active === false ? 'input.active' : 'input.role', message: 'You cannot deactivate or demote yourself.' }]);
      }
      const patch: Partial<Pick<UserEntity, 'name' | 'role' | 'teamId' | 'locale' | 'active'>> = {};
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.role !== undefined) patch.role = input.role;
      if (input.teamId !== undefined) patch.teamId = input.teamId;
      if (input.locale !== undefined) patch.locale = input.locale;
      if (input.active !== undefined) patch.active = input.active;
      const after = { ...before, ...patch };
      const changes = diffFields(before, after, AUDITED);
      if (changes.length > 0) {
        await manager.update(UserEntity, { id: before.id }, patch);
        await writeAudit(manager, actor, { entityType: 'user', entityId: before.id, action: 'update', changes });
        if (patch.active === false && before.active) {
          const owned = await this.guards.stillOwned(manager, before.id);
          if (Object.keys(owned).length > 0) {
            const list = Object.entries(owned).map(([object, n]) => `${n} ${object}`).join(', ');
            throw AppError.validation([{ path: 'input.active', message: `Hand over this person's records first (${list}).` }]);
          }
        }
        if (patch.active === false) {
          // Deactivation ends every session at once.
          await this.sessions.revokeAll(manager, before.id);
        }
      }
      return manager.findOneByOrFail(UserEntity, { id: before.id });
    });
  }

  async updatePreferences(actor: Actor, locale: Locale): Promise<UserEntity> {
    await this.ds.getRepository(UserEntity).update({ id: actor.userId }, { locale });
    return this.me(actor);
  }

  private assertCanManage(actor: Actor) {
    if (scopeFor(actor, 'user', 'write') === RecordScope.None) throw AppError.forbidden('Only administrators can manage users.');
  }

  private async assertTeamExists(repo: ReturnType<DataSource['getRepository']>, id: string, path: string) {
    if (!(await repo.existsBy({ id }))) throw AppError.validation([{ path, message: 'This team does not exist.' }]);
  }
}
