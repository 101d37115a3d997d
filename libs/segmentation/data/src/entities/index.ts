import { ClvModelRunEntity, CustomerMetricsEntity, LifecycleChangeEntity } from './metrics.entity';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { SegmentEntity, SegmentMembershipEntity, SegmentRefreshEntity } from './segment.entity';

export * from './metrics.entity';
export * from './order.entity';
export * from './segment.entity';

export const SEGMENTATION_ENTITIES = [OrderEntity, OrderLineEntity, SegmentEntity, SegmentMembershipEntity, SegmentRefreshEntity, CustomerMetricsEntity, LifecycleChangeEntity, ClvModelRunEntity];
