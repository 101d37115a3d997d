import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '@rapport/shared-auth';
import { SegmentConditions } from '@rapport/shared-api';
import { OrderRepository, SEGMENTATION_CONDITIONS, SegmentRepository } from '@rapport/segmentation-data';
import { OrdersController } from './rest/orders.controller';
import { SegmentResolver } from './resolvers/segment.resolver';
import { OrdersService } from './services/orders.service';
import { SegmentsService } from './services/segments.service';

export const SEGMENTATION_RESOLVERS = [SegmentResolver];

/** Orders, segments and customer value (issue 17, docs/adr/0020). */
@Module({
  imports: [AuthModule],
  controllers: [OrdersController],
  providers: [OrderRepository, SegmentRepository, OrdersService, SegmentsService, ...SEGMENTATION_RESOLVERS],
  exports: [SegmentsService, OrdersService],
})
export class SegmentationModule implements OnModuleInit {
  constructor(private readonly segmentConditions: SegmentConditions) {}

  onModuleInit() {
    this.segmentConditions.register(...SEGMENTATION_CONDITIONS);
  }
}
