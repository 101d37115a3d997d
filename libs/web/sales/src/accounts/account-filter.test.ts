import { describe, expect, it } from 'vitest';
import { buildAccountFilter } from './account-filter';

describe('buildAccountFilter', () => {
  it('searches name, industry and territory and filters tiers by their stored values', () => {
    expect(buildAccountFilter({ search: 'acme', tiers: ['KEY', 'STRATEGIC'] })).toEqual({
      and: [
        { or: [{ name: { contains: 'acme' } }, { industry: { contains: 'acme' } }, { territory: { contains: 'acme' } }] },
        { tier: { in: ['key', 'strategic'] } },
      ],
    });
  });

  it('finds accounts by the industry or territory label the reader sees, as stored values', () => {
    expect(buildAccountFilter({ search: '制造', labelled: { industry: ['Manufacturing'], territory: [] } })).toEqual({
      or: [{ name: { contains: '制造' } }, { industry: { contains: '制造' } }, { territory: { contains: '制造' } }, { industry: { in: ['Manufacturing'] } }],
    });
    // No search: the labels change nothing.
    expect(buildAccountFilter({ search: ' ', labelled: { industry: ['Manufacturing'], territory: ['East China'] } })).toBeUndefined();
  });
});
