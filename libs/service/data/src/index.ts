export * from './entities';
export * from './migrations';
export * from './repositories/entitlement.repository';
export * from './repositories/case.repository';
export * from './repositories/case-facts.sql';
export * from './repositories/case-attachment.repository';
export * from './repositories/work-order.repository';
export * from './repositories/service-report.repository';
