import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsObject, IsString, IsUUID, Length } from 'class-validator';
import { IsOmittable } from '@rapport/shared-api';
import type { NameTranslations } from '@rapport/shared-domain';
import { ForecastCategory } from '@rapport/sales-domain';
import { ForecastCategoryEnum } from './enums';

// `name`, `canonicalName` and `names` of both types are resolved in PipelineResolver/StageResolver:
// `name` depends on the reader's language (docs/adr/0010).

@ObjectType()
export class Stage {
  @Field(() => ID) id: string;
  name: string;
  names: NameTranslations;
  @Field(() => Int) position: number;
  @Field(() => Int, { description: 'Win probability in percent.' }) probability: number;
  @Field(() => ForecastCategoryEnum) forecastCategory: ForecastCategory;
  @Field() isWon: boolean;
  @Field() isLost: boolean;
  pipelineId: string;
}

@ObjectType()
export class Pipeline {
  @Field(() => ID) id: string;
  name: string;
  names: NameTranslations;
  @Field() isDefault: boolean;
  @Field() currency: string;
  @Field(() => [Stage]) stages: Stage[];
}

const NAMES_DESCRIPTION = 'Translations of the name by locale (en, zh-CN, zh-TW), e.g. { "zh-CN": "资格确认" }; replaces the stored ones, blank entries are removed.';

@InputType()
export class UpdatePipelineInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ nullable: true, description: 'The canonical name, 1 to 80 characters.' }) @IsOmittable() @IsString() @Length(1, 80) name?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: NAMES_DESCRIPTION }) @IsOmittable() @IsObject() names?: Record<string, unknown>;
}

@InputType()
export class UpdateStageInput {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field({ nullable: true, description: 'The canonical name, 1 to 80 characters.' }) @IsOmittable() @IsString() @Length(1, 80) name?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: NAMES_DESCRIPTION }) @IsOmittable() @IsObject() names?: Record<string, unknown>;
}

@ObjectType()
export class UpdatePipelinePayload {
  @Field(() => Pipeline) pipeline: Pipeline;
}

@ObjectType()
export class UpdateStagePayload {
  @Field(() => Stage) stage: Stage;
}
