import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import type { BusinessCalendarEntity } from '@rapport/shared-database';
import {
  BusinessCalendar,
  BusinessCalendarPayload,
  CreateBusinessCalendarInput,
  ImportCalendarDaysInput,
  ImportCalendarDaysPayload,
  UpdateBusinessCalendarInput,
  WeekdayPeriodsModel,
} from '../models/business-calendar.model';
import { BusinessCalendarsService } from '../services/business-calendars.service';

/** Business calendars: listed, read, created (empty or from a preset), edited and filled from iCalendar. */
@Resolver(() => BusinessCalendar)
export class BusinessCalendarResolver {
  constructor(private readonly calendars: BusinessCalendarsService) {}

  @Query(() => [BusinessCalendar], { description: 'Every business calendar, the default first.' })
  businessCalendars(@CurrentActor() actor: Actor) {
    return this.calendars.list(actor);
  }

  @Query(() => BusinessCalendar)
  businessCalendar(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.calendars.get(actor, id);
  }

  @Mutation(() => BusinessCalendarPayload)
  async createBusinessCalendar(@CurrentActor() actor: Actor, @Args('input') input: CreateBusinessCalendarInput) {
    return { calendar: await this.calendars.create(actor, input) };
  }

  @Mutation(() => BusinessCalendarPayload)
  async updateBusinessCalendar(@CurrentActor() actor: Actor, @Args('input') input: UpdateBusinessCalendarInput) {
    return { calendar: await this.calendars.update(actor, input) };
  }

  @Mutation(() => ImportCalendarDaysPayload, { description: 'Adds the days off and make-up working days of an iCalendar file within a range.' })
  importCalendarDays(@CurrentActor() actor: Actor, @Args('input') input: ImportCalendarDaysInput) {
    return this.calendars.importDays(actor, input);
  }

  @ResolveField(() => [WeekdayPeriodsModel])
  week(row: BusinessCalendarEntity): WeekdayPeriodsModel[] {
    return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: row.week[String(weekday)] ?? [] }));
  }
}
