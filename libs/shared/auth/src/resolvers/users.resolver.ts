import { Args, ArgsType, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, grantsOf } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn } from '@rapport/shared-api';
import { TeamEntity, UserEntity } from '@rapport/shared-database';
import { Permission } from '../models/api-key.model';
import { Team } from '../models/team.model';
import { CreateUserInput, CreateUserPayload, UpdateUserInput, UpdateUserPayload, User, UserConnection, UserFilter, UserOrderBy } from '../models/user.model';
import { TeamsService } from '../services/teams.service';
import { UsersService } from '../services/users.service';

/** `users(first, after, filter, orderBy)`. */
@ArgsType()
class UserListArgs extends ListArgs(UserFilter, UserOrderBy) {}

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly teams: TeamsService,
  ) {}

  @Query(() => UserConnection, { name: 'users', complexity: listComplexity })
  listUsers(@CurrentActor() actor: Actor, @Args() args: UserListArgs, @CountSelected() count: boolean) {
    return this.users.list(actor, { ...args, count });
  }

  @Query(() => User, { nullable: true, description: 'Null when the user does not exist or is not visible to you.' })
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.users.findVisible(actor, id);
  }

  @Mutation(() => CreateUserPayload)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput) {
    return { user: await this.users.create(actor, input) };
  }

  @Mutation(() => UpdateUserPayload)
  async updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput) {
    return { user: await this.users.update(actor, input) };
  }

  @ResolveField(() => [Permission], {
    nullable: true,
    description:
      'What you may read and write, object by object: your role’s row of the permission table, narrowed by the API key’s scopes as every operation narrows it. Only on `me` (and `login`); null on anyone else.',
  })
  permissions(user: UserEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return user.id === actor.userId ? grantsOf(actor) : null;
  }

  @ResolveField(() => Team, { nullable: true })
  team(user: UserEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    if (!user.teamId) return null;
    return loaders.get<TeamEntity>('team.visible', (ids) => this.teams.visibleByIds(actor, ids)).load(user.teamId);
  }
}
