import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsObject, IsOptional, IsUUID } from 'class-validator';
import type { ApiFields, InputFields } from '@rapport/shared-domain';
import { Connection, declareFilterFields, declareInputFields, declareOutputFields } from '@rapport/shared-api';
import { CONTACT } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { ContactOrderField } from './enums';

// The contact's fields come from CONTACT (sales-domain, docs/adr/0011), declared on these classes
// below and typed by the merged interfaces; `name` and `email` are read through resolvers.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Contact extends ApiFields<typeof CONTACT> {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Contact {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field({ description: 'First and last name as people read them.' }) name: string;
}
declareOutputFields(Contact, CONTACT);

@ObjectType()
export class ContactConnection extends Connection(Contact, 'Contact') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface ContactFilter extends Partial<Record<keyof typeof CONTACT.fields, unknown>> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class ContactFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [ContactFilter], { nullable: true }) and?: ContactFilter[];
  @Field(() => [ContactFilter], { nullable: true }) or?: ContactFilter[];
  @Field(() => ContactFilter, { nullable: true }) not?: ContactFilter;
}
declareFilterFields(ContactFilter, CONTACT);

export const ContactOrderBy = customizableOrderByInput('ContactOrderBy', ContactOrderField);
export type ContactOrderBy = InstanceType<typeof ContactOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateContactInput extends InputFields<typeof CONTACT> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateContactInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
}
declareInputFields(CreateContactInput, CONTACT);

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
