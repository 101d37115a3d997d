import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic, orderByInput, orderFieldEnum } from '@rapport/shared-api';
import { EVENT, RegistrationStatus } from '@rapport/events-domain';

// The event's fields come from EVENT (events-domain, docs/adr/0011); translations, counts and registrations are resolved.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Event extends ApiFields<typeof EVENT> {}
@ObjectType({ description: 'A seminar, webinar, booth or workshop people register for; it runs on a campaign of its own.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Event {
  /** Hours before the start at which registrants are reminded. */
  @Field(() => [Int], { description: 'Hours before the start at which registrants are reminded (each once).' }) reminderHours: number[];
}
declareOutputFields(Event, EVENT);

@ObjectType()
export class EventConnection extends Connection(Event, 'Event') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface EventFilter extends Partial<Record<keyof typeof EVENT.fields, unknown>>, FilterLogic<EventFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class EventFilter {}
declareFilterFields(EventFilter, EVENT);

export const EventOrderField = orderFieldEnum(EVENT);
export const EventOrderBy = orderByInput('EventOrderBy', EventOrderField);
export type EventOrderBy = InstanceType<typeof EventOrderBy>;

const reminders = () => [Int];

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateEventInput extends InputFields<typeof EVENT> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateEventInput {
  @Field(reminders, { nullable: true, description: 'Hours before the start; default a week and a day (168, 24).' })
  @IsOptional() @IsArray() @IsInt({ each: true, message: 'Each reminder is a whole number of hours.' }) @Min(1, { each: true, message: 'Each reminder is a whole number of hours.' }) @Max(2160, { each: true, message: 'A reminder is at most 90 days (2160 hours) before.' })
  reminderHours?: number[];
}
declareInputFields(CreateEventInput, EVENT);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateEventInput extends UpdateFields<typeof EVENT> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateEventInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(reminders, { nullable: true })
  @IsOptional() @IsArray() @IsInt({ each: true, message: 'Each reminder is a whole number of hours.' }) @Min(1, { each: true, message: 'Each reminder is a whole number of hours.' }) @Max(2160, { each: true, message: 'A reminder is at most 90 days (2160 hours) before.' })
  reminderHours?: number[];
}
declareInputFields(UpdateEventInput, EVENT, 'update');

@InputType()
export class EventIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class EventPayload {
  @Field(() => Event) event: Event;
}

@ObjectType({ description: 'How many registrations an event has in each state, and its seats.' })
export class EventCounts {
  @Field(() => Int) registered: number;
  @Field(() => Int) waitlisted: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int) attended: number;
  @Field(() => Int) noShow: number;
  @Field(() => Int, { nullable: true, description: 'Free seats; null when the event has no limit.' }) seatsLeft: number | null;
}

@ObjectType({ description: 'One person’s registration for an event.' })
export class EventRegistration {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field() email: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => String, { nullable: true }) company: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() locale: string;
  @Field(() => String, { nullable: true }) timeZone: string | null;
  @Field(() => String, { description: `One of ${Object.values(RegistrationStatus).join(', ')}.` }) status: string;
  @Field(() => Int, { description: 'Revision of the registrant’s calendar entry (its SEQUENCE).' }) sequence: number;
  @Field(() => GraphQLJSONObject, { description: 'Answers to the registration form’s own questions.' }) answers: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
  @Field() walkIn: boolean;
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class EventRegistrationConnection extends Connection(EventRegistration, 'EventRegistration') {}

@InputType()
export class EventRegistrationsFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsIn(Object.values(RegistrationStatus), { each: true }) statuses?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}
