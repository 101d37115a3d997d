import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { Actor } from '@rapport/shared-domain';
import { CurrentActor } from '@rapport/shared-api';
import type { WebVisitorSettingsEntity } from '@rapport/marketing-data';
import { DeleteWebInterestRuleInput, DeleteWebInterestRulePayload, SaveWebInterestRuleInput, SaveWebInterestRulePayload, SaveWebVisitorSettingsInput, SaveWebVisitorSettingsPayload, WebInterestRule, WebVisitorSettings } from './visitors.models';
import { VisitorSettingsService } from './visitor-settings.service';

/** Admin: the URL → product-line rules and the tracking settings (read by anyone who reads campaigns). */
@Resolver()
export class VisitorAdminResolver {
  constructor(
    private readonly settings: VisitorSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [WebInterestRule], { description: 'Which pages are about which product line, in order.' })
  webInterestRules(@CurrentActor() actor: Actor) {
    return this.settings.rules(actor);
  }

  @Mutation(() => SaveWebInterestRulePayload, { description: 'Admins: add or change a URL → product-line rule.' })
  async saveWebInterestRule(@CurrentActor() actor: Actor, @Args('input') input: SaveWebInterestRuleInput): Promise<SaveWebInterestRulePayload> {
    return { rule: await this.settings.saveRule(actor, input) };
  }

  @Mutation(() => DeleteWebInterestRulePayload, { description: 'Admins: remove a URL → product-line rule.' })
  async deleteWebInterestRule(@CurrentActor() actor: Actor, @Args('input') input: DeleteWebInterestRuleInput): Promise<DeleteWebInterestRulePayload> {
    return { deletedId: await this.settings.deleteRule(actor, input.id) };
  }

  @Query(() => WebVisitorSettings, { description: 'How web visits are tracked: the script to embed, the sites, the retention.' })
  async webVisitorSettings(@CurrentActor() actor: Actor): Promise<WebVisitorSettings> {
    return this.view(await this.settings.settings(actor));
  }

  @Mutation(() => SaveWebVisitorSettingsPayload, { description: 'Admins: change the tracked sites, the retention or the rate limit.' })
  async saveWebVisitorSettings(@CurrentActor() actor: Actor, @Args('input') input: SaveWebVisitorSettingsInput): Promise<SaveWebVisitorSettingsPayload> {
    return { settings: this.view(await this.settings.saveSettings(actor, input)) };
  }

  private view(s: WebVisitorSettingsEntity): WebVisitorSettings {
    const api = `${this.config.publicOrigin}/api/public`;
    return { scriptUrl: `${api}/visitors.js`, endpointUrl: `${api}/page-views`, siteHosts: s.siteHosts, retentionMonths: s.retentionMonths, rateLimitPerMinute: s.rateLimitPerMinute };
  }
}
