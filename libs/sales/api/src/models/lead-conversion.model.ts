import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Account } from './account.model';
import { Contact } from './contact.model';
import { Lead } from './lead.model';
import { Opportunity } from './opportunity.model';

@ObjectType()
export class ConvertLeadPayload {
  @Field(() => Lead) lead: Lead;
  @Field(() => Account) account: Account;
  @Field(() => Contact) contact: Contact;
  @Field(() => Opportunity, { nullable: true }) opportunity: Opportunity | null;
  @Field({ description: 'False when an existing account was linked.' }) accountCreated: boolean;
  @Field({ description: 'False when an existing contact was linked.' }) contactCreated: boolean;
}

@ObjectType()
export class DuplicateCandidate {
  @Field({ description: 'lead, contact or account' }) type: string;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) subtitle: string | null;
  @Field(() => [String], { description: 'email, phone, name' }) reasons: string[];
  @Field(() => Int) score: number;
}

@InputType()
export class PossibleDuplicatesInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(254) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @Field({ nullable: true, description: 'For an account: its name.' }) @IsOptional() @IsString() @MaxLength(200) accountName?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') excludeId?: string;
}
