import { describe, expect, it } from 'vitest';
import { groupHits, hitPath, hitValue, parseHitValue, searchable, type SearchHit } from './search-results';

const hit = (type: string, id: string, title = id): SearchHit => ({
  __typename: 'SearchHit',
  type,
  id,
  title,
  subtitle: null,
});

describe('global search results', () => {
  it('searches from two characters, or from one Chinese character (a surname)', () => {
    expect(searchable('王')).toBe(true);
    expect(searchable(' 陳 ')).toBe(true);
    expect(searchable('w')).toBe(false);
    expect(searchable('')).toBe(false);
    expect(searchable('wa')).toBe(true);
  });

  it('groups by type case-insensitively and keeps the server order', () => {
    const groups = groupHits([hit('User', 'u1'), hit('Team', 't1'), hit('USER', 'u2')]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ['user', ['u1', 'u2']],
      ['team', ['t1']],
    ]);
  });

  it('links users, teams, sales records, campaigns and cases, and nothing else', () => {
    expect(hitPath({ type: 'User', id: 'a/b' })).toBe('/users/a%2Fb');
    expect(hitPath({ type: 'team', id: 't1' })).toBe('/teams/t1');
    expect(hitPath({ type: 'account', id: 'a1' })).toBe('/sales/accounts/a1');
    expect(hitPath({ type: 'contact', id: 'c1' })).toBe('/sales/contacts/c1');
    expect(hitPath({ type: 'lead', id: 'l1' })).toBe('/leads/l1');
    expect(hitPath({ type: 'Opportunity', id: 'o1' })).toBe('/sales/opportunities/o1');
    expect(hitPath({ type: 'campaign', id: 'cp1' })).toBe('/marketing/campaigns/cp1');
    expect(hitPath({ type: 'case', id: 'k1' })).toBe('/service/cases/k1');
    expect(hitPath({ type: 'quote', id: 'q1' })).toBeUndefined();
  });

  it('round-trips option values even when ids contain colons', () => {
    expect(parseHitValue(hitValue({ type: 'User', id: 'x:y' }))).toEqual({ type: 'user', id: 'x:y' });
    expect(parseHitValue('garbage')).toBeUndefined();
  });
});
