import { Args, ArgsType, Field, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { recordActions } from '@rapport/sales-domain';
import { AccountEntity, SalesRepository } from '@rapport/sales-data';
import {
  Account, AccountConnection, AccountFilter, AccountOrderBy, ActivityConnection, ActivityFilter, ActivityOrderBy, ContactConnection, ContactFilter,
  ContactOrderBy, CreateAccountInput, CreateAccountPayload, OpportunityConnection, OpportunityFilter, OpportunityOrderBy, RecordViewerCan, TimelineConnection,
  UpdateAccountInput, UpdateAccountPayload,
} from '../models';
import { AccountsService } from '../services/accounts.service';
import { ActivitiesService } from '../services/activities.service';
import { ContactsService } from '../services/contacts.service';
import { OpportunitiesService } from '../services/opportunities.service';
import { TimelineService } from '../services/timeline.service';
import { ownerRef, toNumber } from './refs';

const within = <F extends object>(filter: F | null | undefined, scope: object) => (filter ? { and: [scope, filter] } : scope);

/** `accounts(first, after, filter, orderBy)`. */
@ArgsType()
class AccountListArgs extends ListArgs(AccountFilter, AccountOrderBy) {
  @Field(() => ID, { nullable: true, description: "Only accounts with a current member of this segment among their contacts (for readers of segments)." })
  inSegment?: string | null;
}

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly contacts: ContactsService,
    private readonly opportunities: OpportunitiesService,
    private readonly activities: ActivitiesService,
    private readonly timelineService: TimelineService,
    private readonly directory: DirectoryService,
    private readonly repo: SalesRepository,
  ) {}

  @Query(() => AccountConnection, { name: 'accounts', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: AccountListArgs, @CountSelected() count: boolean) {
    return this.accounts.list(actor, { ...args, count });
  }

  @Query(() => Account, { nullable: true, description: 'Null when missing or not visible to you.' })
  account(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.accounts.findVisible(actor, id);
  }

  @Mutation(() => CreateAccountPayload)
  async createAccount(@CurrentActor() actor: Actor, @Args('input') input: CreateAccountInput) {
    return { account: await this.accounts.create(actor, input) };
  }

  @Mutation(() => UpdateAccountPayload)
  async updateAccount(@CurrentActor() actor: Actor, @Args('input') input: UpdateAccountInput) {
    return { account: await this.accounts.update(actor, input) };
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(a: AccountEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    return ownerRef(loaders, this.directory, a.ownerId);
  }

  @ResolveField(() => RecordViewerCan)
  async viewerCan(a: AccountEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return recordActions(actor, 'account', await viewerFacts(loaders, this.repo.ds, actor, 'account', a));
  }

  @ResolveField(() => Float, { nullable: true })
  annualRevenue(a: AccountEntity) {
    return toNumber(a.annualRevenue);
  }

  @ResolveField(() => Account, { nullable: true })
  parentAccount(a: AccountEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    const loaders = loadersIn(context);
    return a.parentAccountId ? loaders.get('account.visible', (ids) => this.accounts.visibleByIds(actor, ids)).load(a.parentAccountId) : null;
  }

  @ResolveField(() => ContactConnection, { name: 'contacts', complexity: listComplexity })
  contactsOf(
    @Parent() a: AccountEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => ContactFilter, nullable: true }) filter: ContactFilter | null,
    @Args('orderBy', { type: () => [ContactOrderBy], nullable: true }) orderBy: ContactOrderBy[] | null,
  ) {
    return this.contacts.list(actor, { first, after, orderBy, filter: within(filter, { accountId: { eq: a.id } }) });
  }

  @ResolveField(() => OpportunityConnection, { name: 'opportunities', complexity: listComplexity })
  opportunitiesOf(
    @Parent() a: AccountEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => OpportunityFilter, nullable: true }) filter: OpportunityFilter | null,
    @Args('orderBy', { type: () => [OpportunityOrderBy], nullable: true }) orderBy: OpportunityOrderBy[] | null,
  ) {
    return this.opportunities.list(actor, { first, after, orderBy, filter: within(filter, { accountId: { eq: a.id } }) });
  }

  @ResolveField(() => ActivityConnection, { name: 'activities', complexity: listComplexity })
  activitiesOf(
    @Parent() a: AccountEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter: ActivityFilter | null,
    @Args('orderBy', { type: () => [ActivityOrderBy], nullable: true }) orderBy: ActivityOrderBy[] | null,
  ) {
    return this.activities.list(actor, { first, after, orderBy, filter: within(filter, { accountId: { eq: a.id } }) });
  }

  @ResolveField(() => TimelineConnection, { complexity: listComplexity, description: 'Everything that happened with this customer, newest first.' })
  timeline(
    @Parent() a: AccountEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('types', { type: () => [String], nullable: true }) types: string[] | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.timelineService.page(actor, 'account', a.id, { first, after, types });
  }
}
