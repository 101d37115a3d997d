import { describe, expect, it } from 'vitest';
import { customizableOrderByOf } from '@rapport/web-core';
import { buildLeadFilter, DEFAULT_LEAD_SORT, LEAD_ORDER_FIELDS } from './lead-filter';

describe('buildLeadFilter', () => {
  it('is undefined when nothing narrows the list', () => {
    expect(buildLeadFilter({ search: ' ', statuses: [], sources: [] })).toBeUndefined();
  });

  it('searches names, company, email and phone, and maps column filters to typed filters', () => {
    expect(buildLeadFilter({ search: 'wu', statuses: ['NEW', 'WORKING'], sources: ['WEB'], ownerId: 'u1' })).toEqual({
      and: [
        {
          or: [
            { firstName: { contains: 'wu' } },
            { lastName: { contains: 'wu' } },
            { company: { contains: 'wu' } },
            { email: { contains: 'wu' } },
            { phone: { contains: 'wu' } },
          ],
        },
        { status: { in: ['NEW', 'WORKING'] } },
        { source: { in: ['WEB'] } },
        { ownerId: { eq: 'u1' } },
      ],
    });
  });

  it('sorts newest first by default, and a custom field column by its key', () => {
    expect(customizableOrderByOf(DEFAULT_LEAD_SORT, LEAD_ORDER_FIELDS)).toEqual([{ field: 'CREATED_AT', direction: 'DESC' }]);
    expect(customizableOrderByOf({ column: 'cf:budget', descending: true }, LEAD_ORDER_FIELDS)).toEqual([{ customField: 'budget', direction: 'DESC' }]);
  });
});
