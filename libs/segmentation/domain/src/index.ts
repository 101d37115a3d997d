export * from './rules/segment-rule';
export * from './enums';
export * from './orders/order-input';
