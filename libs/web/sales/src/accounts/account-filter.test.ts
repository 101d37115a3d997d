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
});
