
import { Field, ID, InputType, ObjectType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ApiFields, InputFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic } from '@rapport/shared-api';
import { CONTACT } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { ContactOrderField } from './enums';

// The contact's fields come from CONTACT (sales-domain, docs/adr/0011), declared on these classes
// below and typed by the merged interfaces; `name` and `email` are read through resolvers.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Contact extends ApiFields<typeof CONTACT>, CustomFieldValues {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Contact {
  @Field({ description: 'First and last name as people read them.' }) name: string;
}
declareOutputFields(Contact, CONTACT);

@ObjectType()
export class ContactConnection extends Connection(Contact, 'Contact') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface ContactFilter extends Partial<Record<keyof typeof CONTACT.fields, unknown>>, FilterLogic<ContactFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class ContactFilter {}
declareFilterFields(ContactFilter, CONTACT);

export const ContactOrderBy = customizableOrderByInput('ContactOrderBy', ContactOrderField);
export type ContactOrderBy = InstanceType<typeof ContactOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateContactInput extends InputFields<typeof CONTACT>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateContactInput {}
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
