import type { LeadFilter } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { allOf, oneOf, searchAny } from './list-filters';

describe('list filter helpers', () => {
  it('searches any field with the trimmed text, or not at all', () => {
    expect(searchAny<LeadFilter, 'lastName' | 'email'>(['lastName', 'email'], ' wu ')).toEqual({
      or: [{ lastName: { contains: 'wu' } }, { email: { contains: 'wu' } }],
    });
    expect(searchAny<LeadFilter, 'lastName'>(['lastName'], '   ')).toBeUndefined();
  });

  it('combines parts with and, skipping empty ones', () => {
    expect(allOf<LeadFilter>([undefined, null])).toBeUndefined();
    expect(allOf<LeadFilter>([{ status: { in: ['NEW'] } }, undefined])).toEqual({ status: { in: ['NEW'] } });
    expect(allOf<LeadFilter>([{ status: { in: ['NEW'] } }, { ownerId: { eq: 'u1' } }])).toEqual({
      and: [{ status: { in: ['NEW'] } }, { ownerId: { eq: 'u1' } }],
    });
  });

  it('turns a multi-select into an in-filter', () => {
    expect(oneOf(['CALL', 'TASK'])).toEqual({ in: ['CALL', 'TASK'] });
    expect(oneOf([])).toBeUndefined();
    expect(oneOf(null)).toBeUndefined();
  });
});
