import { registerEnumType } from '@nestjs/graphql';
import { AccountTier, ActivityType, ForecastCategory, LeadSource, LeadStatus, PreferredChannel } from '@rapport/sales-domain';

/** API enums: SCREAMING_CASE names over the stored lower-case values. */
const upper = <T extends Record<string, string>>(e: T) =>
  Object.fromEntries(Object.values(e).map((v) => [v.toUpperCase(), v])) as Record<string, T[keyof T]>;

export const LeadSourceEnum = upper(LeadSource);
registerEnumType(LeadSourceEnum, { name: 'LeadSource' });
export const LeadStatusEnum = upper(LeadStatus);
registerEnumType(LeadStatusEnum, { name: 'LeadStatus' });
export const ForecastCategoryEnum = upper(ForecastCategory);
registerEnumType(ForecastCategoryEnum, { name: 'ForecastCategory' });
export const ActivityTypeEnum = upper(ActivityType);
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });
export const PreferredChannelEnum = upper(PreferredChannel);
registerEnumType(PreferredChannelEnum, { name: 'PreferredChannel' });
export const AccountTierEnum = upper(AccountTier);
registerEnumType(AccountTierEnum, { name: 'AccountTier' });

export const AccountOrderField = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
registerEnumType(AccountOrderField, { name: 'AccountOrderField' });
export const ContactOrderField = { LAST_NAME: 'lastName', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
registerEnumType(ContactOrderField, { name: 'ContactOrderField' });
export const LeadOrderField = { CREATED_AT: 'createdAt', LAST_NAME: 'lastName', COMPANY: 'company', SCORE: 'score', UPDATED_AT: 'updatedAt' } as const;
registerEnumType(LeadOrderField, { name: 'LeadOrderField' });
export const OpportunityOrderField = { CLOSE_DATE: 'closeDate', AMOUNT: 'amount', NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
registerEnumType(OpportunityOrderField, { name: 'OpportunityOrderField' });
export const ActivityOrderField = { OCCURRED_AT: 'occurredAt', DUE_AT: 'dueAt', CREATED_AT: 'createdAt' } as const;
registerEnumType(ActivityOrderField, { name: 'ActivityOrderField' });
