import { diffFields } from './writers';

describe('diffFields', () => {
  it('lists only the fields that changed, with dates as ISO strings', () => {
    const before = { name: 'A', role: 'sales_rep', at: new Date('2026-01-01T00:00:00Z'), tags: ['x'] };
    const after = { name: 'B', role: 'sales_rep', at: new Date('2026-02-01T00:00:00Z'), tags: ['x'] };
    expect(diffFields(before, after, ['name', 'role', 'at', 'tags'])).toEqual([
      { field: 'name', from: 'A', to: 'B' },
      { field: 'at', from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
    ]);
  });

  it('treats a creation as changes from null', () => {
    expect(diffFields(null, { name: 'A', team: undefined }, ['name', 'team'])).toEqual([{ field: 'name', from: null, to: 'A' }]);
  });
});
