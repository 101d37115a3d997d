import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { AuthModule } from '@rapport/shared-auth';
import { ExportRegistry, InboundMailRouter, RecordCatalogue, SearchRegistry, SegmentConditions, CallLines, PreferenceLinks } from '@rapport/shared-api';
import { exportKeys, RecordScope, scopeFor } from '@rapport/shared-domain';
import { normalizeEmail } from '@rapport/shared-util';
import { signUnsubscribeToken } from '@rapport/marketing-domain';
import { MarketingHooksModule } from './marketing-hooks.module';
import { VisitorsModule } from './visitors/visitors.module';
import { SalesRepository } from '@rapport/sales-data';
import { AttributionRepository, CampaignRepository, ConsentConfirmationRepository, ConsentRepository, EmailTemplateRepository, InboundMessageRepository, MailingEventRepository, MailingRepository, MailingSendRepository, MARKETING_SEGMENT_CONDITIONS, NurtureEngineRepository, NurtureRepository } from '@rapport/marketing-data';
import { MailingAudienceResolver, MailingResolver } from './resolvers/mailing.resolver';
import { MailingsService } from './services/mailings.service';
import { MailingSeriesService } from './services/mailing-series.service';
import { NurtureResolver } from './resolvers/nurture.resolver';
import { NurturesService } from './services/nurtures.service';
import { NurtureEngineService } from './services/nurture-engine.service';
import { MailingPumpService } from './services/mailing-pump.service';
import { InboundMailService } from './services/inbound-mail.service';
import { TrackingService } from './services/tracking.service';
import { TrackingController } from './rest/tracking.controller';
import { CampaignRoiService } from './services/campaign-roi.service';
import { ConsentService } from './services/consent.service';
import { PublicConsentService } from './services/public-consent.service';
import { ConsentRecorder } from './services/consent-recorder.service';
import { ConsentConfirmationMailer } from './services/consent-confirmation-mailer.service';
import { EmailTemplatesService } from './services/email-templates.service';
import { EmailTemplateResolver } from './resolvers/email-template.resolver';
import { UnsubscribeController } from './rest/unsubscribe.controller';
import { CONSENT_RESOLVERS } from './resolvers/consent.resolver';
import { CampaignMemberImportService } from './services/campaign-member-import.service';
import { MarketingReportService } from './services/marketing-report.service';
import { CAMPAIGN, MARKETING_RECORDS } from '@rapport/marketing-domain';
import { SalesModule } from '@rapport/sales-api';
import { CallResolver } from './resolvers/call.resolver';
import { AccountCampaignsResolver, CampaignTouchResolver, ContactCampaignsResolver, LeadCampaignsResolver, OpportunityCampaignsResolver } from './resolvers/customer-campaigns.resolver';
import { CallsController } from './rest/calls.controller';
import { CallTrackingService } from './services/call-tracking.service';
import { CampaignMemberResolver } from './resolvers/campaign-member.resolver';
import { CampaignResolver } from './resolvers/campaign.resolver';
import { CampaignsController } from './rest/campaigns.controller';
import { CampaignMembersService } from './services/campaign-members.service';
import { CampaignTotalsService } from './services/campaign-totals.service';
import { CampaignsService } from './services/campaigns.service';

export const MARKETING_RESOLVERS = [CampaignResolver, CampaignMemberResolver, CallResolver, ContactCampaignsResolver, LeadCampaignsResolver, AccountCampaignsResolver, OpportunityCampaignsResolver, CampaignTouchResolver, ...CONSENT_RESOLVERS, EmailTemplateResolver, MailingResolver, MailingAudienceResolver, NurtureResolver];

/** Campaigns with members, cost lines and totals (docs/adr/0013); consent and suppression (docs/adr/0015); mailings, events and segments follow. */
@Module({
  imports: [AuthModule, SalesModule, MarketingHooksModule, VisitorsModule],
  controllers: [CampaignsController, CallsController, UnsubscribeController, TrackingController],
  providers: [SalesRepository, CampaignsService, CampaignMembersService, CampaignTotalsService, CampaignMemberImportService, CampaignRoiService, MarketingReportService, AttributionRepository, CallTrackingService, ConsentRepository, ConsentService, PublicConsentService, ConsentConfirmationRepository, ConsentRecorder, ConsentConfirmationMailer, EmailTemplateRepository, EmailTemplatesService, MailingRepository, MailingSendRepository, MailingsService, MailingSeriesService, MailingPumpService, MailingEventRepository, InboundMessageRepository, InboundMailService, TrackingService, NurtureRepository, NurtureEngineRepository, NurturesService, NurtureEngineService, ...MARKETING_RESOLVERS],
  exports: [CampaignsService, MailingPumpService, MailingSeriesService, MailingsService, NurtureEngineService, InboundMailService, ConsentRecorder, ConsentConfirmationMailer],
})
export class MarketingModule implements OnModuleInit {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly search: SearchRegistry,
    private readonly exports: ExportRegistry,
    private readonly campaigns: CampaignsService,
    private readonly repo: CampaignRepository,
    private readonly segmentConditions: SegmentConditions,
    private readonly inboundMail: InboundMailRouter,
    private readonly inbound: InboundMailService,
    private readonly callLines: CallLines,
    private readonly preferenceLinks: PreferenceLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.catalogue.register(...MARKETING_RECORDS);
    // Marketing's mail domain takes what no other route claims: bounces, replies and unsubscribes to sends.
    this.inboundMail.register(
      { name: 'marketing', domains: [this.config.inboundMailDomain], accepts: () => true, receive: (m) => withSystemScope('inbound mail is matched to the send it answers, whoever owns the person', () => this.inbound.receive(m)) },
      { fallback: true },
    );
    this.segmentConditions.register(...MARKETING_SEGMENT_CONDITIONS);
    // A campaign's tracking number names the line a service call came in on (the agent may not read campaigns).
    this.callLines.register(async (m, dialled) => {
      const campaign = await withSystemScope('a dialled tracking number names its campaign', () => this.repo.campaignByTrackingPhone(m, dialled));
      return campaign ? { name: campaign.name, source: 'marketing' } : null;
    });
    // The consent centre for one address (all subscription types), for the customer portal's "email preferences".
    this.preferenceLinks.register((address) => `${this.config.publicOrigin}/api/public/preferences/${signUnsubscribeToken({ address: normalizeEmail(address), subscriptionTypeId: null }, this.config.sessionSecret)}`);
    this.exports.register('campaigns', exportKeys(CAMPAIGN), (actor, args) => this.campaigns.list(actor, args) as never);
    this.search.register('marketing', (actor, q, first) => (scopeFor(actor, 'campaign', 'read') === RecordScope.None ? [] : [{ type: 'campaign', query: this.repo.searchQuery(actor, q, first) }]));
  }
}
