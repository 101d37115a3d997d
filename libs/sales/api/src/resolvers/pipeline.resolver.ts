import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Actor, localizedName } from '@rapport/shared-domain';
import { CurrentActor, GqlContext, requestLocale } from '@rapport/shared-api';
import { PipelineEntity, StageEntity } from '@rapport/sales-data';
import { Pipeline, Stage, UpdatePipelineInput, UpdatePipelinePayload, UpdateStageInput, UpdateStagePayload } from '../models';
import { PipelinesService } from '../services/pipelines.service';

const NAME = "The name in the reader's language: the Accept-Language header, else the signed-in user's language; the canonical name when there is no translation (API keys that send no Accept-Language get the canonical name).";
const CANONICAL = 'The name as stored, untranslated: what integrations match on and what every language falls back to.';
const NAMES = 'Translations of the name by locale, e.g. { "zh-CN": "资格确认", "zh-TW": "資格確認" }.';

/** Pipeline names are read in the requester's language (docs/adr/0010); admins change them here. */
@Resolver(() => Pipeline)
export class PipelineResolver {
  constructor(private readonly pipelines: PipelinesService) {}

  @ResolveField(() => String, { description: NAME })
  name(p: PipelineEntity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(p.name, p.names, locale);
  }

  @ResolveField(() => String, { description: CANONICAL })
  canonicalName(p: PipelineEntity) {
    return p.name;
  }

  @ResolveField(() => GraphQLJSONObject, { description: NAMES })
  names(p: PipelineEntity) {
    return p.names ?? {};
  }

  @Mutation(() => UpdatePipelinePayload, { description: 'Renames a pipeline or sets its translations (administrators).' })
  async updatePipeline(@CurrentActor() actor: Actor, @Args('input') input: UpdatePipelineInput) {
    return { pipeline: await this.pipelines.updatePipeline(actor, input) };
  }
}

@Resolver(() => Stage)
export class StageResolver {
  constructor(private readonly pipelines: PipelinesService) {}

  @ResolveField(() => String, { description: NAME })
  name(s: StageEntity, _: unknown, context: GqlContext) {
    const locale = requestLocale(context.req);
    return localizedName(s.name, s.names, locale);
  }

  @ResolveField(() => String, { description: CANONICAL })
  canonicalName(s: StageEntity) {
    return s.name;
  }

  @ResolveField(() => GraphQLJSONObject, { description: NAMES })
  names(s: StageEntity) {
    return s.names ?? {};
  }

  @Mutation(() => UpdateStagePayload, { description: 'Renames a stage or sets its translations (administrators).' })
  async updateStage(@CurrentActor() actor: Actor, @Args('input') input: UpdateStageInput) {
    return { stage: await this.pipelines.updateStage(actor, input) };
  }
}
