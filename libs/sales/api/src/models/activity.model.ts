import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ApiFields, InputFields } from '@rapport/shared-domain';
import { Connection, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic } from '@rapport/shared-api';
import { ACTIVITY } from '@rapport/sales-domain';
import { orderByInput } from './common';
import { ActivityOrderField } from './enums';

// The activity's fields come from ACTIVITY (sales-domain, docs/adr/0011), declared on these classes
// below and typed by the merged interfaces.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Activity extends ApiFields<typeof ACTIVITY> {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Activity {}
declareOutputFields(Activity, ACTIVITY);

@ObjectType()
export class ActivityConnection extends Connection(Activity, 'Activity') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface ActivityFilter extends Partial<Record<keyof typeof ACTIVITY.fields, unknown>>, FilterLogic<ActivityFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class ActivityFilter {}
declareFilterFields(ActivityFilter, ACTIVITY);

export const ActivityOrderBy = orderByInput('ActivityOrderBy', ActivityOrderField);
export type ActivityOrderBy = InstanceType<typeof ActivityOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateActivityInput extends InputFields<typeof ACTIVITY> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateActivityInput {}
declareInputFields(CreateActivityInput, ACTIVITY);

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
