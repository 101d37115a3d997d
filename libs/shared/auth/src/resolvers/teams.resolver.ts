import { Args, ArgsType, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn } from '@rapport/shared-api';
import { TeamEntity, UserEntity } from '@rapport/shared-database';
import { CreateTeamInput, CreateTeamPayload, Team, TeamConnection, TeamFilter, TeamOrderBy, UpdateTeamInput, UpdateTeamPayload } from '../models/team.model';
import { UserRef } from '../models/user.model';
import { DirectoryService } from '../services/directory.service';
import { TeamsService } from '../services/teams.service';

/** `teams(first, after, filter, orderBy)`. */
@ArgsType()
class TeamListArgs extends ListArgs(TeamFilter, TeamOrderBy) {}

@Resolver(() => Team)
export class TeamsResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => TeamConnection, { name: 'teams', complexity: listComplexity })
  listTeams(@CurrentActor() actor: Actor, @Args() args: TeamListArgs, @CountSelected() count: boolean) {
    return this.teams.list(actor, { ...args, count });
  }

  @Query(() => Team, { nullable: true })
  team(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.teams.findVisible(actor, id);
  }

  @Mutation(() => CreateTeamPayload)
  async createTeam(@CurrentActor() actor: Actor, @Args('input') input: CreateTeamInput) {
    return { team: await this.teams.create(actor, input) };
  }

  @Mutation(() => UpdateTeamPayload)
  async updateTeam(@CurrentActor() actor: Actor, @Args('input') input: UpdateTeamInput) {
    return { team: await this.teams.update(actor, input) };
  }

  @ResolveField(() => Team, { nullable: true })
  parent(team: TeamEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return team.parentId ? loaders.get<TeamEntity>('team.visible', (ids) => this.teams.visibleByIds(actor, ids)).load(team.parentId) : null;
  }

  @ResolveField(() => UserRef, { nullable: true })
  manager(team: TeamEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return this.directory.ref(loaders, team.managerId);
  }

  @ResolveField(() => [Team])
  children(team: TeamEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return loaders.get<TeamEntity[]>('team.children', (ids) => this.teams.childrenOf(actor, ids)).load(team.id);
  }

  @ResolveField(() => [UserRef])
  members(team: TeamEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return loaders.get<UserEntity[]>('team.members', (ids) => this.teams.membersOf(ids)).load(team.id);
  }

  @ResolveField(() => Int)
  async memberCount(team: TeamEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    const members = await loaders.get<UserEntity[]>('team.members', (ids) => this.teams.membersOf(ids)).load(team.id);
    return members?.length ?? 0;
  }
}
