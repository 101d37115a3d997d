import { describe, expect, it } from 'vitest';
import { buildActivityFilter } from './activity-filter';

describe('buildActivityFilter', () => {
  it('maps done/type column filters and keeps the related-list scope', () => {
    expect(buildActivityFilter({ search: '', types: ['CALL'], done: ['open'], scope: { accountId: { eq: 'a1' } } })).toEqual({
      and: [{ accountId: { eq: 'a1' } }, { type: { in: ['CALL'] } }, { done: { eq: false } }],
    });
  });

  it('treats open and done together as no done filter', () => {
    expect(buildActivityFilter({ search: 'demo', done: ['open', 'done'] })).toEqual({ or: [{ subject: { contains: 'demo' } }] });
  });
});
