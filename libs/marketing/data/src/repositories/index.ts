export * from './campaign.repository';
