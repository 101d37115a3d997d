export * from './revenue.repository';
export * from './quote.repository';
export * from './catalog.repository';
export * from './forecast.repository';
export * from './commitment.repository';
