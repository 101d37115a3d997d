import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { graphqlEnum } from '@rapport/shared-api';
import { WORK_ORDER_STATUSES } from '@rapport/service-domain';

export const WorkOrderStatusEnum = graphqlEnum('WorkOrderStatus', WORK_ORDER_STATUSES);

@ObjectType()
export class VisitSlot {
  @Field(() => GraphQLISODateTime) start: Date;
  @Field(() => GraphQLISODateTime) end: Date;
}

@ObjectType()
export class WorkOrderAddress {
  @Field() street: string;
  @Field() city: string;
  @Field() postalCode: string;
  @Field() region: string;
  @Field() country: string;
}

@ObjectType()
export class PartLine {
  @Field() part: string;
  @Field() quantity: number;
}

@ObjectType('WorkOrder', { description: 'An on-site visit for a case: where, which skill, the times offered and confirmed, who goes, how far it got, and the visit report.' })
export class WorkOrder {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => Int, { description: '1, 2, … within the case.' }) sequence: number;
  @Field() description: string;
  @Field(() => String, { nullable: true, description: 'The key of the skill the visit needs.' }) requiredSkill: string | null;
  @Field(() => Int) requiredLevel: number;
  @Field(() => WorkOrderStatusEnum) status: string;
  @Field(() => ID, { nullable: true }) technicianId: string | null;
  @Field(() => ID, { nullable: true, description: 'The contract whose visits it counts against.' }) entitlementId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When times were last proposed to the customer.' }) proposedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) slotStart: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) slotEnd: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer confirmed the time.' }) confirmedAt: Date | null;
  @Field(() => String, { nullable: true }) workDone: string | null;
  @Field(() => [PartLine]) parts: PartLine[];
  @Field(() => String, { nullable: true }) signedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reportedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the visit was counted against the contract.' }) visitCountedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType()
export class SuggestionReason {
  @Field({ description: 'skill, workload, free, fully_booked, knows_customer, new_to_customer' }) code: string;
  @Field(() => Int, { nullable: true }) visits?: number;
  @Field(() => Int, { nullable: true }) level?: number;
  @Field(() => Int, { nullable: true }) required?: number;
  @Field({ description: 'In English.' }) text: string;
}

@ObjectType({ description: 'A technician suggested for a visit, with why.' })
export class TechnicianSuggestion {
  @Field(() => Int) rank: number;
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => Int) level: number;
  @Field(() => Int) visitsThatDay: number;
  @Field(() => Int) pastVisits: number;
  @Field() fullyBooked: boolean;
  @Field(() => [SuggestionReason]) reasons: SuggestionReason[];
}

@ObjectType({ description: 'Something to know about a visit change that did not stop it.' })
export class WorkOrderWarning {
  @Field({ description: 'visits_used_up: the contract’s visits are used up; this visit counts beyond them.' }) code: string;
  @Field({ description: 'The same in English.' }) message: string;
}

@ObjectType()
export class WorkOrderPayload {
  @Field(() => WorkOrder) workOrder: WorkOrder;
  @Field(() => [WorkOrderWarning], { description: 'Things to know that did not stop the change (e.g. the contract’s visits are used up).' }) warnings: WorkOrderWarning[];
}

@InputType()
export class WorkOrderAddressInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) street?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) postalCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) region?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) country?: string;
}

@InputType()
export class CreateWorkOrderInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => WorkOrderAddressInput) @IsObject() @ValidateNested() @Type(() => WorkOrderAddressInput) address: WorkOrderAddressInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) requiredSkill?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5) requiredLevel?: number | null;
}

@InputType({ description: 'Changes what a planned visit is: what to do, where, and the skill it needs (dispatchers; not once it is done or cancelled). Only the fields given change.' })
export class UpdateWorkOrderInput {
  @Field(() => ID) @IsUUID('all') workOrderId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => WorkOrderAddressInput, { nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => WorkOrderAddressInput) address?: WorkOrderAddressInput;
  @Field(() => String, { nullable: true, description: 'A skill key; null: no skill needed.' }) @IsOptional() @IsString() @MaxLength(40) requiredSkill?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5) requiredLevel?: number | null;
}

@InputType()
export class VisitSlotInput {
  @Field(() => GraphQLISODateTime) @IsDate() start: Date;
  @Field(() => GraphQLISODateTime) @IsDate() end: Date;
}

@InputType()
export class ProposeVisitSlotsInput {
  @Field(() => ID) @IsUUID('all') workOrderId: string;
  @Field(() => [VisitSlotInput]) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => VisitSlotInput) slots: VisitSlotInput[];
}

@InputType()
export class AssignTechnicianInput {
  @Field(() => ID) @IsUUID('all') workOrderId: string;
  @Field(() => ID, { nullable: true, description: 'Null: nobody yet.' }) @IsOptional() @IsUUID('all') technicianId?: string | null;
}

@InputType()
export class MoveWorkOrderInput {
  @Field(() => ID) @IsUUID('all') workOrderId: string;
  @Field(() => WorkOrderStatusEnum) @IsIn(WORK_ORDER_STATUSES) status: string;
}

@InputType()
export class PartLineInput {
  @Field() @IsString() @MaxLength(200) part: string;
  @Field() @IsNumber() quantity: number;
}

@InputType()
export class RecordVisitReportInput {
  @Field(() => ID) @IsUUID('all') workOrderId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(10000) workDone: string;
  @Field(() => [PartLineInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PartLineInput) parts?: PartLineInput[];
  @Field(() => String, { nullable: true, description: 'The customer’s signature: a PNG in base64 (a data URL is accepted), at most 200 KB.' }) @IsOptional() @IsString() @MaxLength(300_000) signaturePng?: string | null;
  @Field(() => String, { nullable: true, description: 'Who signed.' }) @IsOptional() @IsString() @MaxLength(200) signedBy?: string | null;
}

// ---- skills ------------------------------------------------------------------------------------

@ObjectType({ description: 'A skill of service staff (who can be sent on a visit; routing queues use them too).' })
export class ServiceSkill {
  @Field() key: string;
  @Field({ description: 'In the language asked for, else English, else the key.' }) name: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) nameZhCn: string | null;
  @Field(() => String, { nullable: true }) nameZhTw: string | null;
  @Field() active: boolean;
}

@ObjectType()
export class UserSkill {
  @Field() skillKey: string;
  @Field(() => Int) level: number;
}

@InputType()
export class SaveServiceSkillInput {
  @Field({ description: 'Lower-case letters, digits and dashes; kept when renamed.' }) @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be lower-case letters, digits and dashes' }) key: string;
  @Field() @IsString() @MinLength(1) @MaxLength(100) nameEn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) nameZhCn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) nameZhTw?: string | null;
  @Field({ nullable: true }) @IsOptional() active?: boolean;
}

@InputType()
export class UserSkillInput {
  @Field() @IsString() @MaxLength(40) skillKey: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) level: number;
}

@InputType()
export class SetUserSkillsInput {
  @Field(() => ID) @IsUUID('all') userId: string;
  @Field(() => [UserSkillInput]) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => UserSkillInput) skills: UserSkillInput[];
}
