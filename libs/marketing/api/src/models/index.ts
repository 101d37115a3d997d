export * from './campaign.model';
export * from './member.model';
export * from './call.model';
