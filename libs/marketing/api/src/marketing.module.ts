import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { RecordCatalogue } from '@rapport/shared-api';
import { MarketingHooksModule } from './marketing-hooks.module';
import { SalesRepository } from '@rapport/sales-data';
import { AttributionRepository } from '@rapport/marketing-data';
import { CampaignRoiService } from './services/campaign-roi.service';
import { MarketingReportService } from './services/marketing-report.service';
import { MARKETING_RECORDS } from '@rapport/marketing-domain';
import { SalesModule } from '@rapport/sales-api';
import { CallResolver } from './resolvers/call.resolver';
import { AccountCampaignsResolver, ContactCampaignsResolver, LeadCampaignsResolver } from './resolvers/customer-campaigns.resolver';
import { CallsController } from './rest/calls.controller';
import { CallTrackingService } from './services/call-tracking.service';
import { CampaignMemberResolver } from './resolvers/campaign-member.resolver';
import { CampaignResolver } from './resolvers/campaign.resolver';
import { CampaignsController } from './rest/campaigns.controller';
import { CampaignMembersService } from './services/campaign-members.service';
import { CampaignTotalsService } from './services/campaign-totals.service';
import { CampaignsService } from './services/campaigns.service';

export const MARKETING_RESOLVERS = [CampaignResolver, CampaignMemberResolver, CallResolver, ContactCampaignsResolver, LeadCampaignsResolver, AccountCampaignsResolver];

/** Campaigns with members, cost lines and totals (docs/adr/0013); email, events and segments follow. */
@Module({
  imports: [AuthModule, SalesModule, MarketingHooksModule],
  controllers: [CampaignsController, CallsController],
  providers: [SalesRepository, CampaignsService, CampaignMembersService, CampaignTotalsService, CampaignRoiService, MarketingReportService, AttributionRepository, CallTrackingService, ...MARKETING_RESOLVERS],
  exports: [CampaignsService],
})
export class MarketingModule implements OnModuleInit {
  constructor(private readonly catalogue: RecordCatalogue) {}

  onModuleInit() {
    this.catalogue.register(...MARKETING_RECORDS);
  }
}
