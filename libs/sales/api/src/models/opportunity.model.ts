
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { ApiFields, InputFields, UpdateFields } from '@rapport/shared-domain';
import { Connection, CustomFieldInput, CustomFieldValues, declareFilterFields, declareInputFields, declareOutputFields, FilterLogic } from '@rapport/shared-api';
import { OPPORTUNITY } from '@rapport/sales-domain';
import { customizableOrderByInput } from './common';
import { OpportunityOrderField } from './enums';
import { Stage } from './pipeline.model';

// The opportunity's fields come from OPPORTUNITY (sales-domain, docs/adr/0011), declared on these
// classes below and typed by the merged interfaces; the stage is read through its resolver.

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface Opportunity extends ApiFields<typeof OPPORTUNITY>, CustomFieldValues {}
@ObjectType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Opportunity {
  @Field(() => Stage) stage: Stage;
}
declareOutputFields(Opportunity, OPPORTUNITY);

@ObjectType()
export class OpportunityConnection extends Connection(Opportunity, 'Opportunity') {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed conditions of the derived declarations
export interface OpportunityFilter extends Partial<Record<keyof typeof OPPORTUNITY.fields, unknown>>, FilterLogic<OpportunityFilter> {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class OpportunityFilter {}
declareFilterFields(OpportunityFilter, OPPORTUNITY);

export const OpportunityOrderBy = customizableOrderByInput('OpportunityOrderBy', OpportunityOrderField);
export type OpportunityOrderBy = InstanceType<typeof OpportunityOrderBy>;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface CreateOpportunityInput extends InputFields<typeof OPPORTUNITY>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CreateOpportunityInput {}
declareInputFields(CreateOpportunityInput, OPPORTUNITY);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed fields of the derived declarations
export interface UpdateOpportunityInput extends UpdateFields<typeof OPPORTUNITY>, CustomFieldInput {}
@InputType()
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class UpdateOpportunityInput {
  @Field(() => ID) @IsUUID('all') id: string;
}
declareInputFields(UpdateOpportunityInput, OPPORTUNITY, 'update');

@InputType()
export class MoveOpportunityStageInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => ID) @IsUUID('all') stageId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) lostReason?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) wonReason?: string | null;
}

@ObjectType()
export class OpportunityPayload {
  @Field(() => Opportunity) opportunity: Opportunity;
}
@ObjectType()
export class CreateOpportunityPayload extends OpportunityPayload {}
@ObjectType()
export class UpdateOpportunityPayload extends OpportunityPayload {}
@ObjectType()
export class MoveOpportunityStagePayload extends OpportunityPayload {}
