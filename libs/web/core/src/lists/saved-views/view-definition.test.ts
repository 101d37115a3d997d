import { describe, expect, it } from 'vitest';
import { builderToFilter, type FilterFieldDef, type FilterGroup } from '../filter-builder/filter-model';
import { parseViewDefinition, viewDefinition } from './view-definition';

const FIELDS: FilterFieldDef[] = [{ id: 'name', label: 'Name', kind: 'text' }];
const builder: FilterGroup = {
  type: 'group',
  id: 'g1',
  match: 'and',
  items: [{ type: 'condition', id: 'c1', field: 'name', op: 'contains', value: 'acme' }],
};

describe('saved view definitions', () => {
  it('stores the API filter, order and columns next to what the editor needs, and reads them back', () => {
    const state = { builder, columns: { order: ['tier', 'name'], hidden: ['owner'] }, sort: { column: 'name', descending: true } };
    const orderBy = [{ field: 'NAME', direction: 'DESC' }];
    const stored = JSON.parse(JSON.stringify(viewDefinition(state, builderToFilter(builder, FIELDS), orderBy)));
    expect(stored).toMatchObject({ filter: { name: { contains: 'acme' } }, orderBy, columns: ['tier', 'name'], hiddenColumns: ['owner'] });

    const restored = parseViewDefinition(stored, ['name', 'createdAt']);
    expect(restored.columns).toEqual(state.columns);
    expect(restored.sort).toEqual(state.sort);
    expect(builderToFilter(restored.builder, FIELDS)).toEqual({ name: { contains: 'acme' } });
  });

  it('ignores a sort the list cannot do and tolerates views from other clients', () => {
    const restored = parseViewDefinition({ filter: { tier: { eq: 'key' } }, columns: ['name'], sort: { column: 'revenue' } }, ['name']);
    expect(restored.sort).toBeUndefined();
    expect(restored.columns).toEqual({ order: ['name'], hidden: [] });
    expect(restored.builder.items).toEqual([]);
    expect(parseViewDefinition(null, []).builder.items).toEqual([]);
  });

  it('keeps a sort by a custom field column', () => {
    expect(parseViewDefinition({ sort: { column: 'cf:seats', descending: true } }, ['name']).sort).toEqual({ column: 'cf:seats', descending: true });
  });
});
