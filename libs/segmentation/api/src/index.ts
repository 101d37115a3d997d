export * from './segmentation.module';
export { SegmentsService } from './services/segments.service';
export { OrdersService } from './services/orders.service';
export { CustomerMetricsService } from './services/customer-metrics.service';
export { OrderImportService } from './services/order-import.service';
export { StrategiesService } from './services/strategies.service';
export { Order } from './models/customer-value.model';
