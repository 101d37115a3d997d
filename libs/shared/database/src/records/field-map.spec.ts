import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { columnFieldMap, fieldMapOf, selectListOf } from './field-map';
import { columnOptions, columnSqlType, columnTypesOf } from './record-columns';

const THING = defineRecord({
  name: 'thing',
  graphqlName: 'Thing',
  table: 'thing',
  alias: 't',
  label: { one: 'objects.thing', many: 'nav.things' },
  customFields: false,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    name: { type: 'text', column: 'name', title: 'Name', label: 'fields.name', required: true, filter: true },
    size: { type: 'enum', column: 'size', enumName: 'ThingSize', enumValues: ['s', 'm'], title: 'Size', label: 'fields.size', filter: true },
    tier: { type: 'enum', column: 'tier', enumName: 'ThingTier', enumValues: ['a'], title: 'Tier', label: 'fields.tier', filter: true, filterAs: 'text' },
    due: { type: 'date', column: 'due_on', title: 'Due', label: 'fields.due', filter: true },
    price: { type: 'money', column: 'price', title: 'Price', label: 'fields.price', precision: 14 },
    isBig: { type: 'boolean', expression: "{a}.size = 'm'", title: 'Big', label: 'fields.big', filter: true },
  },
});

describe('fieldMapOf', () => {
  it('whitelists exactly the filterable fields, qualified with the alias', () => {
    const map = fieldMapOf(THING, { name: { foldedPrefix: true } });
    expect(Object.keys(map)).toEqual(['id', 'ownerId', 'teamId', 'createdAt', 'updatedAt', 'name', 'size', 'tier', 'due', 'isBig']);
    expect(map.name).toEqual({ column: 't.name', type: 'string', foldedPrefix: true });
    expect(map.size).toEqual({ column: 't.size', type: 'enum', enumValues: ['s', 'm'] });
    expect(map.tier).toEqual({ column: 't.tier', type: 'string' });
    // Dates compare as the start of their day, like date-times.
    expect(map.due).toEqual({ column: 't.due_on::timestamptz', type: 'datetime' });
    expect(map.isBig).toEqual({ column: "t.size = 'm'", type: 'boolean' });
    expect(map.ownerId).toEqual({ column: 't.owner_id', type: 'id' });
  });
});

describe('columnFieldMap', () => {
  it("names each key's column in snake_case under the alias, with its type or spec", () => {
    expect(columnFieldMap('u', { id: 'id', teamId: 'id', createdAt: 'datetime', role: { type: 'enum', enumValues: ['a', 'b'] } })).toEqual({
      id: { column: 'u.id', type: 'id' },
      teamId: { column: 'u.team_id', type: 'id' },
      createdAt: { column: 'u.created_at', type: 'datetime' },
      role: { column: 'u.role', type: 'enum', enumValues: ['a', 'b'] },
    });
  });
});

describe('columnOptions', () => {
  it('maps value types to PostgreSQL columns, nullable unless required', () => {
    expect(columnOptions({ ...THING.fields.name, column: 'name' })).toEqual({ name: 'name', type: 'text', nullable: false });
    expect(columnOptions({ ...THING.fields.price, column: 'price' })).toEqual({ name: 'price', type: 'numeric', precision: 14, scale: 2, nullable: true });
    expect(columnOptions({ ...THING.fields.due, column: 'due_on' })).toEqual({ name: 'due_on', type: 'date', nullable: true });
  });
});

describe('columnTypesOf', () => {
  it('names the SQL type of every stored column, inherited ones included, for raw writes to cast to', () => {
    const types = columnTypesOf(THING);
    expect(types).toMatchObject({ id: 'uuid', owner_id: 'uuid', created_at: 'timestamptz', name: 'text', size: 'text', due_on: 'date', price: 'numeric' });
    // Computed fields have no column.
    expect(Object.keys(types)).not.toContain('isBig');
    expect(columnSqlType({ type: 'emailList', column: 'emails', title: 'E', label: 'e' })).toBe('text[]');
  });
});

describe('selectListOf', () => {
  it('reads stored columns under the API names, and refuses computed fields', () => {
    expect(selectListOf(THING, ['id', 'ownerId', 'due'])).toBe('t.id, t.owner_id AS "ownerId", t.due_on AS "due"');
    expect(() => selectListOf(THING, ['isBig'])).toThrow('thing.isBig is computed, not stored');
  });
});
