import { describe, expect, it } from 'vitest';
import { groupHits, hitPath, hitValue, parseHitValue, type SearchHit } from './search-results';

const hit = (type: string, id: string, title = id): SearchHit => ({
  __typename: 'SearchHit',
  type,
  id,
  title,
  subtitle: null,
});

describe('global search results', () => {
  it('groups by type case-insensitively and keeps the server order', () => {
    const groups = groupHits([hit('User', 'u1'), hit('Team', 't1'), hit('USER', 'u2')]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ['user', ['u1', 'u2']],
      ['team', ['t1']],
    ]);
  });

  it('links users and teams, and nothing else yet', () => {
    expect(hitPath({ type: 'User', id: 'a/b' })).toBe('/users/a%2Fb');
    expect(hitPath({ type: 'team', id: 't1' })).toBe('/teams/t1');
    expect(hitPath({ type: 'Opportunity', id: 'o1' })).toBeUndefined();
  });

  it('round-trips option values even when ids contain colons', () => {
    expect(parseHitValue(hitValue({ type: 'User', id: 'x:y' }))).toEqual({ type: 'user', id: 'x:y' });
    expect(parseHitValue('garbage')).toBeUndefined();
  });
});
