import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { CreateHooks, MergeHooks } from '@rapport/shared-api';
import { CampaignRepository } from '@rapport/marketing-data';

/**
 * What marketing does inside other domains' transactions (docs/adr/0013), in every process that
 * runs them (the API, and the worker that runs lead imports): a new lead is linked to the campaign
 * it names and joins it as a responding member; a merged contact's or lead's memberships follow it to the survivor.
 */
@Module({ imports: [AuthModule], providers: [CampaignRepository], exports: [CampaignRepository] })
export class MarketingHooksModule implements OnModuleInit {
  constructor(
    private readonly createHooks: CreateHooks,
    private readonly mergeHooks: MergeHooks,
    private readonly campaigns: CampaignRepository,
  ) {}

  onModuleInit() {
    const join = (m: Parameters<CreateHooks['run']>[0], ids: string[]) => this.campaigns.linkLeads(m, ids);
    // Leads created by people or imports ('lead'), and web leads when first routed ('lead.routed').
    this.createHooks.register('lead', join);
    this.createHooks.register('lead.routed', join);
    this.mergeHooks.register('contact', (m, survivorId, mergedIds) => this.campaigns.moveMemberships(m, 'contact_id', survivorId, mergedIds));
    this.mergeHooks.register('lead', (m, survivorId, mergedIds) => this.campaigns.moveMemberships(m, 'lead_id', survivorId, mergedIds));
  }
}
