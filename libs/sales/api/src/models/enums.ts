import { graphqlEnum, orderFieldEnum } from '@rapport/shared-api';
import { ACCOUNT, AccountTier, ACTIVITY, CONTACT, LEAD, OPPORTUNITY, ActivityType, ForecastCategory, PreferredChannel } from '@rapport/sales-domain';

// API enums: SCREAMING_CASE names over the stored lower-case values, registered once (graphqlEnum).
export const ForecastCategoryEnum = graphqlEnum('ForecastCategory', Object.values(ForecastCategory)) as Record<string, ForecastCategory>;
export const ActivityTypeEnum = graphqlEnum('ActivityType', Object.values(ActivityType)) as Record<string, ActivityType>;
export const PreferredChannelEnum = graphqlEnum('PreferredChannel', Object.values(PreferredChannel)) as Record<string, PreferredChannel>;
export const AccountTierEnum = graphqlEnum('AccountTier', Object.values(AccountTier)) as Record<string, AccountTier>;

export const AccountOrderField = orderFieldEnum(ACCOUNT);
export const ContactOrderField = orderFieldEnum(CONTACT);
export const LeadOrderField = orderFieldEnum(LEAD);
export const OpportunityOrderField = orderFieldEnum(OPPORTUNITY);
export const ActivityOrderField = orderFieldEnum(ACTIVITY);
