import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, declareFilterFields, declareInputFields, declareOutputFields } from '@rapport/shared-api';
import { LEAD } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { LeadOrderField } from './enums';

// The lead's fields come from LEAD (sales-domain, docs/adr/0011), declared on these classes below
// and typed by the merged interfaces; the display name, owner and conversion results are resolved.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Lead extends ApiFields<typeof LEAD> {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Lead {
  @Field(() => GraphQLJSONObject, { description: 'Values of admin-defined fields, by key.' }) customFields: Record<string, unknown>;
  @Field() name: string;
}
declareOutputFields(Lead, LEAD);

@ObjectType()
export class LeadConnection extends Connection(Lead, 'Lead') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface LeadFilter extends Partial<Record<keyof typeof LEAD.fields, unknown>> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class LeadFilter {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Filters on custom fields: { <key>: { eq | in | contains | gte | … } }.' }) customFields?: Record<string, unknown>;
  @Field(() => [LeadFilter], { nullable: true }) and?: LeadFilter[];
  @Field(() => [LeadFilter], { nullable: true }) or?: LeadFilter[];
  @Field(() => LeadFilter, { nullable: true }) not?: LeadFilter;
}
declareFilterFields(LeadFilter, LEAD);

export const LeadOrderBy = customizableOrderByInput('LeadOrderBy', LeadOrderField);
export type LeadOrderBy = InstanceType<typeof LeadOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateLeadInput extends InputFields<typeof LEAD> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateLeadInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
}
declareInputFields(CreateLeadInput, LEAD);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateLeadInput extends UpdateFields<typeof LEAD> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateLeadInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values of admin-defined fields, by key (validated against their definitions).' })
  @IsOptional()
  @IsObject()
  customFields?: Record<string, unknown>;
}
declareInputFields(UpdateLeadInput, LEAD, 'update');

@InputType()
export class ConvertLeadInput {
  @Field(() => ID) @IsUUID('all') leadId: string;
  @Field({ defaultValue: false }) @IsBoolean() createOpportunity: boolean;
  @Field(() => ID, { nullable: true, description: 'Link to this account instead of matching or creating one.' })
  @IsOptional()
  @IsUUID('all')
  accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Link to this contact instead of matching or creating one.' })
  @IsOptional()
  @IsUUID('all')
  contactId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) opportunityName?: string;
}

@ObjectType()
export class LeadPayload {
  @Field(() => Lead) lead: Lead;
}
@ObjectType()
export class CreateLeadPayload extends LeadPayload {}
@ObjectType()
export class UpdateLeadPayload extends LeadPayload {}
