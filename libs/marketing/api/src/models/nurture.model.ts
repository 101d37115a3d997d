import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { graphqlEnum } from '@rapport/shared-api';
import {
  ENROLMENT_STATUSES,
  MAX_NURTURE_STEPS,
  NURTURE_BRANCH_ON,
  NURTURE_STATUSES,
  NURTURE_STEP_KINDS,
  NURTURE_STOP_REASONS,
  type EnrolmentStatus,
  type NurtureBranchOn,
  type NurtureStatus,
  type NurtureStepKind,
  type NurtureStopReason,
} from '@rapport/marketing-domain';

export const NurtureStatusEnum = graphqlEnum('NurtureStatus', NURTURE_STATUSES);
export const NurtureStepKindEnum = graphqlEnum('NurtureStepKind', NURTURE_STEP_KINDS);
export const NurtureBranchOnEnum = graphqlEnum('NurtureBranchOn', NURTURE_BRANCH_ON);
export const NurtureEnrolmentStatusEnum = graphqlEnum('NurtureEnrolmentStatus', ENROLMENT_STATUSES);
export const NurtureStopReasonEnum = graphqlEnum('NurtureStopReason', NURTURE_STOP_REASONS);

@ObjectType({ description: 'Who joins a nurture: members of a campaign (a list is a campaign) with these statuses, and the members of a segment, each once, at their primary address.' })
export class NurtureSource {
  @Field(() => ID) campaignId: string;
  @Field(() => [String]) memberStatuses: string[];
  @Field(() => ID, { nullable: true, description: 'Members of this segment join as they enter it (minus the holdout of an active strategy on it).' }) segmentId: string | null;
}

@ObjectType({ description: 'One step of a nurture; the fields of its kind are set, the others null. Positions count from 0; a jump to the number of steps finishes.' })
export class NurtureStepModel {
  @Field(() => Int) position: number;
  @Field(() => NurtureStepKindEnum) kind: NurtureStepKind;
  @Field(() => Int, { nullable: true, description: 'wait: this many days.' }) days: number | null;
  @Field(() => Int, { nullable: true, description: 'wait: until this ISO weekday (1 = Monday … 7 = Sunday) at `hour`, in the contact policy’s time zone.' }) weekday: number | null;
  @Field(() => Int, { nullable: true }) hour: number | null;
  @Field(() => ID, { nullable: true, description: 'send: the template.' }) templateId: string | null;
  @Field(() => Boolean, { nullable: true }) resendAllowed: boolean | null;
  @Field(() => ID, { nullable: true, description: 'send: the mailing that carries this step’s messages (its report).' }) mailingId: string | null;
  @Field(() => NurtureBranchOnEnum, { nullable: true }) branchOn: NurtureBranchOn | null;
  @Field(() => Int, { nullable: true, description: 'branch: the position of the earlier send step it looks at.' }) sendStep: number | null;
  @Field(() => Int, { nullable: true }) withinHours: number | null;
  @Field(() => Int, { nullable: true }) thenStep: number | null;
  @Field(() => Int, { nullable: true }) elseStep: number | null;
  @Field(() => ID, { nullable: true, description: 'set_member_status: the campaign.' }) campaignId: string | null;
  @Field(() => String, { nullable: true }) memberStatus: string | null;
  @Field(() => String, { nullable: true, description: 'notify_owner: the note.' }) message: string | null;
  @Field(() => Int, { nullable: true, description: 'Where to go after this step; null: the following one.' }) next: number | null;
}

@ObjectType({ description: 'A person going through a nurture, by address.' })
export class NurtureEnrolmentModel {
  @Field(() => ID) id: string;
  @Field() address: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
  @Field(() => Int, { description: 'The step they are at (the number of steps once done).' }) position: number;
  @Field(() => NurtureEnrolmentStatusEnum) status: EnrolmentStatus;
  @Field(() => NurtureStopReasonEnum, { nullable: true }) stopReason: NurtureStopReason | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When their current step runs; null once they are done or stopped.' }) dueAt: Date | null;
  @Field(() => GraphQLISODateTime) enteredAt: Date;
}

@ObjectType()
export class NurtureEnrolmentConnection {
  @Field(() => [NurtureEnrolmentModel]) nodes: NurtureEnrolmentModel[];
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType()
export class NurturePositionCount {
  @Field(() => Int) position: number;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Enrolments by state, and the active ones by the step they are at.' })
export class NurtureCounts {
  @Field(() => Int) active: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) stopped: number;
  @Field(() => [NurturePositionCount]) byPosition: NurturePositionCount[];
}

@ObjectType({ description: 'A drip sequence (issue 15): people of a source go through ordered steps; every message obeys consent and the contact policy.' })
export class Nurture {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) campaignId: string;
  @Field(() => ID) subscriptionTypeId: string;
  @Field(() => NurtureStatusEnum) status: NurtureStatus;
  @Field(() => NurtureSource) source: NurtureSource;
  @Field({ description: 'Stop a person’s sequence once their account has a won opportunity.' }) stopWhenCustomer: boolean;
  @Field({ description: 'Stop a person’s sequence once they reply to one of its messages.' }) stopOnReply: boolean;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) activatedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class NurtureConnection {
  @Field(() => [Nurture]) nodes: Nurture[];
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@InputType()
export class NurtureSourceInput {
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => [String]) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) memberStatuses: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') segmentId?: string | null;
}

@InputType({ description: 'A step: `kind` and the fields of that kind (see NurtureStep).' })
export class NurtureStepInput {
  @Field(() => NurtureStepKindEnum) @IsIn([...NURTURE_STEP_KINDS]) kind: NurtureStepKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() days?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() weekday?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() hour?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') templateId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() resendAllowed?: boolean | null;
  @Field(() => NurtureBranchOnEnum, { nullable: true }) @IsOptional() @IsIn([...NURTURE_BRANCH_ON]) branchOn?: NurtureBranchOn | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() sendStep?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() withinHours?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() thenStep?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() elseStep?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') campaignId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) memberStatus?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) message?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() next?: number | null;
}

@InputType()
export class CreateNurtureInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field(() => ID) @IsUUID('all') campaignId: string;
  @Field(() => ID) @IsUUID('all') subscriptionTypeId: string;
  @Field(() => NurtureSourceInput) @ValidateNested() @Type(() => NurtureSourceInput) source: NurtureSourceInput;
  @Field(() => [NurtureStepInput]) @ArrayMaxSize(MAX_NURTURE_STEPS + 1) @ValidateNested({ each: true }) @Type(() => NurtureStepInput) steps: NurtureStepInput[];
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) @IsOptional() @IsBoolean() stopWhenCustomer?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) @IsOptional() @IsBoolean() stopOnReply?: boolean | null;
}

@InputType({ description: 'Changes a draft; absent fields stay as they are. `steps` replaces every step.' })
export class UpdateNurtureInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subscriptionTypeId?: string | null;
  @Field(() => NurtureSourceInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NurtureSourceInput) source?: NurtureSourceInput | null;
  @Field(() => [NurtureStepInput], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_NURTURE_STEPS + 1) @ValidateNested({ each: true }) @Type(() => NurtureStepInput) steps?: NurtureStepInput[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() stopWhenCustomer?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() stopOnReply?: boolean | null;
}

@InputType()
export class NurtureIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}
