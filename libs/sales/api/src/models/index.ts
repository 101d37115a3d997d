export * from './enums';
export * from './common';
export * from './account.model';
export * from './contact.model';
export * from './lead.model';
export * from './opportunity.model';
export * from './activity.model';
