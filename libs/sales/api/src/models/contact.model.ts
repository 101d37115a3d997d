import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Connection, DateTimeFilter, IdFilter, StringFilter } from '@rapport/shared-api';
import { PreferredChannel } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { ContactOrderField, PreferredChannelEnum } from './enums';

@ObjectType()
export class Contact {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field({ description: 'First and last name as people read them.' }) name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'The primary email.' }) email: string | null;
  @Field(() => [String]) emails: string[];
  @Field(() => [String]) phones: string[];
  @Field() locale: string;
  @Field(() => PreferredChannelEnum, { nullable: true }) preferredChannel: PreferredChannel | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  accountId: string | null;
  ownerId: string | null;
}

@ObjectType()
export class ContactConnection extends Connection(Contact, 'Contact') {}

@InputType()
export class ContactFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [ContactFilter], { nullable: true }) and?: ContactFilter[];
  @Field(() => [ContactFilter], { nullable: true }) or?: ContactFilter[];
  @Field(() => ContactFilter, { nullable: true }) not?: ContactFilter;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) firstName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) lastName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) email?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) ownerId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
}

export const ContactOrderBy = customizableOrderByInput('ContactOrderBy', ContactOrderField);
export type ContactOrderBy = InstanceType<typeof ContactOrderBy>;

@InputType()
export class CreateContactInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose an account.' }) accountId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @Field() @IsString() @Length(1, 100, { message: 'Last name must be 1 to 100 characters.' }) lastName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) title?: string | null;
  @Field(() => [String], { nullable: true, description: 'The first is the primary address.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true, message: 'Enter valid email addresses.' })
  emails?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(40, { each: true }) phones?: string[];
  @Field({ nullable: true }) @IsOptional() @IsIn(['en', 'zh-CN', 'zh-TW']) locale?: string;
  @Field(() => PreferredChannelEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(PreferredChannel)) preferredChannel?: PreferredChannel | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) @IsOptional() @IsUUID('all') ownerId?: string;
}

@InputType()
export class UpdateContactInput extends PartialType(CreateContactInput, { skipNullProperties: false }) {
  @Field(() => ID) @IsUUID('all') id: string;
}

@ObjectType()
export class ContactPayload {
  @Field(() => Contact) contact: Contact;
}
@ObjectType()
export class CreateContactPayload extends ContactPayload {}
@ObjectType()
export class UpdateContactPayload extends ContactPayload {}
