import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ENGAGEMENT_FIELDS, FIT_FIELDS } from '@rapport/leads-domain';

@ObjectType()
@InputType('RoutingCriteriaInput')
export class RoutingCriteriaModel {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) sources?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) campaigns?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) countries?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) regions?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) productInterests?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) languages?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) minScore?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) maxScore?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) minEmployees?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) maxEmployees?: number;
}

@ObjectType('RoutingRule')
export class RoutingRuleModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) position: number;
  @Field() active: boolean;
  @Field(() => RoutingCriteriaModel) criteria: RoutingCriteriaModel;
  @Field(() => ID, { nullable: true }) targetUserId: string | null;
  @Field(() => ID, { nullable: true }) targetTeamId: string | null;
  @Field({ description: 'round_robin or least_loaded (for a team target).' }) distribution: string;
  @Field({ description: 'The criteria in words.' }) summary: string;
}

@InputType()
export class SaveRoutingRuleInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the rule a name' }) @MaxLength(200) name: string;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
  @Field(() => RoutingCriteriaModel) @ValidateNested() @Type(() => RoutingCriteriaModel) criteria: RoutingCriteriaModel;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') targetUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') targetTeamId?: string | null;
  @Field({ defaultValue: 'round_robin' }) @IsIn(['round_robin', 'least_loaded'], { message: 'distribution must be round_robin or least_loaded' }) distribution: string;
}

@InputType()
export class ReorderRoutingRulesInput {
  @Field(() => [ID], { description: 'Every rule id, in the new order.' }) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids: string[];
}

@ObjectType('RoutingProfile')
export class RoutingProfileModel {
  @Field(() => ID) userId: string;
  @Field() timeZone: string;
  @Field(() => [Int]) workDays: number[];
  @Field(() => Int, { description: 'Minutes after local midnight.' }) workStart: number;
  @Field(() => Int) workEnd: number;
  @Field(() => Int, { nullable: true }) dailyCapacity: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) outOfOfficeFrom: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) outOfOfficeUntil: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastAssignedAt: Date | null;
}

@InputType()
export class SaveRoutingProfileInput {
  @Field(() => ID) @IsUUID('all') userId: string;
  @Field() @IsString() @MaxLength(64) timeZone: string;
  @Field(() => [Int]) @IsArray() @ArrayMaxSize(7) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true }) workDays: number[];
  @Field(() => Int) @IsInt() @Min(0) @Max(1439) workStart: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(1440) workEnd: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000) dailyCapacity?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() outOfOfficeFrom?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() outOfOfficeUntil?: Date | null;
}

@ObjectType('ScoringRule')
export class ScoringRuleModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() field: string;
  @Field() operator: string;
  @Field(() => GraphQLJSON, { nullable: true }) value: unknown;
  @Field(() => Int) points: number;
  @Field() active: boolean;
}

@InputType()
export class SaveScoringRuleInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string;
  @Field() @IsString() @MinLength(1, { message: 'Give the rule a name' }) @MaxLength(200) name: string;
  @Field() @IsIn([...FIT_FIELDS, ...ENGAGEMENT_FIELDS], { message: `field must be one of ${[...FIT_FIELDS, ...ENGAGEMENT_FIELDS].join(', ')}` }) field: string;
  @Field() @IsIn(['eq', 'in', 'contains', 'gte', 'lte', 'exists'], { message: 'operator must be eq, in, contains, gte, lte or exists' }) operator: string;
  @Field(() => GraphQLJSON, { nullable: true }) @IsOptional() value?: unknown;
  @Field(() => Int) @IsInt() @Min(-100) @Max(100) points: number;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@ObjectType('SlaPolicy')
export class SlaPolicyModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'null = any source' }) source: string | null;
  @Field(() => String, { nullable: true, description: 'high, normal, low; null = any' }) priority: string | null;
  @Field(() => Int, { description: 'Business minutes to the first response.' }) responseMinutes: number;
  @Field() active: boolean;
}

@InputType()
export class SaveSlaPolicyInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') id?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(['high', 'normal', 'low', null]) priority?: string | null;
  @Field(() => Int) @IsInt() @Min(1, { message: 'At least one minute' }) @Max(60 * 24 * 30) responseMinutes: number;
  @Field({ defaultValue: true }) @IsBoolean() active: boolean;
}

@ObjectType()
@InputType('EscalationStepInput')
export class EscalationStepModel {
  @Field(() => Float, { description: 'Percent of the SLA used.' }) @IsInt() @Min(1) @Max(1000) atPercent: number;
  @Field({ description: 'remind_owner, notify_manager or reassign' }) @IsIn(['remind_owner', 'notify_manager', 'reassign']) action: string;
}

@ObjectType('LeadIntakeCalendar', { description: 'The business calendar the speed-to-lead SLA counts in (one of the shared business calendars).' })
export class LeadIntakeCalendarModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai.' }) timeZone: string;
}

@ObjectType('LeadIntakeSettings')
export class LeadSettingsModel {
  @Field(() => ID, { nullable: true }) fallbackUserId: string | null;
  @Field(() => ID, { nullable: true, description: 'The business calendar chosen (businessCalendars: working periods, days off and make-up days shared with the service desk); null follows the default one.' }) calendarId: string | null;
  @Field(() => LeadIntakeCalendarModel, { nullable: true, description: 'The calendar the SLA counts in now: the chosen one, else the default one; null while there is none (Monday to Friday 09:00–18:00, Asia/Shanghai).' })
  calendar: LeadIntakeCalendarModel | null;
  @Field(() => [EscalationStepModel]) ladder: EscalationStepModel[];
}

@InputType()
export class SaveLeadSettingsInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') fallbackUserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The business calendar the SLA counts in; null or absent: the default one.' }) @IsOptional() @IsUUID('all') calendarId?: string | null;
  @Field(() => [EscalationStepModel]) @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => EscalationStepModel) ladder: EscalationStepModel[];
}

@InputType()
export class DeleteLeadSetupInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class DeletePayload {
  @Field(() => ID) id: string;
}

@ObjectType()
export class SaveRoutingRulePayload {
  @Field(() => RoutingRuleModel) routingRule: RoutingRuleModel;
}
@ObjectType()
export class ReorderRoutingRulesPayload {
  @Field(() => [RoutingRuleModel]) routingRules: RoutingRuleModel[];
}
@ObjectType()
export class SaveRoutingProfilePayload {
  @Field(() => RoutingProfileModel) routingProfile: RoutingProfileModel;
}
@ObjectType()
export class SaveScoringRulePayload {
  @Field(() => ScoringRuleModel) scoringRule: ScoringRuleModel;
}
@ObjectType()
export class SaveSlaPolicyPayload {
  @Field(() => SlaPolicyModel) slaPolicy: SlaPolicyModel;
}
@ObjectType()
export class SaveLeadSettingsPayload {
  @Field(() => LeadSettingsModel) settings: LeadSettingsModel;
}
