import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { graphqlEnum } from '@rapport/shared-api';
import { CASE_PRIORITIES, type CasePriority } from '@rapport/service-domain';
import { BusinessCalendar } from './business-calendar.model';

// One CasePriority enum for the API, shared with the case's own field (graphqlEnum registers it once).
const CasePriorityEnum = graphqlEnum('CasePriority', CASE_PRIORITIES);

@ObjectType('PriorityTargets', { description: 'What a policy promises for cases of one priority, in business minutes (null: not tracked).' })
@InputType('PriorityTargetsInput')
export class PriorityTargetsModel {
  @Field(() => CasePriorityEnum) @IsIn(CASE_PRIORITIES) priority: CasePriority;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() firstResponse: number | null;
  @Field(() => Int, { nullable: true, description: 'After each customer message, once the first response is made.' }) @IsOptional() @IsInt() nextResponse: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() resolution: number | null;
}

@ObjectType('ServiceSlaPolicy', { description: 'Response and resolution targets per priority, counted in a business calendar.' })
export class ServiceSlaPolicy {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true, description: 'Null: the default calendar.' }) calendarId: string | null;
  @Field(() => BusinessCalendar, { nullable: true, description: 'The calendar its clocks count in (the default one when it names none; null when there is none yet).' }) calendar?: BusinessCalendar | null;
  @Field(() => [PriorityTargetsModel], { description: 'Lowest priority first; priorities it does not cover are left out.' }) targets: PriorityTargetsModel[];
  @Field(() => Int, { description: 'Percent of a target at which the owner is warned.' }) warnAtPercent: number;
  @Field() active: boolean;
  @Field({ description: 'Serves customers without a contract in force (and cases without an account); one policy at most.' }) isDefault: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@InputType()
export class CreateServiceSlaPolicyInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => ID, { nullable: true, description: 'Null: the default calendar.' }) @IsOptional() @IsUUID('all') calendarId?: string | null;
  @Field(() => [PriorityTargetsModel]) @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => PriorityTargetsModel) targets: PriorityTargetsModel[];
  @Field(() => Int, { nullable: true, description: 'Default 75.' }) @IsOptional() @IsInt() warnAtPercent?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Make it the default policy (the previous default stops being one).' }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
}

@InputType()
export class UpdateServiceSlaPolicyInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'A calendar, or null for the default one; left out: unchanged.' }) @IsOptional() @IsUUID('all') calendarId?: string | null;
  @Field(() => [PriorityTargetsModel], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => PriorityTargetsModel) targets?: PriorityTargetsModel[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() warnAtPercent?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: make it the default (the previous default stops being one); false: no default any more.' }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
}

@ObjectType()
export class ServiceSlaPolicyPayload {
  @Field(() => ServiceSlaPolicy) policy: ServiceSlaPolicy;
}
