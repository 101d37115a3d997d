import { AUTH_RESOLVERS } from '@rapport/shared-auth';
import { SALES_RESOLVERS } from '@rapport/sales-api';
import { LEADS_RESOLVERS } from '@rapport/leads-api';
import { REVENUE_RESOLVERS } from '@rapport/revenue-api';
import { MARKETING_RESOLVERS, VISITOR_RESOLVERS } from '@rapport/marketing-api';
import { EVENTS_RESOLVERS } from '@rapport/events-api';
import { SEGMENTATION_RESOLVERS } from '@rapport/segmentation-api';
import { SERVICE_RESOLVERS } from '@rapport/service-api';

/** Every resolver of the API, for printing `schema.gql` without a database. Add each domain's here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ALL_RESOLVERS: Function[] = [...AUTH_RESOLVERS, ...SALES_RESOLVERS, ...LEADS_RESOLVERS, ...REVENUE_RESOLVERS, ...MARKETING_RESOLVERS, ...VISITOR_RESOLVERS, ...EVENTS_RESOLVERS, ...SEGMENTATION_RESOLVERS, ...SERVICE_RESOLVERS];
