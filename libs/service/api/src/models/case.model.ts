import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, customizableOrderByInput, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic, graphqlEnum, orderFieldEnum } from '@rapport/shared-api';
import { CASE, CASE_PRIORITIES, STATUS_CATEGORIES } from '@rapport/service-domain';
import { RefusedCaseAttachment } from './case-attachment.model';
import { CaseRoutingExplanation } from './case-routing-history.model';

// The case's fields come from CASE (service-domain, docs/adr/0011); the thread, clocks and history are resolved.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Case extends ApiFields<typeof CASE>, CustomFieldValues {}
@ObjectType({ description: 'A customer’s problem or request, from any channel, with one thread and SLA clocks.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Case {}
declareOutputFields(Case, CASE);

@ObjectType()
export class CaseConnection extends Connection(Case, 'Case') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface CaseFilter extends Partial<Record<keyof typeof CASE.fields, unknown>>, FilterLogic<CaseFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CaseFilter {}
declareFilterFields(CaseFilter, CASE);

export const CaseOrderField = orderFieldEnum(CASE);
export const CaseOrderBy = customizableOrderByInput('CaseOrderBy', CaseOrderField);
export type CaseOrderBy = InstanceType<typeof CaseOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateCaseInput extends InputFields<typeof CASE>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateCaseInput {
  @Field({ nullable: true, description: 'Queue the case for routing (the rules choose the queue, an agent with the skills and room takes it) instead of keeping it with its owner.' })
  @IsOptional()
  @IsBoolean()
  route?: boolean;
}
declareInputFields(CreateCaseInput, CASE);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateCaseInput extends UpdateFields<typeof CASE>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateCaseInput {
  @Field(() => ID) @IsUUID('all') id: string;
}
declareInputFields(UpdateCaseInput, CASE, 'update');

const CasePriority = graphqlEnum('CasePriority', CASE_PRIORITIES);
const MessageDirection = graphqlEnum('CaseMessageDirection', ['inbound', 'outbound', 'internal']);
const MessageChannel = graphqlEnum('CaseMessageChannel', ['email', 'phone', 'portal', 'chat', 'web', 'other', 'note']);
const MilestoneKind = graphqlEnum('SlaMilestoneKind', ['first_response', 'next_response', 'resolution']);
const MilestoneState = graphqlEnum('SlaMilestoneState', ['running', 'paused', 'met', 'breached', 'stopped']);
const StatusCategory = graphqlEnum('CaseStatusCategory', STATUS_CATEGORIES);
const CallDirection = graphqlEnum('CallDirection', ['inbound', 'outbound']);

@InputType()
export class SetCaseStatusInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ description: 'A key of caseStatuses.' }) @IsString() @MaxLength(40) status: string;
}

@InputType()
export class SetCasePriorityInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => CasePriority) @IsIn(CASE_PRIORITIES) priority: string;
}

/** Files an agent uploaded to the case beforehand, sent with a reply or a note. */
const AttachmentIds = () =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description: 'Files uploaded to the case beforehand (POST /api/v1/cases/{caseId}/attachments), at most 20: they go with this message.' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsUUID('all', { each: true }),
  );

@InputType()
export class ReplyToCaseInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field({ description: 'The reply as plain text (the customer gets it by email when the case has a contact with an address).' })
  @IsString() @Matches(/\S/, { message: 'Write a reply.' }) @MaxLength(50000) body: string;
  @Field(() => String, { nullable: true, description: 'A status key to move the case to with the reply (e.g. waiting_customer).' })
  @IsOptional() @IsString() @MaxLength(40) status?: string | null;
  @AttachmentIds() attachmentIds?: string[] | null;
}

@InputType()
export class AddCaseNoteInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field() @IsString() @Matches(/\S/, { message: 'Write a note.' }) @MaxLength(50000) body: string;
  @AttachmentIds() attachmentIds?: string[] | null;
}

@InputType()
export class LogCaseCallInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => CallDirection, { description: 'INBOUND: the customer called; OUTBOUND: we called.' }) @IsIn(['inbound', 'outbound']) direction: 'inbound' | 'outbound';
  @Field(() => String, { nullable: true, description: 'The other party’s number, E.164 (+8613800000000).' })
  @IsOptional() @Matches(/^\+[1-9]\d{6,14}$/, { message: 'Use an international number such as +8613800000000.' }) phoneNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'The line (number) the call came in on or went out from.' }) @IsOptional() @IsString() @MaxLength(250) line?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(86400, { message: 'A call lasts at most a day.' }) durationSeconds?: number | null;
  @Field({ description: 'What was said.' }) @IsString() @Matches(/\S/, { message: 'Write what was said.' }) @MaxLength(50000) body: string;
}

@ObjectType()
export class CasePayload {
  @Field(() => Case) case: Case;
}

@ObjectType({ description: 'One message of a case’s thread, whatever its channel.' })
export class CaseMessage {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => MessageDirection, { description: 'INBOUND from the customer, OUTBOUND to them, INTERNAL: a note only service staff see.' }) direction: string;
  @Field(() => MessageChannel) channel: string;
  @Field(() => ID, { nullable: true }) authorId: string | null;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => String, { nullable: true }) fromAddress: string | null;
  @Field(() => [String]) toAddresses: string[];
  @Field() subject: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) phoneNumber: string | null;
  @Field(() => String, { nullable: true }) line: string | null;
  @Field(() => Int, { nullable: true }) durationSeconds: number | null;
  @Field(() => Date, { nullable: true, description: 'Outbound email: when the mail relay took it; null while queued.' }) sentAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => [RefusedCaseAttachment], { description: 'Files of the customer’s mail that were not kept, and why.' }) refusedAttachments: RefusedCaseAttachment[];
}

@ObjectType()
export class CaseMessagePayload {
  @Field(() => CaseMessage) message: CaseMessage;
  @Field(() => Case) case: Case;
}

@ObjectType({ description: 'One SLA milestone of a case, as its clock stands now.' })
export class SlaMilestone {
  @Field(() => MilestoneKind) kind: string;
  @Field(() => Int, { description: 'Business minutes promised.' }) targetMinutes: number;
  @Field(() => Int, { description: 'Business minutes counted so far.' }) spentMinutes: number;
  @Field(() => MilestoneState, { description: 'STOPPED: a next response ended by resolution before it was late.' }) state: string;
  @Field(() => Date, { nullable: true, description: 'When it is due at the current pace (or was due); null while paused.' }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) warnAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field() late: boolean;
}

@ObjectType({ description: 'The SLA a case is served under and its clocks.' })
export class CaseSla {
  @Field(() => ID, { nullable: true }) policyId: string | null;
  @Field(() => ID, { nullable: true }) entitlementId: string | null;
  @Field(() => [SlaMilestone]) milestones: SlaMilestone[];
}

@ObjectType({ description: 'A configured case status.' })
export class CaseStatus {
  @Field() key: string;
  @Field({ description: 'The name in the reader’s language.' }) name: string;
  @Field(() => StatusCategory) category: string;
  @Field({ description: 'Whether SLA clocks run while a case is in it.' }) clockRuns: boolean;
  @Field(() => Int) position: number;
}

@ObjectType({ description: 'One entry of a case’s history.' })
export class CaseHistoryEntry {
  @Field() kind: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => ID, { nullable: true, description: 'The other case of a merge or split entry (merged_into, split_to, split_from).' }) relatedCaseId: string | null;
  @Field(() => String, { nullable: true, description: 'Its number.' }) relatedCaseNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The queue of a queued or routed entry (for those who read routing).' }) queueName: string | null;
  @Field(() => CaseRoutingExplanation, { nullable: true, description: 'Why routing chose the agent, on a routed entry (for those who read routing).' }) routing: CaseRoutingExplanation | null;
}

@InputType()
export class MergeCasesInput {
  @Field(() => ID, { description: 'The case that stays: it takes the others’ messages.' }) @IsUUID('all') intoId: string;
  @Field(() => [ID], { description: 'The duplicates: closed, pointing at the one that stays.' })
  @IsArray() @ArrayMinSize(1, { message: 'Choose at least one case to merge.' }) @ArrayMaxSize(20, { message: 'Merge at most 20 cases at once.' }) @IsUUID('all', { each: true }) fromIds: string[];
}

@InputType()
export class SplitCaseInput {
  @Field(() => ID, { description: 'The case whose thread is split.' }) @IsUUID('all') caseId: string;
  @Field(() => [ID], { description: 'The messages that move to the new case (with their files); the case keeps at least one.' })
  @IsArray() @ArrayMinSize(1, { message: 'Choose at least one message to split off.' }) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) messageIds: string[];
  @Field({ description: 'The new case’s subject.' }) @IsString() @Matches(/\S/, { message: 'Give the new case a subject.' }) @MaxLength(300) subject: string;
}
