import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CASE_PRIORITIES, MAX_CHAT_LINE, MAX_CHAT_LINES } from '@rapport/service-domain';
import { graphqlEnum } from '@rapport/shared-api';

const ChatSide = graphqlEnum('ChatSide', ['customer', 'agent']);
// Memoised by name: the same enum as the case's own priority.
const CasePriority = graphqlEnum('CasePriority', CASE_PRIORITIES);

@InputType({ description: 'One line of a chat, as the chat system recorded it.' })
export class ChatLineInput {
  @Field(() => GraphQLISODateTime) @IsDate() at: Date;
  @Field(() => ChatSide) @IsIn(['customer', 'agent']) from: string;
  // The length is checked with the others (its message names the line), so a long line is refused with its index.
  @Field() @IsString() @MaxLength(MAX_CHAT_LINE * 2) text: string;
  @Field(() => String, { nullable: true, description: 'The writer’s display name in the chat.' }) @IsOptional() @IsString() @MaxLength(100) author?: string | null;
}

@InputType({ description: 'A chat that ended, posted by the chat system: it continues a case, or opens one for the customer (found by email or phone, else a new contact flagged for review).' })
export class PostChatTranscriptInput {
  @Field(() => ID, { nullable: true, description: 'The case the chat was about; without it a new case is opened.' }) @IsOptional() @IsUUID('all') caseId?: string | null;
  @Field(() => String, { nullable: true, description: 'The chat system’s id of the chat: posting it again changes nothing (the case is answered as it is).' })
  @IsOptional() @IsString() @MaxLength(200) externalId?: string | null;
  @Field(() => String, { nullable: true, description: 'The customer’s email, to find them (a new case).' }) @IsOptional() @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true, description: 'The customer’s phone number, to find them when there is no email (a new case).' }) @IsOptional() @IsString() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'The customer’s name, for a new contact.' }) @IsOptional() @IsString() @MaxLength(100) name?: string | null;
  @Field(() => String, { nullable: true, description: 'The new case’s subject (required without caseId).' }) @IsOptional() @IsString() @MaxLength(300) subject?: string | null;
  @Field(() => CasePriority, { nullable: true, description: 'A new case’s priority; NORMAL unless given.' }) @IsOptional() @IsIn(CASE_PRIORITIES) priority?: string | null;
  @Field(() => [ChatLineInput]) @IsArray() @ArrayMaxSize(MAX_CHAT_LINES) @ValidateNested({ each: true }) @Type(() => ChatLineInput) lines: ChatLineInput[];
}
