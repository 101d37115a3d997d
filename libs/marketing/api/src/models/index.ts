export * from './campaign.model';
export * from './member.model';
export * from './call.model';
export * from './report.model';
export * from './consent.model';
export * from './email-template.model';
export * from './mailing.model';
export * from './nurture.model';
