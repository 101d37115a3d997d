import { EntityManager } from 'typeorm';
import type { PicklistName } from '@rapport/shared-domain';

/** A configured value and its names: the stored value, then zh-CN and zh-TW, then English when the value is not already it. */
export type SeedValue = readonly [value: string, zhCN: string, zhTW: string, en?: string];

/**
 * Fills a picklist with translated values (docs/adr/0018-picklists.md): values the list has (the
 * migration's default industries) get these names and keep their place; new ones follow, in order.
 */
export async function seedPicklist(m: EntityManager, list: PicklistName, values: readonly SeedValue[]): Promise<void> {
  await m.query(
    `INSERT INTO picklist_value (list, value, names, position)
     SELECT $1, v, n, (SELECT coalesce(max(position), 0) FROM picklist_value WHERE list = $1) + p FROM unnest($2::text[], $3::jsonb[], $4::int[]) AS t(v, n, p)
     ON CONFLICT (list, value) DO UPDATE SET names = EXCLUDED.names`,
    [
      list,
      values.map((v) => v[0]),
      values.map(([, zhCN, zhTW, en]) => JSON.stringify({ ...(en ? { en } : {}), 'zh-CN': zhCN, 'zh-TW': zhTW })),
      values.map((_, i) => (i + 1) * 10),
    ],
  );
}
