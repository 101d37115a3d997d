import { DataSource } from 'typeorm';
import { createDataSource } from '@rapport/shared-database';
import { SALES_ENTITIES, SALES_MIGRATIONS } from '@rapport/sales-data';
import { SALES_RECORDS } from '@rapport/sales-domain';
import type { RecordDefinition } from '@rapport/shared-domain';
import { LEADS_ENTITIES, LEADS_MIGRATIONS } from '@rapport/leads-data';
import { REVENUE_ENTITIES, REVENUE_MIGRATIONS } from '@rapport/revenue-data';
import { MARKETING_ENTITIES, MARKETING_MIGRATIONS } from '@rapport/marketing-data';
import { MARKETING_RECORDS } from '@rapport/marketing-domain';
import { EVENTS_ENTITIES, EVENTS_MIGRATIONS } from '@rapport/events-data';
import { EVENTS_RECORDS } from '@rapport/events-domain';
import { SEGMENTATION_ENTITIES, SEGMENTATION_MIGRATIONS } from '@rapport/segmentation-data';
import { SERVICE_ENTITIES, SERVICE_MIGRATIONS } from '@rapport/service-data';
import { SERVICE_RECORDS } from '@rapport/service-domain';

/**
 * The composition point of the data model: every domain's entities and migrations, in one list
 * that the API, the worker, the migration tool and the tests share. Add a domain's
 * `<DOMAIN>_ENTITIES` and `<DOMAIN>_MIGRATIONS` here when its data lib lands.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const DOMAIN_ENTITIES: Function[] = [...SALES_ENTITIES, ...LEADS_ENTITIES, ...REVENUE_ENTITIES, ...MARKETING_ENTITIES, ...EVENTS_ENTITIES, ...SEGMENTATION_ENTITIES, ...SERVICE_ENTITIES];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const DOMAIN_MIGRATIONS: Function[] = [...SALES_MIGRATIONS, ...LEADS_MIGRATIONS, ...REVENUE_MIGRATIONS, ...MARKETING_MIGRATIONS, ...EVENTS_MIGRATIONS, ...SEGMENTATION_MIGRATIONS, ...SERVICE_MIGRATIONS];

/** Every record type in definition form (docs/adr/0011): the web catalogue is generated from these. */
export const DOMAIN_RECORDS: readonly RecordDefinition[] = [...SALES_RECORDS, ...MARKETING_RECORDS, ...EVENTS_RECORDS, ...SERVICE_RECORDS];

export function createAppDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return createDataSource(url, { entities: DOMAIN_ENTITIES, migrations: DOMAIN_MIGRATIONS, ...options });
}
