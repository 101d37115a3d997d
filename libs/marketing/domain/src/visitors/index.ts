export * from './bot-user-agent';
export * from './page-view-batch';
export * from './interest-pattern';
export * from './page-view-partitions';
export * from './visitor-identity-token';
