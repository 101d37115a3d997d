import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Facts about what some leads' people did, by lead id (e.g. `{ pageViews: 12, productLines: 'pumps' }`). */
export type EngagementFactSource = (manager: EntityManager, leadIds: readonly string[]) => Promise<Map<string, Record<string, string | number | null>>>;

/**
 * Engagement that other domains know about and lead scoring reads (issue 16: page views and the
 * product lines they show interest in, events registered for and attended). Leads never import
 * those domains (docs/adr/0004): each registers a source here, and scoring loads every source for
 * a batch of leads in the scoring transaction — one query per source per batch.
 */
@Injectable()
export class EngagementFacts {
  private readonly sources: EngagementFactSource[] = [];

  register(source: EngagementFactSource): void {
    this.sources.push(source);
  }

  async load(manager: EntityManager, leadIds: readonly string[]): Promise<Map<string, Record<string, string | number | null>>> {
    const out = new Map<string, Record<string, string | number | null>>();
    if (leadIds.length === 0) return out;
    for (const source of this.sources) {
      for (const [id, facts] of await source(manager, leadIds)) out.set(id, { ...(out.get(id) ?? {}), ...facts });
    }
    return out;
  }
}
