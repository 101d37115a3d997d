export * from './entities';
export * from './migrations';
export * from './repositories';
export * from './handover.repository';
export * from './merge.repository';
export * from './segment-conditions';
