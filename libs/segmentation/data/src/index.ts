export * from './entities';
export * from './migrations';
export * from './rules/rule-compiler';
export * from './rules/conditions';
export * from './repositories/segment.repository';
export * from './repositories/order.repository';
export * from './repositories/metrics.repository';
export * from './repositories/strategy.repository';
