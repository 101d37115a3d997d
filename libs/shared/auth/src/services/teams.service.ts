import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor, RecordScope, scopeFor } from '@rapport/shared-domain';
import { diffFields, TeamEntity, UserEntity, writeAudit } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { CreateTeamInput, TeamFilter, TeamOrderBy, UpdateTeamInput } from '../models/team.model';
import { ListArgs, listPage } from '@rapport/shared-database';
import { TeamsRepository } from './repositories';
import { wouldCreateCycle } from './team-tree';

const AUDITED: (keyof TeamEntity)[] = ['name', 'parentId', 'managerId'];

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly teams: TeamsRepository,
  ) {}

  list(actor: Actor, args: ListArgs<TeamFilter, TeamOrderBy>) {
    return listPage(
      this.teams.scoped(actor, 'read'),
      't',
      TeamsRepository.fields,
      args,
      { name: { column: 't.name' }, createdAt: { column: 't.created_at', cast: 'timestamptz' } },
      { field: 'name', direction: 'ASC' },
      this.config.pageSizeMax,
    );
  }

  findVisible(actor: Actor, id: string): Promise<TeamEntity | null> {
    return this.teams.scoped(actor, 'read').andWhere('t.id = :id', { id }).getOne();
  }

  /** Batch loaders for the Team type's relations (one query per relation per request). */
  async visibleByIds(actor: Actor, ids: readonly string[]): Promise<(TeamEntity | null)[]> {
    const rows = await this.teams.scoped(actor, 'read').andWhere('t.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async childrenOf(actor: Actor, parentIds: readonly string[]): Promise<TeamEntity[][]> {
    const rows = await this.teams.scoped(actor, 'read').andWhere('t.parent_id IN (:...ids)', { ids: parentIds }).orderBy('t.name').getMany();
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  }

  async membersOf(teamIds: readonly string[]): Promise<UserEntity[][]> {
    const rows = await this.ds.getRepository(UserEntity).find({ where: { teamId: In([...teamIds]), active: true }, order: { name: 'ASC' } });
    return teamIds.map((id) => rows.filter((r) => r.teamId === id));
  }

  async create(actor: Actor, input: CreateTeamInput): Promise<TeamEntity> {
    this.assertCanManage(actor);
    return this.ds.transaction(async (manager) => {
      await this.assertRefs(manager, input.parentId, input.managerId);
      const team = await manager.save(manager.create(TeamEntity, { name: input.name.trim(), parentId: input.parentId ?? null, managerId: input.managerId ?? null }));
      await writeAudit(manager, actor, { entityType: 'team', entityId: team.id, action: 'create', changes: diffFields(null, team, AUDITED) });
      return team;
    });
  }

  async update(actor: Actor, input: UpdateTeamInput): Promise<TeamEntity> {
    this.assertCanManage(actor);
    return this.ds.transaction(async (manager) => {
      const before = await this.teams.scoped(actor, 'write', manager).andWhere('t.id = :id', { id: input.id }).getOne();
      if (!before) throw AppError.notFound('The team');
      await this.assertRefs(manager, input.parentId, input.managerId);
      if (input.parentId !== undefined) {
        const all = await manager.find(TeamEntity, { select: { id: true, parentId: true } });
        if (wouldCreateCycle(before.id, input.parentId, new Map(all.map((t) => [t.id, t.parentId])))) {
          throw AppError.validation([{ path: 'input.parentId', message: 'A team cannot sit under itself or one of its own sub-teams.' }]);
        }
      }
      const patch: Partial<Pick<TeamEntity, 'name' | 'parentId' | 'managerId'>> = {};
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.parentId !== undefined) patch.parentId = input.parentId;
      if (input.managerId !== undefined) patch.managerId = input.managerId;
      const changes = diffFields(before, { ...before, ...patch }, AUDITED);
      if (changes.length > 0) {
        await manager.update(TeamEntity, { id: before.id }, patch);
        await writeAudit(manager, actor, { entityType: 'team', entityId: before.id, action: 'update', changes });
      }
      return manager.findOneByOrFail(TeamEntity, { id: before.id });
    });
  }

  private async assertRefs(manager: EntityManager, parentId?: string | null, managerId?: string | null) {
    if (parentId && !(await manager.existsBy(TeamEntity, { id: parentId }))) {
      throw AppError.validation([{ path: 'input.parentId', message: 'This team does not exist.' }]);
    }
    if (managerId && !(await manager.existsBy(UserEntity, { id: managerId, active: true }))) {
      throw AppError.validation([{ path: 'input.managerId', message: 'This user does not exist or is inactive.' }]);
    }
  }

  private assertCanManage(actor: Actor) {
    if (scopeFor(actor, 'team', 'write') === RecordScope.None) throw AppError.forbidden('Only administrators can manage teams.');
  }
}
