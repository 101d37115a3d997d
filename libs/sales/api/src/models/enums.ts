import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum, orderFieldEnum } from '@rapport/shared-api';
import { ACCOUNT, AccountTier, ACTIVITY, CONTACT, OPPORTUNITY, ActivityType, ForecastCategory, LeadSource, LeadStatus, PreferredChannel } from '@rapport/sales-domain';

// API enums: SCREAMING_CASE names over the stored lower-case values, registered once (graphqlEnum).
export const LeadSourceEnum = graphqlEnum('LeadSource', Object.values(LeadSource)) as Record<string, LeadSource>;
export const LeadStatusEnum = graphqlEnum('LeadStatus', Object.values(LeadStatus)) as Record<string, LeadStatus>;
export const ForecastCategoryEnum = graphqlEnum('ForecastCategory', Object.values(ForecastCategory)) as Record<string, ForecastCategory>;
export const ActivityTypeEnum = graphqlEnum('ActivityType', Object.values(ActivityType)) as Record<string, ActivityType>;
export const PreferredChannelEnum = graphqlEnum('PreferredChannel', Object.values(PreferredChannel)) as Record<string, PreferredChannel>;
export const AccountTierEnum = graphqlEnum('AccountTier', Object.values(AccountTier)) as Record<string, AccountTier>;

export const AccountOrderField = orderFieldEnum(ACCOUNT);
export const ContactOrderField = orderFieldEnum(CONTACT);
export const LeadOrderField = { CREATED_AT: 'createdAt', LAST_NAME: 'lastName', COMPANY: 'company', SCORE: 'score', UPDATED_AT: 'updatedAt' } as const;
registerEnumType(LeadOrderField, { name: 'LeadOrderField' });
export const OpportunityOrderField = orderFieldEnum(OPPORTUNITY);
export const ActivityOrderField = orderFieldEnum(ACTIVITY);
