import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Actor } from '@rapport/shared-domain';
import { AppError } from '@rapport/shared-errors';
import { localizedName } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, loadersIn, requestLocale } from '@rapport/shared-api';
import { CreateEventInput, Event, EventConnection, EventCounts, EventFilter, EventIdInput, EventOrderBy, EventPayload, EventRegistrationConnection, EventRegistrationsFilter, UpdateEventInput } from '../models/event.model';
import { EventsService } from '../services/events.service';
import { CheckInService } from '../services/check-in.service';
import { CheckInByCodeInput, EventRegistrationPayload, RegistrationIdInput, WalkInInput } from '../models/check-in.model';
import { EventRegistrationsService } from '../services/event-registrations.service';
import type { EventEntity } from '@rapport/events-data';

/** Events for the people who run them (the event scope decides who sees which). */
@Resolver(() => Event)
export class EventResolver {
  constructor(
    private readonly eventsService: EventsService,
    private readonly registrationsService: EventRegistrationsService,
    private readonly checkIns: CheckInService,
  ) {}

  @Query(() => EventConnection, { name: 'events' })
  list(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { type: () => EventFilter, nullable: true }) filter?: EventFilter,
    @Args('orderBy', { type: () => [EventOrderBy], nullable: true }) orderBy?: EventOrderBy[],
  ) {
    return this.eventsService.list(actor, { first, after, filter, orderBy });
  }

  @Query(() => Event, { nullable: true })
  event(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.eventsService.findVisible(actor, id);
  }

  @Mutation(() => EventPayload)
  async createEvent(@CurrentActor() actor: Actor, @Args('input') input: CreateEventInput) {
    return { event: await this.eventsService.create(actor, input) };
  }

  @Mutation(() => EventPayload)
  async updateEvent(@CurrentActor() actor: Actor, @Args('input') input: UpdateEventInput) {
    return { event: await this.eventsService.update(actor, input) };
  }

  @Mutation(() => EventPayload, { description: 'Opens registration.' })
  async publishEvent(@CurrentActor() actor: Actor, @Args('input') input: EventIdInput) {
    return { event: await this.eventsService.publish(actor, input.id) };
  }

  @Mutation(() => EventPayload, { description: 'Cancels the event; every registrant’s calendar entry is cancelled.' })
  async cancelEvent(@CurrentActor() actor: Actor, @Args('input') input: EventIdInput) {
    return { event: await this.eventsService.cancel(actor, input.id) };
  }

  @Mutation(() => EventPayload, { description: 'Closes the event: registrants who did not come become no-shows.' })
  async completeEvent(@CurrentActor() actor: Actor, @Args('input') input: EventIdInput) {
    return { event: await this.checkIns.complete(actor, input.id) };
  }

  @Mutation(() => EventRegistrationPayload, { description: 'Marks a registrant as attended (again: no change).' })
  async checkInRegistration(@CurrentActor() actor: Actor, @Args('input') input: RegistrationIdInput) {
    return { registration: await this.checkIns.checkIn(actor, input.id) };
  }

  @Mutation(() => EventRegistrationPayload, { description: 'Takes back a check-in made by mistake.' })
  async undoCheckIn(@CurrentActor() actor: Actor, @Args('input') input: RegistrationIdInput) {
    return { registration: await this.checkIns.undo(actor, input.id) };
  }

  @Mutation(() => EventRegistrationPayload, { description: 'Checks in the registrant whose confirmation’s QR code was scanned.' })
  async checkInByCode(@CurrentActor() actor: Actor, @Args('input') input: CheckInByCodeInput) {
    return { registration: await this.checkIns.checkInByCode(actor, input.eventId, input.code) };
  }

  @Mutation(() => EventRegistrationPayload, { description: 'Registers someone at the door and checks them in.' })
  async registerWalkIn(@CurrentActor() actor: Actor, @Args('input') input: WalkInInput) {
    return { registration: await this.checkIns.walkIn(actor, input) };
  }

  @ResolveField(() => String, { description: 'The title in the reader’s language (else the canonical one).' })
  localizedTitle(e: EventEntity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(e.title, e.titles, locale);
  }

  @ResolveField(() => GraphQLJSONObject, { description: 'Title translations by locale.' })
  titles(e: EventEntity) {
    return e.titles ?? {};
  }

  @ResolveField(() => GraphQLJSONObject, { description: 'Description translations by locale.' })
  descriptions(e: EventEntity) {
    return e.descriptions ?? {};
  }

  @ResolveField(() => EventCounts)
  counts(e: EventEntity, _: unknown, context: GqlContext) {
    const loaders = loadersIn(context);
    // A page of events asks once: the loader batches every row's event (id + capacity) into one query.
    return loaders.get(`event.counts`, async (keys) => this.registrationsService.counts(keys.map((k) => JSON.parse(k) as Pick<EventEntity, 'id' | 'capacity'>))).load(JSON.stringify({ id: e.id, capacity: e.capacity }));
  }

  @ResolveField(() => String, { description: 'The hosted registration page (link to it, or open it in an iframe).' })
  hostedUrl(e: EventEntity) {
    return this.eventsService.hostedUrl(e.id);
  }

  @ResolveField(() => String, { description: 'The registration form as HTML to paste into a site (posts to the public endpoint; the tracking script fills its visitor id).' })
  embedHtml(@Parent() e: EventEntity, @Args('language', { type: () => String, nullable: true, description: 'en, zh-CN or zh-TW; default en.' }) language?: string) {
    return this.eventsService.embedHtml(e, language ?? 'en');
  }

  @ResolveField(() => EventRegistrationConnection, { name: 'registrations' })
  async registrationList(
    @CurrentActor() actor: Actor,
    @Parent() e: EventEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { type: () => EventRegistrationsFilter, nullable: true }) filter?: EventRegistrationsFilter,
  ) {
    const page = await this.registrationsService.list(actor, e.id, { first, after, filter });
    if (!page) throw AppError.notFound('The event');
    return page;
  }
}
