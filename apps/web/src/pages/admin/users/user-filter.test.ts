import { describe, expect, it } from 'vitest';
import { buildUserFilter, buildUserOrder } from './user-filter';

describe('buildUserFilter', () => {
  it('is undefined when nothing narrows the list', () => {
    expect(buildUserFilter({ search: '   ' })).toBeUndefined();
  });

  it('searches name or email with the trimmed text', () => {
    expect(buildUserFilter({ search: ' ann ' })).toEqual({
      or: [{ name: { contains: 'ann' } }, { email: { contains: 'ann' } }],
    });
  });

  it('combines search and role with and', () => {
    expect(buildUserFilter({ search: 'ann', role: 'ADMIN' })).toEqual({
      and: [{ or: [{ name: { contains: 'ann' } }, { email: { contains: 'ann' } }] }, { role: { eq: 'ADMIN' } }],
    });
  });
});

describe('buildUserOrder', () => {
  it('maps table columns to API order fields', () => {
    expect(buildUserOrder({ column: 'createdAt', descending: true })).toEqual([
      { field: 'CREATED_AT', direction: 'DESC' },
    ]);
  });
});
