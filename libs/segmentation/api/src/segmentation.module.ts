import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { SegmentConditions } from '@rapport/shared-api';
import { MetricsRepository, OrderRepository, SEGMENTATION_CONDITIONS, SegmentRepository, StrategyRepository } from '@rapport/segmentation-data';
import { OrdersController } from './rest/orders.controller';
import { SegmentResolver } from './resolvers/segment.resolver';
import { OrdersService } from './services/orders.service';
import { CustomerMetricsService } from './services/customer-metrics.service';
import { StrategiesService } from './services/strategies.service';
import { StrategyResolver } from './resolvers/strategy.resolver';
import { CustomerValueResolver, ContactMetricsResolver } from './resolvers/customer-value.resolver';
import { SegmentsService } from './services/segments.service';

export const SEGMENTATION_RESOLVERS = [SegmentResolver, CustomerValueResolver, ContactMetricsResolver, StrategyResolver];

/** Orders, segments and customer value (issue 17, docs/adr/0020). */
@Module({
  imports: [AuthModule],
  controllers: [OrdersController],
  providers: [OrderRepository, SegmentRepository, MetricsRepository, StrategyRepository, OrdersService, SegmentsService, CustomerMetricsService, StrategiesService, ...SEGMENTATION_RESOLVERS],
  exports: [SegmentsService, OrdersService, CustomerMetricsService],
})
export class SegmentationModule implements OnModuleInit {
  constructor(private readonly segmentConditions: SegmentConditions) {}

  onModuleInit() {
    this.segmentConditions.register(...SEGMENTATION_CONDITIONS);
  }
}
