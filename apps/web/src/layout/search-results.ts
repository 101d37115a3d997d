import type { SearchQuery } from '@rapport/web-data-access';
import { recordPath } from '@rapport/web-core';
import { hasCjk } from '@rapport/web-ui';

export type SearchHit = SearchQuery['search'][number];

export interface SearchGroup {
  /** Normalised hit type (`user`, `team`, …). */
  type: string;
  hits: SearchHit[];
}

/**
 * Whether a typed query is worth a search: two characters, or one Chinese (Japanese) character — a
 * surname such as 王 is a whole name part, and the API answers one character as a name prefix. A
 * single Latin letter matches too much to help.
 */
export function searchable(query: string): boolean {
  const chars = [...query.trim()];
  return chars.length >= 2 || (chars.length === 1 && hasCjk(chars[0]!));
}

/** Hit types come from whichever modules are installed; compare them case-insensitively. */
export function normaliseType(type: string): string {
  return type.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Groups hits by type, keeping the server's relevance order inside and between groups. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const type = normaliseType(hit.type);
    const list = groups.get(type) ?? [];
    list.push(hit);
    groups.set(type, list);
  }
  return [...groups].map(([type, list]) => ({ type, hits: list }));
}

/** Where choosing a hit takes the person; undefined for types this app has no page for yet. */
export function hitPath(hit: Pick<SearchHit, 'type' | 'id'>): string | undefined {
  switch (normaliseType(hit.type)) {
    case 'user':
      return `/users/${encodeURIComponent(hit.id)}`;
    case 'team':
      return `/teams/${encodeURIComponent(hit.id)}`;
    default:
      // Sales records: account, contact, lead, opportunity (the API sends them lower case).
      return recordPath(normaliseType(hit.type), hit.id);
  }
}

/** AutoComplete values must be unique strings; type + id is. */
export function hitValue(hit: Pick<SearchHit, 'type' | 'id'>): string {
  return `${normaliseType(hit.type)}:${hit.id}`;
}

export function parseHitValue(value: string): { type: string; id: string } | undefined {
  const at = value.indexOf(':');
  if (at <= 0) return undefined;
  return { type: value.slice(0, at), id: value.slice(at + 1) };
}
