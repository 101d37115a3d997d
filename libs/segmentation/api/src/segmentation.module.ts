import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { ContactSets, SegmentConditions } from '@rapport/shared-api';
import { MetricsRepository, OrderRepository, SEGMENTATION_CONDITIONS, SegmentRepository, StrategyRepository } from '@rapport/segmentation-data';
import { OrderImportsController, OrdersController } from './rest/orders.controller';
import { OrderImportService } from './services/order-import.service';
import { OrderImportResolver } from './resolvers/order-import.resolver';
import { SegmentResolver } from './resolvers/segment.resolver';
import { OrdersService } from './services/orders.service';
import { CustomerMetricsService } from './services/customer-metrics.service';
import { StrategiesService } from './services/strategies.service';
import { StrategyResolver } from './resolvers/strategy.resolver';
import { AccountValueResolver, CustomerValueResolver, ContactMetricsResolver } from './resolvers/customer-value.resolver';
import { SegmentsService } from './services/segments.service';

export const SEGMENTATION_RESOLVERS = [SegmentResolver, CustomerValueResolver, ContactMetricsResolver, AccountValueResolver, StrategyResolver, OrderImportResolver];

/** Orders, segments and customer value (issue 17, docs/adr/0020). */
@Module({
  imports: [AuthModule],
  controllers: [OrdersController, OrderImportsController],
  providers: [OrderRepository, SegmentRepository, MetricsRepository, StrategyRepository, OrdersService, SegmentsService, CustomerMetricsService, StrategiesService, OrderImportService, ...SEGMENTATION_RESOLVERS],
  exports: [SegmentsService, OrdersService, CustomerMetricsService, OrderImportService],
})
export class SegmentationModule implements OnModuleInit {
  constructor(
    private readonly segmentConditions: SegmentConditions,
    private readonly contactSets: ContactSets,
    private readonly segments: SegmentsService,
  ) {}

  onModuleInit() {
    this.segmentConditions.register(...SEGMENTATION_CONDITIONS);
    // Segments as filters of the sales lists (contacts, accounts).
    this.contactSets.register('segment', (actor, id, contactId) => this.segments.membersFilter(actor, id, contactId));
  }
}
