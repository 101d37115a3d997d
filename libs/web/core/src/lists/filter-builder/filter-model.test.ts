import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { exportUrl, restFilter } from '../export-url';
import {
  builderToFilter,
  conditionToFilter,
  countConditions,
  operatorsFor,
  parseFilterGroup,
  type FilterCondition,
  type FilterFieldDef,
  type FilterGroup,
} from './filter-model';
import { addItem, removeItem, updateItem } from './filter-tree';

const FIELDS: FilterFieldDef[] = [
  { id: 'company', label: 'Company', kind: 'text', nullable: true },
  { id: 'lastName', label: 'Last name', kind: 'text' },
  { id: 'status', label: 'Status', kind: 'select', options: [{ value: 'NEW', label: 'New' }] },
  { id: 'score', label: 'Score', kind: 'number' },
  { id: 'ownerId', label: 'Owner', kind: 'user', nullable: true },
  { id: 'createdAt', label: 'Created', kind: 'datetime' },
  { id: 'isClosed', label: 'Closed', kind: 'boolean' },
  { id: 'cf:region', label: 'Region', kind: 'select', customKey: 'region', nullable: true },
  { id: 'cf:tags', label: 'Tags', kind: 'multiSelect', customKey: 'tags', nullable: true },
  { id: 'cf:renewal', label: 'Renewal', kind: 'date', customKey: 'renewal', nullable: true },
  { id: 'cf:budget', label: 'Budget', kind: 'number', customKey: 'budget', nullable: true },
];
const field = (id: string) => FIELDS.find((f) => f.id === id)!;
const cond = (fieldId: string, op: FilterCondition['op'], value: FilterCondition['value'] = null): FilterCondition => ({
  type: 'condition',
  id: `${fieldId}-${op}`,
  field: fieldId,
  op,
  value,
});
const group = (match: 'and' | 'or', ...items: FilterGroup['items']): FilterGroup => ({ type: 'group', id: 'g', match, items });

describe('filter builder → API filter', () => {
  it('offers "is empty" only where the API can test for it', () => {
    expect(operatorsFor(field('company'))).toContain('isEmpty');
    expect(operatorsFor(field('status'))).toEqual(['in', 'notIn']);
    expect(operatorsFor(field('isClosed'))).toEqual(['isTrue', 'isFalse']);
  });

  it('maps text, number and select conditions onto the typed operators', () => {
    expect(conditionToFilter(cond('company', 'contains', ' Globex '), field('company'))).toEqual({ company: { contains: 'Globex' } });
    expect(conditionToFilter(cond('score', 'gte', '50'), field('score'))).toEqual({ score: { gte: 50 } });
    expect(conditionToFilter(cond('status', 'in', ['NEW']), field('status'))).toEqual({ status: { in: ['NEW'] } });
    expect(conditionToFilter(cond('status', 'notIn', ['NEW']), field('status'))).toEqual({ not: { status: { in: ['NEW'] } } });
    expect(conditionToFilter(cond('isClosed', 'isFalse'), field('isClosed'))).toEqual({ isClosed: { eq: false } });
    expect(conditionToFilter(cond('ownerId', 'isEmpty'), field('ownerId'))).toEqual({ ownerId: { isNull: true } });
  });

  it('keeps empty values when excluding, because SQL would drop them', () => {
    expect(conditionToFilter(cond('company', 'ne', 'Acme'), field('company'))).toEqual({
      or: [{ company: { ne: 'Acme' } }, { company: { isNull: true } }],
    });
    expect(conditionToFilter(cond('lastName', 'ne', 'Wu'), field('lastName'))).toEqual({ lastName: { ne: 'Wu' } });
  });

  it('puts custom fields under customFields with their key', () => {
    expect(conditionToFilter(cond('cf:region', 'in', ['North', 'East']), field('cf:region'))).toEqual({
      customFields: { region: { in: ['North', 'East'] } },
    });
    expect(conditionToFilter(cond('cf:budget', 'lt', 1000), field('cf:budget'))).toEqual({ customFields: { budget: { lt: 1000 } } });
    // Options of a multi-select match quoted, so "a" does not match "ab".
    expect(conditionToFilter(cond('cf:tags', 'hasAll', ['a', 'b']), field('cf:tags'))).toEqual({
      and: [{ customFields: { tags: { contains: '"a"' } } }, { customFields: { tags: { contains: '"b"' } } }],
    });
  });

  it('compares calendar dates by UTC day and timestamps by the local day', () => {
    expect(conditionToFilter(cond('cf:renewal', 'on', '2027-03-31'), field('cf:renewal'))).toEqual({
      customFields: { renewal: { gte: '2027-03-31T00:00:00.000Z', lt: '2027-04-01T00:00:00.000Z' } },
    });
    expect(conditionToFilter(cond('cf:renewal', 'after', '2027-12-31'), field('cf:renewal'))).toEqual({
      customFields: { renewal: { gte: '2028-01-01T00:00:00.000Z' } },
    });
    expect(conditionToFilter(cond('createdAt', 'before', '2026-11-02'), field('createdAt'))).toEqual({
      createdAt: { lt: dayjs('2026-11-02').startOf('day').toISOString() },
    });
  });

  it('skips incomplete conditions and unwraps groups of one', () => {
    expect(builderToFilter(group('and'), FIELDS)).toBeUndefined();
    expect(builderToFilter(group('and', cond('company', 'contains', '')), FIELDS)).toBeUndefined();
    expect(builderToFilter(group('or', cond('company', 'contains', ''), cond('score', 'gt', 10)), FIELDS)).toEqual({ score: { gt: 10 } });
  });

  it('combines and/or groups', () => {
    const tree = group(
      'and',
      cond('status', 'in', ['NEW']),
      group('or', cond('company', 'contains', 'Globex'), cond('cf:region', 'in', ['North'])),
      cond('unknownField', 'eq', 'x'),
    );
    expect(builderToFilter(tree, FIELDS)).toEqual({
      and: [{ status: { in: ['NEW'] } }, { or: [{ company: { contains: 'Globex' } }, { customFields: { region: { in: ['North'] } } }] }],
    });
    expect(countConditions(tree, FIELDS)).toBe(3);
  });

  it('reads a stored builder back and drops what it does not understand', () => {
    const parsed = parseFilterGroup({
      type: 'group',
      match: 'or',
      items: [{ type: 'condition', field: 'score', op: 'gt', value: 5 }, { type: 'nonsense' }, 'x'],
    });
    expect(parsed?.match).toBe('or');
    expect(parsed?.items).toHaveLength(1);
    expect(builderToFilter(parsed!, FIELDS)).toEqual({ score: { gt: 5 } });
    expect(parseFilterGroup({ match: 'and' })).toBeUndefined();
  });
});

describe('CSV export address', () => {
  it('sends enum values as stored (lower case) and leaves the rest', () => {
    const filter = { and: [{ status: { in: ['NEW', 'WORKING'] } }, { not: { source: { eq: 'WEB' } } }, { company: { eq: 'ACME' } }] };
    expect(restFilter(filter, ['status', 'source'])).toEqual({
      and: [{ status: { in: ['new', 'working'] } }, { not: { source: { eq: 'web' } } }, { company: { eq: 'ACME' } }],
    });
  });

  it('builds the export URL with the filter as JSON', () => {
    expect(exportUrl('accounts', undefined)).toBe('/api/v1/export/accounts.csv');
    const url = exportUrl('leads', { status: { eq: 'NEW' } }, ['status']);
    expect(new URL(url, 'http://x').searchParams.get('filter')).toBe('{"status":{"eq":"new"}}');
    // A text with spaces and a segment's members: both as the server's query parser reads them back.
    const both = new URL(exportUrl('contacts', { lastName: { contains: 'van der' } }, [], 'seg-1'), 'http://x');
    expect(both.pathname).toBe('/api/v1/export/contacts.csv');
    expect(JSON.parse(both.searchParams.get('filter')!)).toEqual({ lastName: { contains: 'van der' } });
    expect(both.searchParams.get('inSegment')).toBe('seg-1');
    expect(exportUrl('contacts', undefined, [], 'seg-1')).toBe('/api/v1/export/contacts.csv?inSegment=seg-1');
  });
});

describe('filter builder tree edits', () => {
  it('adds, changes and removes items by id, also inside groups', () => {
    const inner = group('or');
    let tree: FilterGroup = { ...group('and', cond('company', 'contains', 'a'), { ...inner, id: 'inner' }), id: 'root' };
    tree = addItem(tree, 'inner', cond('score', 'gt', 5));
    tree = updateItem(tree, 'company-contains', (c) => ({ ...(c as FilterCondition), value: 'Globex' }));
    expect(builderToFilter(tree, FIELDS)).toEqual({ and: [{ company: { contains: 'Globex' } }, { score: { gt: 5 } }] });
    tree = removeItem(tree, 'score-gt');
    expect(tree.items[1]).toMatchObject({ id: 'inner', items: [] });
    expect(builderToFilter(tree, FIELDS)).toEqual({ company: { contains: 'Globex' } });
  });
});
