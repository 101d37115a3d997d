export * from './campaign.repository';
export * from './attribution.repository';
