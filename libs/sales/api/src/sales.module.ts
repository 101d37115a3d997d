import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCatalogue, SegmentConditions } from '@rapport/shared-api';
import { SALES_RECORDS } from '@rapport/sales-domain';
import { AuthModule } from '@rapport/shared-auth';
import { HandoverRepository, MergeRepository, SALES_SEGMENT_CONDITIONS, SalesRepository } from '@rapport/sales-data';
import { AccountResolver } from './resolvers/account.resolver';
import { ActivityResolver, TimelineItemResolver } from './resolvers/activity.resolver';
import { ContactResolver } from './resolvers/contact.resolver';
import { LeadResolver } from './resolvers/lead.resolver';
import { OpportunityResolver } from './resolvers/opportunity.resolver';
import { PipelineResolver, StageResolver } from './resolvers/pipeline.resolver';
import { AccountsService } from './services/accounts.service';
import { ActivitiesService } from './services/activities.service';
import { ContactsService } from './services/contacts.service';
import { DuplicatesService } from './services/duplicates.service';
import { LeadConversionService } from './services/lead-conversion.service';
import { LeadsService } from './services/leads.service';
import { OpportunitiesService } from './services/opportunities.service';
import { PipelinesService } from './services/pipelines.service';
import { SalesSearchService } from './services/sales-search.service';
import { SharingService } from './services/sharing.service';
import { MergeResolver, SharingResolver } from './resolvers/sharing-merge.resolver';
import { MergeService } from './services/merge.service';
import { HandoverService } from './services/handover.service';
import { BulkResolver, HandoverResolver } from './resolvers/handover-bulk.resolver';
import { BulkService } from './services/bulk.service';
import { ExportController } from './rest/export.controller';
import { TimelineService } from './services/timeline.service';

export const SALES_RESOLVERS = [AccountResolver, ContactResolver, LeadResolver, OpportunityResolver, PipelineResolver, StageResolver, ActivityResolver, TimelineItemResolver, SharingResolver, MergeResolver, HandoverResolver, BulkResolver];

/** Sales: accounts, contacts, leads, opportunities in pipelines, activities, timeline, duplicates. */
@Module({
  imports: [AuthModule],
  controllers: [ExportController],
  providers: [
    SharingService,
    MergeService,
    HandoverService,
    BulkService,
    SalesRepository,
    HandoverRepository,
    MergeRepository,
    AccountsService,
    ContactsService,
    LeadsService,
    LeadConversionService,
    OpportunitiesService,
    PipelinesService,
    ActivitiesService,
    TimelineService,
    DuplicatesService,
    SalesSearchService,
    ...SALES_RESOLVERS,
  ],
  exports: [HandoverService, AccountsService, ContactsService, LeadsService, OpportunitiesService, ActivitiesService, PipelinesService],
})
export class SalesModule implements OnModuleInit {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly segmentConditions: SegmentConditions,
  ) {}

  onModuleInit() {
    this.catalogue.register(...SALES_RECORDS);
    this.segmentConditions.register(...SALES_SEGMENT_CONDITIONS);
  }
}
