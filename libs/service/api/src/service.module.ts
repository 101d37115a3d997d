import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { ExportRegistry, InboundMailRouter, RecordCatalogue, SearchRegistry } from '@rapport/shared-api';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { withSystemScope } from '@rapport/shared-database';
import { AppError } from '@rapport/shared-errors';
import { MailModule } from '@rapport/shared-mail';
import { CASE } from '@rapport/service-domain';
import { exportKeys, RecordScope, scopeFor } from '@rapport/shared-domain';
import { AuthModule, CustomerIdentities } from '@rapport/shared-auth';
import { BusinessCalendarResolver } from './resolvers/business-calendar.resolver';
import { BusinessCalendarsService } from './services/business-calendars.service';
import { SlaPolicyResolver } from './resolvers/sla-policy.resolver';
import { SlaPoliciesService } from './services/sla-policies.service';
import { AccountEntitlementsResolver, EntitlementResolver } from './resolvers/entitlement.resolver';
import { EntitlementsService } from './services/entitlements.service';
import { CaseAttachmentRepository, CaseRepository, EntitlementRepository, WorkOrderRepository } from '@rapport/service-data';
import { SegmentationModule } from '@rapport/segmentation-api';
import { SalesModule } from '@rapport/sales-api';
import { SalesRepository } from '@rapport/sales-data';
import { CaseResolver } from './resolvers/case.resolver';
import { CasesService } from './services/cases.service';
import { CaseClocksService } from './services/case-clocks.service';
import { CaseThreadService } from './services/case-thread.service';
import { CaseMailService } from './services/case-mail.service';
import { CaseMailer } from './services/case-mailer.service';
import { CaseEscalationService } from './services/case-escalation.service';
import { CaseRecomputeService } from './services/case-recompute.service';
import { CaseMergeService } from './services/case-merge.service';
import { CaseSplitService } from './services/case-split.service';
import { CaseHistoryService } from './services/case-history.service';
import { CaseTestClockController } from './rest/case-test-clock.controller';
import { CaseWorkOrdersResolver, WorkOrderResolver } from './resolvers/work-order.resolver';
import { WorkOrdersService } from './services/work-orders.service';
import { WorkOrderVisitsService } from './services/work-order-visits.service';
import { WorkOrderMailer } from './services/work-order-mailer.service';
import { ServiceSkillsService } from './services/service-skills.service';
import { PublicVisitsController } from './rest/public-visits.controller';
import { CaseAttachmentController } from './rest/case-attachment.controller';
import { CaseMessageResolver } from './resolvers/case-message.resolver';
import { CaseAttachmentsService } from './services/case-attachments.service';
import { CaseCallResolver } from './resolvers/case-call.resolver';
import { CaseCallService } from './services/case-call.service';
import { CaseChatService } from './services/case-chat.service';
import { ServiceDashboardResolver } from './resolvers/service-dashboard.resolver';
import { ServiceDashboardService } from './services/service-dashboard.service';
import { ServiceReportRepository } from '@rapport/service-data';
import { CaseReplyTemplateRepository } from '@rapport/service-data';
import { CaseReplyTemplateResolver } from './resolvers/case-reply-template.resolver';
import { CaseReplyTemplatesService } from './services/case-reply-templates.service';
import { CsatRepository, CsatReportRepository } from '@rapport/service-data';
import { CsatResolver } from './resolvers/csat.resolver';
import { CsatService } from './services/csat.service';
import { CsatAnswersService } from './services/csat-answers.service';
import { CsatMailer } from './services/csat-mailer.service';
import { PublicLeadRateLimiter } from '@rapport/leads-api';
import { PublicLeadRateRepository } from '@rapport/leads-data';
import { PublicSurveysController } from './rest/public-surveys.controller';

import { RoutingResolver } from './resolvers/routing.resolver';
import { PortalResolver } from './resolvers/portal.resolver';
import { PortalMessageResolver } from './resolvers/portal-message.resolver';
import { PortalAttachmentController } from './rest/portal-attachment.controller';
import { PortalAttachmentsService } from './services/portal-attachments.service';
import { PortalCasesService } from './services/portal-cases.service';
import { PortalCaseActionsService } from './services/portal-case-actions.service';
import { PortalAccessService } from './services/portal-access.service';
import { PortalMailer } from './services/portal-mailer.service';
import { PortalSurveysService } from './services/portal-surveys.service';
import { PublicPortalController } from './rest/public-portal.controller';
import { RoutingService } from './services/routing.service';
import { RoutingSetupService } from './services/routing-setup.service';
import { RoutingBoardService } from './services/routing-board.service';
import { CaseRoutingService } from './services/case-routing.service';
import { PortalAccessRepository, PortalRepository, RoutingBoardRepository, RoutingDispatchRepository, RoutingSetupRepository } from '@rapport/service-data';

import { KnowledgeRepository, KnowledgeSearchRepository } from '@rapport/service-data';
import { KnowledgeResolver } from './resolvers/knowledge.resolver';
import { CaseKnowledgeResolver, KnowledgeSearchResolver } from './resolvers/knowledge-search.resolver';
import { KnowledgeService } from './services/knowledge.service';
import { KnowledgeFeedbackService } from './services/knowledge-feedback.service';
import { KnowledgeCategoriesService } from './services/knowledge-categories.service';
import { KnowledgeSearchService } from './services/knowledge-search.service';
import { KnowledgeAttachmentsService } from './services/knowledge-attachments.service';
import { KnowledgeAttachmentController } from './rest/knowledge-attachment.controller';

export const SERVICE_RESOLVERS = [RoutingResolver, PortalResolver, PortalMessageResolver, BusinessCalendarResolver, SlaPolicyResolver, EntitlementResolver, AccountEntitlementsResolver, CaseResolver, CaseCallResolver, CaseMessageResolver, WorkOrderResolver, CaseWorkOrdersResolver, ServiceDashboardResolver, CaseReplyTemplateResolver, CsatResolver, KnowledgeResolver, KnowledgeSearchResolver, CaseKnowledgeResolver];

/** Service (issue 18, ADR 0021/0022): the set-up — business calendars, SLA policies, the accounts' contracts — and cases with their thread and clocks. */
@Module({
  imports: [AuthModule, SalesModule, MailModule, SegmentationModule],
  providers: [PortalRepository, PortalAccessRepository, PortalCasesService, PortalAttachmentsService, PortalCaseActionsService, PortalAccessService, PortalMailer, PortalSurveysService, RoutingDispatchRepository, RoutingSetupRepository, RoutingBoardRepository, RoutingService, RoutingSetupService, RoutingBoardService, CaseRoutingService, BusinessCalendarsService, SlaPoliciesService, EntitlementRepository, EntitlementsService, CaseRepository, CaseClocksService, CasesService, CaseThreadService, CaseMailService, CaseMailer, CaseEscalationService, CaseRecomputeService, CaseMergeService, CaseSplitService, CaseHistoryService, SalesRepository, CaseCallService, CaseChatService, CaseAttachmentRepository, CaseAttachmentsService, WorkOrderRepository, WorkOrdersService, WorkOrderVisitsService, WorkOrderMailer, ServiceSkillsService, ServiceReportRepository, ServiceDashboardService, CaseReplyTemplateRepository, CaseReplyTemplatesService, CsatRepository, CsatReportRepository, CsatService, CsatAnswersService, CsatMailer, PublicLeadRateLimiter, PublicLeadRateRepository, KnowledgeRepository, KnowledgeSearchRepository, KnowledgeService, KnowledgeFeedbackService, KnowledgeCategoriesService, KnowledgeSearchService, KnowledgeAttachmentsService, ...SERVICE_RESOLVERS],
  controllers: [PublicPortalController, PortalAttachmentController, CaseTestClockController, CaseAttachmentController, PublicVisitsController, PublicSurveysController, KnowledgeAttachmentController],
  exports: [RoutingService, PortalMailer, CaseAttachmentsService, BusinessCalendarsService, SlaPoliciesService, EntitlementsService, CasesService, CaseThreadService, CaseClocksService, CaseMailService, CaseMailer, CaseEscalationService, CaseRecomputeService, WorkOrderMailer, WorkOrdersService, CsatService, CsatAnswersService, CsatMailer],
})
export class ServiceModule implements OnModuleInit {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly inboundMail: InboundMailRouter,
    private readonly caseMail: CaseMailService,
    private readonly search: SearchRegistry,
    private readonly exports: ExportRegistry,
    private readonly cases: CasesService,
    private readonly caseRepo: CaseRepository,
    private readonly customers: CustomerIdentities,
    private readonly portal: PortalRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.catalogue.register(CASE);
    // Portal logins are service's: a customer's session carries the contact it is linked to (issue 19 item 4).
    this.customers.register((userId) => this.portal.identity(userId));
    // Cases in the global search (by number or subject) and the CSV export, within the reader's visibility.
    this.search.register('service', (actor, q, first) => (scopeFor(actor, 'case', 'read') === RecordScope.None ? [] : [{ type: 'case', query: this.caseRepo.searchQuery(actor, q, first) }]));
    this.exports.register('cases', exportKeys(CASE), (actor, args) => {
      if (scopeFor(actor, 'case', 'read') === RecordScope.None) throw AppError.forbidden();
      return this.cases.list(actor, args) as never;
    });
    // Mail to the support address opens and continues cases (one receiver, routed by address).
    this.inboundMail.register({
      name: 'service',
      domains: [this.config.supportMailAddress.split('@')[1]!],
      accepts: (rcptTo) => this.caseMail.accepts(rcptTo),
      receive: (m) => withSystemScope('a customer’s mail is threaded onto their case, whoever works it', () => this.caseMail.receive(m)),
    });
  }
}
