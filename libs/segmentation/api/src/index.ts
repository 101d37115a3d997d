export * from './segmentation.module';
export { SegmentsService } from './services/segments.service';
export { OrdersService } from './services/orders.service';
