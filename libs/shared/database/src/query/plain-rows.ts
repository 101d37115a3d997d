import { Driver, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

/** Per entity and alias: the result column each selected property is read from. */
const COLUMNS = new WeakMap<EntityMetadata, Map<string, [string, ColumnMetadata][]>>();

function columnsOf(metadata: EntityMetadata, alias: string, selections: Set<string>, driver: Driver): [string, ColumnMetadata][] {
  const whole = selections.has(alias);
  const key = whole ? alias : `${alias}|${[...selections].sort().join(',')}`;
  let byAlias = COLUMNS.get(metadata);
  if (!byAlias) COLUMNS.set(metadata, (byAlias = new Map()));
  let columns = byAlias.get(key);
  if (!columns) {
    // The columns TypeORM's own transformer reads: not virtual, selected whole or one by one.
    columns = metadata.columns
      .filter((c) => !c.isVirtual && (whole || selections.has(`${alias}.${c.propertyPath}`)))
      .map((c) => [DriverUtils.buildAlias(driver, undefined, alias, c.databaseName), c]);
    byAlias.set(key, columns);
  }
  return columns;
}

/**
 * The rows of a query over one entity with no joins, as entities, plus the raw rows (extra selected
 * expressions, such as a page's count, are read from those). The same SQL and the same value
 * conversion per column as `getRawAndEntities` (the driver's `prepareHydratedValue`, transformers
 * included), without TypeORM's generic hydration: grouping rows by primary key, looking for joins
 * and relation ids, and broadcasting load events to every row. On a 50-row list page that
 * machinery cost more CPU than reading the rows. Undefined when the query needs it (joins, relation
 * ids, inheritance, `@AfterLoad` listeners or any subscriber, which may listen to loads): the caller
 * then asks TypeORM. (Relations given through `setFindOptions` are not looked for: nothing uses it.)
 */
export async function plainRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<{ entities: T[]; raw: Record<string, unknown>[] } | undefined> {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata || map.joinAttributes.length || map.relationIdAttributes.length || qb.connection.subscribers.length) return undefined;
  const metadata = main.metadata;
  if (metadata.discriminatorColumn || metadata.childEntityMetadatas.length || metadata.afterLoadListeners.length) return undefined;
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const driver = qb.connection.driver;
  const columns = columnsOf(metadata, main.name, new Set(map.selects.map((s) => s.selection)), driver);
  const entities = raw.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const [key, column] of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
  return { entities, raw };
}

/** The entities of a query: without TypeORM's hydration where `plainRows` can, through `getMany` where not. */
export async function readEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  return (await plainRows(qb))?.entities ?? qb.getMany();
}
