import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import {
  DeleteLeadSetupInput,
  DeletePayload,
  LeadSettingsModel,
  ReorderRoutingRulesInput,
  ReorderRoutingRulesPayload,
  RoutingProfileModel,
  RoutingRuleModel,
  SaveLeadSettingsInput,
  SaveLeadSettingsPayload,
  SaveRoutingProfileInput,
  SaveRoutingProfilePayload,
  SaveRoutingRuleInput,
  SaveRoutingRulePayload,
  SaveScoringRuleInput,
  SaveScoringRulePayload,
  SaveSlaPolicyInput,
  SaveSlaPolicyPayload,
  ScoringRuleModel,
  SlaPolicyModel,
} from '../models/setup.model';
import { SaveWebFormInput, SaveWebFormPayload, WebFormModel } from '../models/web-form.model';
import { SetupService } from '../services/setup.service';
import { WebFormsService } from '../services/web-forms.service';

/** Lead intake set-up for admins (read by managers and marketers). */
@Resolver()
export class LeadSetupResolver {
  constructor(
    private readonly setup: SetupService,
    private readonly forms: WebFormsService,
  ) {}

  @Query(() => [WebFormModel]) webForms(@CurrentActor() a: Actor) {
    return this.forms.list(a);
  }
  @Mutation(() => SaveWebFormPayload) async saveWebForm(@CurrentActor() a: Actor, @Args('input') input: SaveWebFormInput) {
    return { webForm: await this.forms.save(a, input) };
  }

  @Query(() => [RoutingRuleModel], { description: 'In the order they are tried.' }) routingRules(@CurrentActor() a: Actor) {
    return this.setup.rules(a);
  }
  @Mutation(() => SaveRoutingRulePayload) async saveRoutingRule(@CurrentActor() a: Actor, @Args('input') input: SaveRoutingRuleInput) {
    return { routingRule: await this.setup.saveRule(a, input) };
  }
  @Mutation(() => ReorderRoutingRulesPayload) async reorderRoutingRules(@CurrentActor() a: Actor, @Args('input') input: ReorderRoutingRulesInput) {
    return { routingRules: await this.setup.reorderRules(a, input) };
  }
  @Mutation(() => DeletePayload) async deleteRoutingRule(@CurrentActor() a: Actor, @Args('input') input: DeleteLeadSetupInput) {
    return { id: await this.setup.deleteRule(a, input.id) };
  }

  @Query(() => [RoutingProfileModel]) routingProfiles(@CurrentActor() a: Actor, @Args('userIds', { type: () => [ID], nullable: true }) userIds?: string[]) {
    return this.setup.profiles(a, userIds);
  }
  @Mutation(() => SaveRoutingProfilePayload) async saveRoutingProfile(@CurrentActor() a: Actor, @Args('input') input: SaveRoutingProfileInput) {
    return { routingProfile: await this.setup.saveProfile(a, input) };
  }

  @Query(() => [ScoringRuleModel]) scoringRules(@CurrentActor() a: Actor) {
    return this.setup.scoringRules(a);
  }
  @Mutation(() => SaveScoringRulePayload) async saveScoringRule(@CurrentActor() a: Actor, @Args('input') input: SaveScoringRuleInput) {
    return { scoringRule: await this.setup.saveScoringRule(a, input) };
  }
  @Mutation(() => DeletePayload) async deleteScoringRule(@CurrentActor() a: Actor, @Args('input') input: DeleteLeadSetupInput) {
    return { id: await this.setup.deleteScoringRule(a, input.id) };
  }

  @Query(() => [SlaPolicyModel]) slaPolicies(@CurrentActor() a: Actor) {
    return this.setup.slaPolicies(a);
  }
  @Mutation(() => SaveSlaPolicyPayload) async saveSlaPolicy(@CurrentActor() a: Actor, @Args('input') input: SaveSlaPolicyInput) {
    return { slaPolicy: await this.setup.saveSlaPolicy(a, input) };
  }
  @Mutation(() => DeletePayload) async deleteSlaPolicy(@CurrentActor() a: Actor, @Args('input') input: DeleteLeadSetupInput) {
    return { id: await this.setup.deleteSlaPolicy(a, input.id) };
  }

  @Query(() => LeadSettingsModel) leadIntakeSettings(@CurrentActor() a: Actor) {
    return this.setup.settings(a);
  }
  @Mutation(() => SaveLeadSettingsPayload) async saveLeadIntakeSettings(@CurrentActor() a: Actor, @Args('input') input: SaveLeadSettingsInput) {
    return { settings: await this.setup.saveSettings(a, input) };
  }
}
