export * from './pricing';
export * from './approval';
export * from './conflicts';
export * from './forecast';
export * from './quote-actions';
export * from './commitment-actions';
