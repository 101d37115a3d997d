import { ClvModelRunEntity, CustomerMetricsEntity, LifecycleChangeEntity } from './metrics.entity';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { OrderImportEntity } from './order-import.entity';
import { SegmentEntity, SegmentMembershipEntity, SegmentRefreshEntity } from './segment.entity';
import { SegmentStrategyEntity, StrategyAssignmentEntity } from './strategy.entity';

export * from './metrics.entity';
export * from './order.entity';
export * from './order-import.entity';
export * from './segment.entity';
export * from './strategy.entity';

export const SEGMENTATION_ENTITIES = [OrderEntity, OrderLineEntity, SegmentEntity, SegmentMembershipEntity, SegmentRefreshEntity, CustomerMetricsEntity, LifecycleChangeEntity, ClvModelRunEntity, SegmentStrategyEntity, StrategyAssignmentEntity, OrderImportEntity];
