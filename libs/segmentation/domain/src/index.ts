export * from './rules/segment-rule';
export * from './enums';
export * from './orders/order-input';
export * from './lifecycle';
export * from './value';
export * from './metrics-run';
export * from './strategy/lift';
export * from './orders/order-import';
