import { BASE_FIELDS, defineRecord, editableKeys, exportKeys, fieldKeys, fieldProblem, isAudited, isMergeable, mergeableKeys, operatorsOf, toStoredValues } from './record-definition';

const THING = defineRecord({
  name: 'thing',
  graphqlName: 'Thing',
  table: 'thing',
  alias: 't',
  label: { one: 'objects.thing', many: 'nav.things' },
  customFields: false,
  mergeable: true,
  fields: {
    ...BASE_FIELDS,
    name: { type: 'text', column: 'name', title: 'Name', label: 'fields.name', required: true, maxLength: 10, filter: true, sort: true, edit: true },
    size: { type: 'enum', column: 'size', enumName: 'ThingSize', enumValues: ['s', 'm'], title: 'Size', label: 'fields.size', filter: ['eq'], edit: true },
    price: { type: 'money', column: 'price', title: 'Price', label: 'fields.price', edit: true, audit: false },
    notes: { type: 'json', column: 'notes', title: 'Notes', label: 'fields.notes', edit: true, merge: false },
    home: { type: 'reference', column: 'home_id', references: 'account', title: 'Home', label: 'fields.home', edit: 'create' },
    state: { type: 'text', column: 'state', title: 'State', label: 'fields.state', edit: 'update' },
    secret: { type: 'text', column: 'secret', title: 'Secret', label: 'fields.secret', export: false },
    isBig: { type: 'boolean', expression: '{a}.size = \'m\'', title: 'Big', label: 'fields.big', filter: true },
  },
});

describe('record definitions', () => {
  it('refuses inconsistent fields when the module loads', () => {
    const base = { title: 'X', label: 'x' };
    expect(fieldProblem('Bad', { ...base, type: 'text', column: 'bad' })).toBe('field names are camelCase');
    expect(fieldProblem('both', { ...base, type: 'text', column: 'a', expression: 'b' })).toBe('give either a column or an expression');
    expect(fieldProblem('neither', { ...base, type: 'text' })).toBe('give either a column or an expression');
    expect(fieldProblem('calc', { ...base, type: 'text', expression: 'x', edit: true })).toBe('a computed field cannot be editable');
    expect(fieldProblem('kind', { ...base, type: 'enum', column: 'kind' })).toBe('an enum needs its values and a GraphQL enum name');
    expect(fieldProblem('ref', { ...base, type: 'reference', column: 'ref_id' })).toBe('a reference names the record type it points at');
    expect(fieldProblem('where', { ...base, type: 'address', column: 'where', filter: true })).toBe('a address field cannot be filtered');
    expect(fieldProblem('flag', { ...base, type: 'boolean', column: 'flag', filter: ['contains'] })).toBe('an operator does not apply to this value type');
    expect(fieldProblem('count', { ...base, type: 'integer', column: 'count', filterAs: 'text' })).toBe('filterAs widens enums and typed texts only');
    expect(() => defineRecord({ ...THING, fields: { Wrong: { ...base, type: 'text', column: 'w' } } })).toThrow('thing.Wrong: field names are camelCase');
  });

  it('gives each filterable field the operators of its type, or the ones it names', () => {
    // Required: never empty, so no isNull.
    expect(operatorsOf(THING.fields.name)).toEqual(['eq', 'ne', 'in', 'contains', 'startsWith']);
    expect(operatorsOf(THING.fields.secret)).toEqual([]);
    expect(operatorsOf(THING.fields.size)).toEqual(['eq']);
    expect(operatorsOf(THING.fields.price)).toEqual([]);
    expect(operatorsOf({ type: 'enum', column: 'tier', enumName: 'T', enumValues: ['a'], title: 'T', label: 't', filter: true, filterAs: 'text' })).toContain('contains');
  });

  it('derives the editable, audited, mergeable and exported lists from the flags', () => {
    expect(editableKeys(THING)).toEqual(['ownerId', 'name', 'size', 'price', 'notes', 'home']);
    expect(editableKeys(THING, 'update')).toEqual(['ownerId', 'name', 'size', 'price', 'notes', 'state']);
    expect(fieldKeys(THING, isAudited)).toEqual(['ownerId', 'name', 'size', 'notes', 'home', 'state']);
    // A merge updates the survivor: a create-only field keeps the survivor's value.
    expect(fieldKeys(THING, isMergeable)).toEqual(['ownerId', 'name', 'size', 'price', 'state']);
    expect(mergeableKeys(THING)).toEqual(['ownerId', 'name', 'size', 'price', 'state']);
    expect(mergeableKeys({ ...THING, mergeable: false })).toEqual([]);
    // id first, the type's own fields, then owner and timestamps; JSON, addresses and computed fields never.
    expect(exportKeys(THING)).toEqual(['id', 'name', 'size', 'price', 'home', 'state', 'ownerId', 'createdAt', 'updatedAt']);
  });

  it('stores money as exact decimal text and leaves other values as given', () => {
    expect(toStoredValues(THING, { price: 12.5, name: 'x' })).toEqual({ price: '12.50', name: 'x' });
    expect(toStoredValues(THING, { price: null })).toEqual({ price: null });
  });
});
