import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { BooleanFilter, Connection, DateTimeFilter, IdFilter, StringFilter } from '@rapport/shared-api';
import { ActivityType } from '@rapport/sales-domain';
import { orderByInput } from './common';
import { ActivityOrderField, ActivityTypeEnum } from './enums';

@ObjectType()
export class Activity {
  @Field(() => ID) id: string;
  @Field(() => ActivityTypeEnum) type: ActivityType;
  @Field() subject: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt: Date | null;
  @Field() done: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) doneAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reminderAt: Date | null;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
  @Field(() => ID, { nullable: true }) opportunityId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  ownerId: string | null;
}

@ObjectType()
export class ActivityConnection extends Connection(Activity, 'Activity') {}

@InputType()
export class ActivityTypeFilter {
  @Field(() => ActivityTypeEnum, { nullable: true }) eq?: ActivityType;
  @Field(() => [ActivityTypeEnum], { nullable: true }) in?: ActivityType[];
}

@InputType()
export class ActivityFilter {
  @Field(() => [ActivityFilter], { nullable: true }) and?: ActivityFilter[];
  @Field(() => [ActivityFilter], { nullable: true }) or?: ActivityFilter[];
  @Field(() => ActivityFilter, { nullable: true }) not?: ActivityFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => ActivityTypeFilter, { nullable: true }) type?: ActivityTypeFilter;
  @Field(() => StringFilter, { nullable: true }) subject?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true }) done?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true }) dueAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) occurredAt?: DateTimeFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) contactId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) leadId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) opportunityId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
}

export const ActivityOrderBy = orderByInput('ActivityOrderBy', ActivityOrderField);
export type ActivityOrderBy = InstanceType<typeof ActivityOrderBy>;

@InputType()
export class CreateActivityInput {
  @Field(() => ActivityTypeEnum) @IsIn(Object.values(ActivityType), { message: 'Choose a type.' }) type: ActivityType;
  @Field() @IsString() @Length(1, 300, { message: 'Subject must be 1 to 300 characters.' }) subject: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() occurredAt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() dueAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() reminderAt?: Date | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() done?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') accountId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') contactId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') opportunityId?: string | null;
}

@InputType()
export class UpdateActivityInput extends PartialType(CreateActivityInput, { skipNullProperties: false }) {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class ActivityPayload {
  @Field(() => Activity) activity: Activity;
}
@ObjectType()
export class CreateActivityPayload extends ActivityPayload {}
@ObjectType()
export class UpdateActivityPayload extends ActivityPayload {}

@ObjectType()
export class TimelineItem {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. activity.logged, opportunity.stage_changed, lead.converted, record.updated' }) type: string;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { description: 'Event details as JSON.' }) payload: string;
  actorId: string | null;
}

@ObjectType()
export class TimelineConnection extends Connection(TimelineItem, 'Timeline') {}
