import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * `limit` and `cursor`, the page parameters of every REST list (the GraphQL list's `first` and
 * `after`), declared once; a list's query class extends this with its own filters.
 */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  cursor?: string;
}

/** The list arguments a REST page asks for: 20 rows unless it says otherwise. */
export function pageArgs(query: PageQuery): { first: number; after: string | undefined } {
  return { first: query.limit ?? 20, after: query.cursor };
}

interface ConnectionPage<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly totalCount: Promise<number>;
}

/** A list's page as REST answers it: the rows as DTOs, the cursor of the next page (null on the last) and the total. */
export async function restPage<T, D>(page: ConnectionPage<T>, toDto: (node: T) => D): Promise<{ items: D[]; nextCursor: string | null; totalCount: number }> {
  return { items: page.edges.map((e) => toDto(e.node)), nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null, totalCount: await page.totalCount };
}

/** A field as REST carries it: a date as ISO 8601 text (null stays null), anything else as stored. */
type RestValue<V> = [V] extends [Date] ? string : [V] extends [Date | null] ? string | null : V;

/** The listed fields of a row as a REST answer carries them, in that order; dates become ISO 8601 text. */
export function restFields<E extends object, K extends keyof E>(row: E, keys: readonly K[]): { [P in K]: RestValue<E[P]> } {
  return Object.fromEntries(
    keys.map((key) => {
      const value = row[key];
      return [key, value instanceof Date ? value.toISOString() : value];
    }),
  ) as { [P in K]: RestValue<E[P]> };
}
