
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic } from '@rapport/shared-api';
import { LEAD } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { LeadOrderField } from './enums';

// The lead's fields come from LEAD (sales-domain, docs/adr/0011), declared on these classes below
// and typed by the merged interfaces; the display name, owner and conversion results are resolved.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Lead extends ApiFields<typeof LEAD>, CustomFieldValues {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Lead {
  @Field() name: string;
}
declareOutputFields(Lead, LEAD);

@ObjectType()
export class LeadConnection extends Connection(Lead, 'Lead') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface LeadFilter extends Partial<Record<keyof typeof LEAD.fields, unknown>>, FilterLogic<LeadFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class LeadFilter {}
declareFilterFields(LeadFilter, LEAD);

export const LeadOrderBy = customizableOrderByInput('LeadOrderBy', LeadOrderField);
export type LeadOrderBy = InstanceType<typeof LeadOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateLeadInput extends InputFields<typeof LEAD>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateLeadInput {}
declareInputFields(CreateLeadInput, LEAD);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateLeadInput extends UpdateFields<typeof LEAD>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateLeadInput {
  @Field(() => ID) @IsUUID('all') id: string;
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
