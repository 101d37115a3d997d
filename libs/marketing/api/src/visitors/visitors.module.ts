import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { CreateHooks, EngagementFacts, MergeHooks } from '@rapport/shared-api';
import { compileRules, webEngagementOf } from '@rapport/marketing-domain';
import { SalesRepository } from '@rapport/sales-data';
import { PageViewRepository, VisitorRepository } from '@rapport/marketing-data';
import { PageViewIngestService } from './page-view-ingest.service';
import { PageViewMaintenanceService } from './page-view-maintenance.service';
import { VisitorAdminResolver } from './visitor-admin.resolver';
import { VisitorSettingsService } from './visitor-settings.service';
import { VisitorsController } from './visitors.controller';
import { ContactWebActivityResolver, KnownVisitorsResolver, LeadWebActivityResolver, WebActivityResolver, WebVisitorResolver } from './web-activity.resolver';
import { WebActivityService } from './web-activity.service';

/** The GraphQL part, for the schema printer's list (apps/api/src/schema.ts ALL_RESOLVERS). */
export const VISITOR_RESOLVERS = [ContactWebActivityResolver, LeadWebActivityResolver, WebActivityResolver, WebVisitorResolver, KnownVisitorsResolver, VisitorAdminResolver];

/**
 * Web visitors (issue 16 item 6): the tracking script and its endpoint, identification, interests,
 * the person's web activity, the known-visitors list, and the partitions' maintenance. What it does
 * inside other domains' transactions is registered here: a web-to-lead submission carrying a
 * visitor id makes that visitor the lead (CreateHooks `lead_submission`, run by the leads intake),
 * a merged contact's or lead's visitors follow the survivor (MergeHooks), and lead scoring reads
 * a lead's page views and interests (EngagementFacts).
 */
@Module({
  imports: [AuthModule],
  controllers: [VisitorsController],
  providers: [
    SalesRepository,
    VisitorRepository,
    PageViewRepository,
    VisitorSettingsService,
    PageViewIngestService,
    PageViewMaintenanceService,
    WebActivityService,
    ...VISITOR_RESOLVERS,
  ],
  exports: [VisitorSettingsService, PageViewIngestService, PageViewMaintenanceService, VisitorRepository],
})
export class VisitorsModule implements OnModuleInit {
  constructor(
    private readonly createHooks: CreateHooks,
    private readonly mergeHooks: MergeHooks,
    private readonly visitors: VisitorRepository,
    private readonly pageViews: PageViewRepository,
    private readonly engagement: EngagementFacts,
  ) {}

  onModuleInit() {
    this.createHooks.register('lead_submission', (m, submissionIds) => this.visitors.identifyFromSubmissions(m, submissionIds));
    this.mergeHooks.register('contact', (m, survivorId, mergedIds) => this.visitors.moveOnMerge(m, 'contact_id', survivorId, mergedIds));
    this.mergeHooks.register('lead', (m, survivorId, mergedIds) => this.visitors.moveOnMerge(m, 'lead_id', survivorId, mergedIds));
    // Lead scoring reads a lead's page views and the product lines they show interest in.
    this.engagement.register(async (m, leadIds) => {
      const rows = await this.pageViews.pagesOfLeads(m, leadIds);
      // In the caller's transaction: a second pool connection here can starve the pool (every holder waits for one more).
      const compiled = compileRules(await this.visitors.rules(m));
      const byLead = new Map<string, typeof rows>();
      for (const r of rows) byLead.set(r.leadId, [...(byLead.get(r.leadId) ?? []), r]);
      return new Map(leadIds.map((id) => [id, webEngagementOf(byLead.get(id) ?? [], compiled)]));
    });
  }
}
