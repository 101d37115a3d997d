import { Injectable } from '@nestjs/common';
import { Actor } from '@rapport/shared-domain';

export interface SearchHitShape {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  /** 0..1, higher first; providers use similarity or prefix rank. */
  rank: number;
}

export type SearchProvider = (actor: Actor, query: string, first: number) => Promise<SearchHitShape[]>;

/**
 * Global search across domains: each domain registers a provider that searches what the actor
 * can see (through its scoped repositories); the search query merges and ranks the hits.
 */
@Injectable()
export class SearchRegistry {
  private readonly providers = new Map<string, SearchProvider>();

  register(name: string, provider: SearchProvider): void {
    this.providers.set(name, provider);
  }

  async search(actor: Actor, query: string, first: number): Promise<SearchHitShape[]> {
    const q = query.trim();
    if (!q) return [];
    const results = await Promise.all([...this.providers.values()].map((p) => p(actor, q, first)));
    return results
      .flat()
      .sort((a, b) => b.rank - a.rank)
      .slice(0, first);
  }
}
