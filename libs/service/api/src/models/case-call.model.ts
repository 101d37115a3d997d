import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Contact } from '@rapport/sales-api';
import { CASE_PRIORITIES } from '@rapport/service-domain';
import { graphqlEnum } from '@rapport/shared-api';
import { Case } from './case.model';

// Memoised by name: the same enum as the case's own priority.
const CasePriority = graphqlEnum('CasePriority', CASE_PRIORITIES);

@ObjectType({ description: 'What a dialled number is known as (a campaign’s tracking number names the campaign).' })
export class CallLine {
  @Field({ description: 'The dialled number, E.164.' }) number: string;
  @Field(() => String, { nullable: true, description: 'Its name where a domain knows it (a campaign’s), else null.' }) name: string | null;
}

@ObjectType({ description: 'Who is calling: the people with this number you may see, their open cases, and the line the call came in on.' })
export class CallerLookup {
  @Field({ description: 'The caller’s number, E.164.' }) phoneNumber: string;
  @Field(() => CallLine, { nullable: true, description: 'The line dialled, when it was given.' }) line: CallLine | null;
  @Field(() => [Contact], { description: 'Contacts with this number you may see, most recently changed first (at most 5).' }) contacts: Contact[];
  @Field(() => [Case], { description: 'Their and their accounts’ open cases you may see, newest first (at most 20).' }) openCases: Case[];
}

@InputType({ description: 'A case opened from a phone call in one step: the call is its first message and the agent’s first response.' })
export class CreateCaseFromCallInput {
  @Field({ description: 'The caller’s number as shown or typed (any common format; stored in E.164).' })
  @IsString() @Matches(/\S/, { message: 'Enter the caller’s number.' }) @MaxLength(40) phoneNumber: string;
  @Field(() => String, { nullable: true, description: 'The number the customer dialled (a hotline or a campaign’s tracking number).' })
  @IsOptional() @IsString() @MaxLength(40) dialledNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'The person calling, when the agent chose one; else the first contact you may see with the number, else a new contact flagged for review.' })
  @IsOptional() @IsUUID('all') contactId?: string | null;
  @Field(() => String, { nullable: true, description: 'The caller’s name, for a new contact.' }) @IsOptional() @IsString() @MaxLength(100) callerName?: string | null;
  @Field() @IsString() @Matches(/\S/, { message: 'Write what the call is about.' }) @MaxLength(300) subject: string;
  @Field({ description: 'What was said.' }) @IsString() @Matches(/\S/, { message: 'Write what was said.' }) @MaxLength(50000) body: string;
  @Field(() => CasePriority, { nullable: true, description: 'NORMAL unless given.' }) @IsOptional() @IsIn(CASE_PRIORITIES) priority?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(86400, { message: 'A call lasts at most a day.' }) durationSeconds?: number | null;
  @Field({ nullable: true, description: 'Queue the case for routing (someone with the skills calls back) instead of keeping it with whoever took the call.' }) @IsOptional() @IsBoolean() route?: boolean;
}
