import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, ALL_ROLES } from '@rapport/shared-domain';
import { ApiKeyEntity, applyScope, FieldMap, TeamEntity, UserEntity } from '@rapport/shared-database';

/**
 * Thin repositories: every read starts from `scoped(actor, action)`, which applies the one
 * visibility rule. Nothing else in the auth lib builds a query on these tables for an actor.
 */
@Injectable()
export class UsersRepository {
  static readonly fields: FieldMap = {
    id: { column: 'u.id', type: 'id' },
    email: { column: 'u.email', type: 'string' },
    name: { column: 'u.name', type: 'string' },
    role: { column: 'u.role', type: 'enum', enumValues: ALL_ROLES },
    active: { column: 'u.active', type: 'boolean' },
    teamId: { column: 'u.team_id', type: 'id' },
    createdAt: { column: 'u.created_at', type: 'datetime' },
  };

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  scoped(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<UserEntity> {
    // A user "owns" their own profile and belongs to their team.
    return applyScope(manager.createQueryBuilder(UserEntity, 'u'), actor, 'user', action, { owner: 'u.id', team: 'u.team_id' });
  }
}

@Injectable()
export class TeamsRepository {
  static readonly fields: FieldMap = {
    id: { column: 't.id', type: 'id' },
    name: { column: 't.name', type: 'string' },
    parentId: { column: 't.parent_id', type: 'id' },
  };

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  scoped(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<TeamEntity> {
    // A manager "owns" the teams they lead; a team-scoped actor sees their subtree.
    return applyScope(manager.createQueryBuilder(TeamEntity, 't'), actor, 'team', action, { owner: 't.manager_id', team: 't.id' });
  }
}

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  scoped(actor: Actor, action: Action, manager: EntityManager = this.ds.manager): SelectQueryBuilder<ApiKeyEntity> {
    return applyScope(manager.createQueryBuilder(ApiKeyEntity, 'k'), actor, 'apiKey', action, { owner: 'k.created_by', team: null });
  }
}
