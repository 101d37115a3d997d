import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'A group of contacts defined by a rule (fields, behaviour, orders, value, other segments).' })
export class Segment {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field({ description: 'Dynamic segments follow their rule (refreshed on a schedule and on demand); static ones are a snapshot.' }) dynamic: boolean;
  @Field(() => GraphQLJSONObject, { description: 'The rule tree: { type: "and"|"or", rules } | { type: "not", rule } | { type: "condition", condition, params }.' }) rule: Record<string, unknown>;
  @Field(() => Int, { nullable: true, description: 'Minutes between scheduled refreshes; null: on demand only.' }) refreshMinutes: number | null;
  @Field(() => Int, { description: 'Members after the last refresh (all of them, whoever reads).' }) memberCount: number;
  @Field(() => Date, { nullable: true }) refreshedAt: Date | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
}

@ObjectType({ description: 'A contact in a segment (or its preview), as the list shows it.' })
export class SegmentMember {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) accountName: string | null;
}

@ObjectType()
export class SegmentMemberPage {
  @Field(() => [SegmentMember]) items: SegmentMember[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) nextCursor: string | null;
}

@ObjectType({ description: 'One stay of a contact in a segment.' })
export class SegmentMembership {
  @Field(() => ID) segmentId: string;
  @Field(() => ID) contactId: string;
  @Field() enteredAt: Date;
  @Field(() => Date, { nullable: true }) leftAt: Date | null;
}

@ObjectType({ description: 'One refresh: members after it and who entered and left.' })
export class SegmentRefresh {
  @Field() refreshedAt: Date;
  @Field(() => Int) members: number;
  @Field(() => Int) entered: number;
  @Field(() => Int) left: number;
  @Field(() => Int) durationMs: number;
  @Field() trigger: string;
}

@ObjectType({ description: 'What a rule matches now, among the contacts the reader may see.' })
export class SegmentPreview {
  @Field(() => Int) count: number;
  @Field({ description: 'True when the exact count took too long and this is the planner’s estimate.' }) estimate: boolean;
  @Field(() => [SegmentMember]) sample: SegmentMember[];
  @Field(() => Int, { description: 'Milliseconds the count took.' }) tookMs: number;
}

@ObjectType()
export class SegmentConditionResult {
  @Field({ description: 'Where the condition sits in the rule, e.g. rule.rules.1.' }) path: string;
  @Field() condition: string;
  @Field() matches: boolean;
}

@ObjectType({ description: 'Why a contact is (or is not) matched by a rule: each top-level condition.' })
export class SegmentWhy {
  @Field() matches: boolean;
  @Field(() => [SegmentConditionResult]) conditions: SegmentConditionResult[];
}

@ObjectType()
export class SegmentConditionParam {
  @Field() name: string;
  @Field({ description: 'integer, number, text, date, choice, choices, id, ids, boolean or json.' }) type: string;
  @Field() required: boolean;
  @Field(() => [String], { nullable: true }) choices: string[] | null;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => String, { nullable: true, description: 'What to pick an id from: segment, product, event, mailing, webForm, subscriptionType.' }) lookup: string | null;
}

@ObjectType({ description: 'A condition the segment builder offers (registered by the domain that knows it).' })
export class SegmentConditionType {
  @Field() key: string;
  @Field({ description: 'contact, account, behaviour, orders, metrics or segments.' }) group: string;
  @Field(() => [SegmentConditionParam]) params: SegmentConditionParam[];
}

@InputType()
export class CreateSegmentInput {
  @Field() @IsString() @MinLength(1, { message: 'Give the segment a name.' }) @MaxLength(200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() dynamic: boolean;
  @Field(() => GraphQLJSONObject) @IsObject() rule: Record<string, unknown>;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5, { message: 'Refresh at most every 5 minutes.' }) @Max(525_600) refreshMinutes?: number | null;
}

@InputType()
export class UpdateSegmentInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1, { message: 'Give the segment a name.' }) @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @IsOptional() @IsObject() rule?: Record<string, unknown>;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5, { message: 'Refresh at most every 5 minutes.' }) @Max(525_600) refreshMinutes?: number | null;
}

@InputType()
export class SegmentIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class SegmentPayload {
  @Field(() => Segment) segment: Segment;
}
