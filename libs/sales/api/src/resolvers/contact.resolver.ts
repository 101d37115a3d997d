import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CONTACT, displayPersonName, recordActions } from '@rapport/sales-domain';
import { actorIn, CountSelected, CurrentActor, GqlContext, ListArgs, listComplexity, loadersIn, viewerFacts } from '@rapport/shared-api';
import { DirectoryService, UserRef } from '@rapport/shared-auth';
import { ContactEntity, SalesRepository } from '@rapport/sales-data';
import { Account, ActivityConnection, Contact, ContactConnection, ContactFilter, ContactOrderBy, CreateContactInput, CreateContactPayload, RecordViewerCan, TimelineConnection, UpdateContactInput, UpdateContactPayload } from '../models';
import { AccountsService } from '../services/accounts.service';
import { ActivitiesService } from '../services/activities.service';
import { ContactsService } from '../services/contacts.service';
import { TimelineService } from '../services/timeline.service';
import { ownerRef } from './refs';

/** `contacts(first, after, filter, orderBy, inSegment)`. */
@ArgsType()
class ContactListArgs extends ListArgs(ContactFilter, ContactOrderBy) {
  @Field(() => ID, { nullable: true, description: "Only the current members of this segment (for readers of segments; the list's visibility still applies)." })
  inSegment?: string | null;
}

@Resolver(() => Contact)
export class ContactResolver {
  constructor(
    private readonly contacts: ContactsService,
    private readonly accounts: AccountsService,
    private readonly activities: ActivitiesService,
    private readonly timeline: TimelineService,
    private readonly directory: DirectoryService,
    private readonly repo: SalesRepository,
  ) {}

  @Query(() => ContactConnection, { name: 'contacts', complexity: listComplexity })
  list(@CurrentActor() actor: Actor, @Args() args: ContactListArgs, @CountSelected() count: boolean) {
    return this.contacts.list(actor, { ...args, count });
  }

  @Query(() => Contact, { nullable: true })
  contact(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.contacts.findVisible(actor, id);
  }

  @Mutation(() => CreateContactPayload)
  async createContact(@CurrentActor() actor: Actor, @Args('input') input: CreateContactInput) {
    return { contact: await this.contacts.create(actor, input) };
  }

  @Mutation(() => UpdateContactPayload)
  async updateContact(@CurrentActor() actor: Actor, @Args('input') input: UpdateContactInput) {
    return { contact: await this.contacts.update(actor, input) };
  }

  // Row fields: GraphQL's own arguments, no parameter decorators (see shared-api `actorIn`).
  @ResolveField(() => String)
  name(c: ContactEntity) {
    return displayPersonName(c.firstName, c.lastName);
  }

  @ResolveField(() => String, { nullable: true, description: CONTACT.fields.email.description })
  email(c: ContactEntity) {
    return c.emails[0] ?? null;
  }

  @ResolveField(() => RecordViewerCan)
  async viewerCan(c: ContactEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return recordActions(actor, 'contact', await viewerFacts(loadersIn(context), this.repo.ds, actor, 'contact', c));
  }

  @ResolveField(() => UserRef, { nullable: true })
  owner(c: ContactEntity, _: unknown, context: GqlContext) {
    return ownerRef(loadersIn(context), this.directory, c.ownerId);
  }

  @ResolveField(() => Account, { nullable: true })
  account(c: ContactEntity, _: unknown, context: GqlContext) {
    const actor = actorIn(context);
    return c.accountId ? loadersIn(context).get('account.visible', (ids) => this.accounts.visibleByIds(actor, ids)).load(c.accountId) : null;
  }

  @ResolveField(() => ActivityConnection, { name: 'activities', complexity: listComplexity })
  activitiesOf(
    @Parent() c: ContactEntity,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.activities.list(actor, { first, after, filter: { contactId: { eq: c.id } } });
  }

  @ResolveField(() => TimelineConnection, { name: 'timeline', complexity: listComplexity })
  timelineOf(
    @Parent() c: ContactEntity,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('types', { type: () => [String], nullable: true }) types: string[] | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.timeline.page(actor, 'contact', c.id, { first, after, types });
  }
}
