import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A field of a record type: what it holds and what the API lets you do with it.' })
export class RecordField {
  @Field({ description: 'The field in the record type, filters and inputs; a custom field is `customFields.<key>`.' }) name: string;
  @Field({ description: 'text, longText, email, phone, url, id, integer, number, money, date, datetime, boolean, enum, reference, address or json.' }) type: string;
  @Field({ description: 'Holds a list of values (multi-select custom fields).' }) multiple: boolean;
  @Field({ description: 'English name of a built-in field; a custom field’s label in the reader’s language.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The web app’s translation key of the label (built-in fields).' }) label: string | null;
  @Field() custom: boolean;
  @Field() required: boolean;
  @Field({ description: 'May be empty (null); when false, an empty value is stored as the field’s default or an empty text.' }) nullable: boolean;
  @Field({ description: 'Readable on the record type (references are read as the record they point at).' }) readable: boolean;
  @Field({ description: 'Settable in the create input, the update input or both.' }) editable: boolean;
  @Field({ description: 'Settable in the create input.' }) creatable: boolean;
  @Field({ description: 'Settable in the update input (fixed once created when false).' }) updatable: boolean;
  @Field({ description: 'A merge of duplicates lets you pick which record’s value survives (mergeRecords fieldChoices).' }) mergeable: boolean;
  @Field({ description: 'Usable in orderBy (custom fields through `customField`).' }) sortable: boolean;
  @Field(() => [String], { description: 'Filter operators it accepts (eq, ne, in, contains, startsWith, gt, gte, lt, lte, isNull); empty when it cannot be filtered.' }) operators: string[];
  @Field(() => String, { nullable: true, description: 'The GraphQL enum of an enum field.' }) enumName: string | null;
  @Field(() => [String], { description: 'Stored values of an enum, a select or a picklist field (filters take these).' }) enumValues: string[];
  @Field(() => String, { nullable: true, description: 'The record type a reference points at.' }) references: string | null;
  @Field(() => String, { nullable: true, description: 'The configured value list (`picklists`) a text field takes its values from; enumValues are its active values.' }) picklist: string | null;
  @Field(() => Int, { nullable: true }) maxLength: number | null;
  @Field(() => Int, { nullable: true }) min: number | null;
  @Field({ description: 'A column of the CSV export.' }) exported: boolean;
  @Field({ description: 'Personal data of a person (data-subject export and erasure).' }) personal: boolean;
}

@ObjectType({ description: 'A kind of record (account, contact, …) and its fields.' })
export class RecordType {
  @Field({ description: 'The name permissions, audit, references and timelines use.' }) name: string;
  @Field() graphqlName: string;
  @Field({ description: 'The web app’s translation key of its name.' }) label: string;
  @Field({ description: 'Admins may add custom fields to it.' }) customizable: boolean;
  @Field(() => [RecordField]) fields: RecordField[];
}
