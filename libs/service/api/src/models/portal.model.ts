import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Connection, graphqlEnum } from '@rapport/shared-api';
import { CASE_CHANNELS, CASE_PRIORITIES, CSAT_QUESTION_KINDS, STATUS_CATEGORIES } from '@rapport/service-domain';

const Channel = graphqlEnum('CaseChannel', CASE_CHANNELS);
const Priority = graphqlEnum('CasePriority', CASE_PRIORITIES);
const Category = graphqlEnum('CaseStatusCategory', STATUS_CATEGORIES);
const QuestionKind = graphqlEnum('CsatQuestionKind', CSAT_QUESTION_KINDS);

@ObjectType({ description: 'A message of a case as its customer sees it (internal notes never are).' })
export class PortalMessage {
  @Field(() => ID) id: string;
  @Field({ description: 'True when the customer wrote it; false for the support team’s answers.' }) fromCustomer: boolean;
  @Field(() => Channel, { nullable: true }) channel: string | null;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'The agent who answered; null for the customer’s own messages.' }) authorName: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'A file on a message of your case (never an internal note’s).' })
export class PortalAttachment {
  @Field(() => ID) id: string;
  @Field() filename: string;
  @Field({ description: 'The type its content was found to be.' }) contentType: string;
  @Field(() => Int) size: number;
  @Field({ description: 'Where you download it (GET, your session).' }) url: string;
}

@ObjectType({ description: 'A product you may say a case is about: your account’s contracts’ products, else the catalogue’s active ones.' })
export class PortalProduct {
  @Field(() => ID) id: string;
  @Field({ description: 'In the language asked for, else the canonical name.' }) name: string;
}

@ObjectType({ description: 'A case as the customer portal shows it: no owner, clocks or history, the thread without notes.' })
export class PortalCase {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field() subject: string;
  @Field() description: string;
  @Field({ description: 'In the language asked for, else English, else the key.' }) statusName: string;
  @Field(() => Category) statusCategory: string;
  @Field(() => Priority) priority: string;
  @Field(() => Channel) channel: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the support team promised to answer next (the running response milestone of the SLA); null when no answer is due.' }) responseDueAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) firstResponseAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  @Field({ description: 'Another person of the customer’s account opened it (a service admin sees their account’s cases).' }) openedByColleague: boolean;
}

@ObjectType()
export class PortalCaseConnection extends Connection(PortalCase, 'PortalCase') {}

@InputType({ description: 'A new case from the customer portal: it waits in its routing queue for a skilled agent.' })
export class OpenPortalCaseInput {
  @Field() @IsString() @Matches(/\S/, { message: 'Write what the problem is about.' }) @MaxLength(300) subject: string;
  @Field({ description: 'What happened, in your words.' }) @IsString() @Matches(/\S/, { message: 'Describe the problem.' }) @MaxLength(20000) description: string;
  @Field(() => ID, { nullable: true, description: 'The product it is about, if you know it.' }) @IsOptional() @IsUUID('all') productId?: string | null;
}

@InputType()
export class ReplyToPortalCaseInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field() @IsString() @Matches(/\S/, { message: 'Write your message.' }) @MaxLength(20000) body: string;
}

@InputType()
export class ClosePortalCaseInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
}

@InputType({ description: 'Invites a contact to the customer portal (an invitation not yet taken up is sent again).' })
export class InvitePortalUserInput {
  @Field(() => ID) @IsUUID('all') contactId: string;
  @Field(() => Boolean, { nullable: true, description: 'Make them their account’s service admin: they see all of the account’s cases.' }) @IsOptional() @IsBoolean() accountAdmin?: boolean | null;
}

@ObjectType({ description: 'A contact’s portal login, as staff see it.' })
export class PortalLogin {
  @Field(() => ID) userId: string;
  @Field(() => ID) contactId: string;
  @Field() email: string;
  @Field() accountAdmin: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they confirmed their address or took up the invitation; null while pending.' }) verifiedAt: Date | null;
}

@ObjectType()
export class PortalSurveyQuestion {
  @Field() key: string;
  @Field(() => QuestionKind) kind: string;
  @Field({ description: 'In the survey’s language.' }) text: string;
  @Field() required: boolean;
}

@ObjectType({ description: 'The satisfaction survey of one of your cases.' })
export class PortalSurvey {
  @Field() answered: boolean;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field() language: string;
  @Field(() => [PortalSurveyQuestion]) questions: PortalSurveyQuestion[];
}

@InputType({ description: 'An answer to one extra question: the value that fits its kind.' })
export class PortalSurveyAnswerInput {
  @Field() @IsString() @MaxLength(40) key: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() rating?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() yes?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) text?: string | null;
}

@InputType({ description: 'Your answer to a case’s survey: once per case.' })
export class AnswerPortalSurveyInput {
  @Field(() => ID) @IsUUID('all') caseId: string;
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' }) @IsInt() rating: number;
  @Field(() => [PortalSurveyAnswerInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PortalSurveyAnswerInput) answers?: PortalSurveyAnswerInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string | null;
}

@ObjectType({ description: 'Who you are in the customer portal.' })
export class PortalMe {
  @Field(() => ID) contactId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) accountName: string | null;
  @Field({ description: 'You see all of your account’s cases.' }) accountAdmin: boolean;
  @Field(() => String, { nullable: true, description: 'Where you manage which emails you get from us (the consent centre); null without an address.' }) preferencesUrl: string | null;
}
