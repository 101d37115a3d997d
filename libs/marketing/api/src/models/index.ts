export * from './campaign.model';
export * from './member.model';
