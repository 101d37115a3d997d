import { Injectable } from '@nestjs/common';
import type { Actor } from '@rapport/shared-domain';

type Row = Record<string, unknown>;

/** A page of a list service: the same scoped list the app reads, so an export never holds a row its caller can't see. */
export type ExportLister = (
  actor: Actor,
  args: { first: number; after: string | null; filter: never; inSegment?: string },
) => Promise<{ edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;

/**
 * The lists `/api/v1/export/<name>.csv` can write: each domain registers its record types (their
 * columns from the definitions' `exportKeys`) when its module starts, as search providers do.
 */
@Injectable()
export class ExportRegistry {
  private readonly exports = new Map<string, { columns: string[]; list: ExportLister; segments: boolean }>();

  /** `segments`: the list takes `inSegment` (a segment's current members), as its GraphQL query does. */
  register(name: string, columns: string[], list: ExportLister, options: { segments?: boolean } = {}): void {
    this.exports.set(name, { columns, list, segments: options.segments ?? false });
  }

  get(name: string): { columns: string[]; list: ExportLister; segments: boolean } | undefined {
    return this.exports.get(name);
  }

  names(): string[] {
    return [...this.exports.keys()];
  }
}
