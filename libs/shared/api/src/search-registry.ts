import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchArm, searchAcrossArms, SearchRow } from '@rapport/shared-database';
import { Actor } from '@rapport/shared-domain';

export type { SearchArm };

/** A hit as the `search` query answers it. */
export type SearchHitShape = SearchRow;

export type SearchProvider = (actor: Actor, query: string, first: number) => SearchArm[];

/**
 * Global search across domains: each domain registers a provider that builds the queries over
 * what the actor can see (through its scoped repositories); the registry runs them all as one
 * statement (UNION ALL, best rank first). One round trip instead of one per kind of record: a
 * search touched eight tables in eight statements, and on this machine each statement's trip
 * cost more of the API's time than its SQL (docs/performance.md, issue 20).
 */
@Injectable()
export class SearchRegistry {
  private readonly providers = new Map<string, SearchProvider>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  register(name: string, provider: SearchProvider): void {
    this.providers.set(name, provider);
  }

  async search(actor: Actor, query: string, first: number): Promise<SearchHitShape[]> {
    const q = query.trim();
    if (!q) return [];
    return searchAcrossArms(this.ds.manager, [...this.providers.values()].flatMap((p) => p(actor, q, first)), first);
  }
}

