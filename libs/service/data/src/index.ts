export * from './entities';
export * from './migrations';
export * from './repositories/entitlement.repository';
export * from './repositories/case.repository';
export * from './repositories/case-facts.sql';
