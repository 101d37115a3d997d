import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import { CustomFieldDefinition, CustomFieldPayload, CustomizableObjectEnum, DefineCustomFieldInput, UpdateCustomFieldInput } from '../models/custom-field.model';
import { CustomFieldsService, CustomizableObject } from '../services/custom-fields.service';

@Resolver(() => CustomFieldDefinition)
export class CustomFieldsResolver {
  constructor(private readonly customFields: CustomFieldsService) {}

  @Query(() => [CustomFieldDefinition])
  customFieldDefinitions(
    @Args('objectType', { type: () => CustomizableObjectEnum }) objectType: CustomizableObject,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ) {
    return this.customFields.list(objectType, includeArchived);
  }

  @Mutation(() => CustomFieldPayload)
  async defineCustomField(@CurrentActor() actor: Actor, @Args('input') input: DefineCustomFieldInput) {
    return { definition: await this.customFields.define(actor, input) };
  }

  @Mutation(() => CustomFieldPayload)
  async updateCustomField(@CurrentActor() actor: Actor, @Args('input') input: UpdateCustomFieldInput) {
    return { definition: await this.customFields.update(actor, input) };
  }
}
