import { DataSource, DataSourceOptions, EntityManager, EntitySchema, MixedList } from 'typeorm';
import { SHARED_ENTITIES } from './entities';
import { SHARED_MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = Function[];

/**
 * One definition of the connection for the API, the worker, tests and the migration tool.
 * Migrations are listed explicitly (not globbed) so compiled and TypeScript runs load the same set.
 * `synchronize` stays off: the schema changes only through committed migrations.
 */
export function dataSourceOptions(
  url: string,
  extra: { entities?: EntityList; migrations?: MigrationList; poolSize?: number; applicationName?: string } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...SHARED_ENTITIES, ...((extra.entities as unknown[]) ?? [])] as EntityList,
    migrations: [...SHARED_MIGRATIONS, ...(extra.migrations ?? [])],
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Waiting longer than this for a pooled connection is an error, not a hang: a pool exhausted by work
    // that needs a second connection inside a transaction then fails (an SMTP 451 the sender retries)
    // instead of stalling the whole process.
    extra: { max: extra.poolSize ?? 10, application_name: extra.applicationName ?? 'rapport', connectionTimeoutMillis: 30_000 },
  };
}

export function createDataSource(url: string, extra?: Parameters<typeof dataSourceOptions>[1]): DataSource {
  return new DataSource(dataSourceOptions(url, extra));
}

/** Runs `work` in the caller's transaction when one is given, else in a new one. */
export function inTransaction<T>(ds: DataSource, within: EntityManager | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return within ? work(within) : ds.transaction(work);
}
