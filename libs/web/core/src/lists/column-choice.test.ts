import { describe, expect, it } from 'vitest';
import {
  loadColumnChoice,
  moveColumn,
  orderedKeys,
  withOptionalHidden,
  parseColumnChoice,
  setColumnVisible,
  storeColumnChoice,
  visibleColumns,
} from './column-choice';

const KEYS = ['name', 'industry', 'tier', 'owner'];
const columns = KEYS.map((key) => ({ key, title: key.toUpperCase() }));

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('column choice', () => {
  it('shows every column in its default order without a choice', () => {
    expect(visibleColumns(columns, undefined).map((c) => c.key)).toEqual(KEYS);
  });

  it('hides, reorders and keeps locked columns', () => {
    let choice = setColumnVisible(undefined, KEYS, 'industry', false);
    choice = setColumnVisible(choice, KEYS, 'name', false);
    choice = moveColumn(choice, KEYS, 'owner', -1);
    expect(visibleColumns(columns, choice, ['name']).map((c) => c.key)).toEqual(['name', 'owner', 'tier']);
    choice = setColumnVisible(choice, KEYS, 'industry', true);
    expect(visibleColumns(columns, choice, ['name']).map((c) => c.key)).toEqual(['name', 'industry', 'owner', 'tier']);
  });

  it('moves past hidden columns, so each press moves what the table shows', () => {
    const hidden = setColumnVisible(undefined, KEYS, 'tier', false);
    const up = moveColumn(hidden, KEYS, 'owner', -1);
    expect(up.order).toEqual(['name', 'owner', 'industry', 'tier']);
    expect(moveColumn(up, KEYS, 'owner', 1).order).toEqual(['name', 'industry', 'owner', 'tier']);
    expect(up.hidden).toEqual(['tier']);
  });

    it('does not move past either end', () => {
    expect(moveColumn(undefined, KEYS, 'name', -1).order).toEqual(KEYS);
    expect(moveColumn(undefined, KEYS, 'owner', 1).order).toEqual(KEYS);
  });

  it('adds columns that appeared later at the end and forgets ones that are gone', () => {
    const choice = { order: ['owner', 'gone', 'name'], hidden: ['tier'] };
    expect(orderedKeys([...KEYS, 'cf:region'], choice)).toEqual(['owner', 'name', 'industry', 'tier', 'cf:region']);
    expect(visibleColumns([...columns, { key: 'cf:region', title: 'R' }], choice).map((c) => c.key)).toEqual([
      'owner',
      'name',
      'industry',
      'cf:region',
    ]);
  });

  it('remembers the choice per list and survives bad stored values', () => {
    const storage = memoryStorage();
    const choice = { order: ['tier', 'name'], hidden: ['owner'] };
    storeColumnChoice(storage, 'accounts', choice);
    expect(loadColumnChoice(storage, 'accounts')).toEqual(choice);
    expect(loadColumnChoice(storage, 'leads')).toBeUndefined();
    storage.setItem('rapport.columns.leads', '{not json');
    expect(loadColumnChoice(storage, 'leads')).toBeUndefined();
    storeColumnChoice(storage, 'accounts', undefined);
    expect(loadColumnChoice(storage, 'accounts')).toBeUndefined();
  });

  it('accepts only well-formed choices', () => {
    expect(parseColumnChoice({ order: ['a'], hidden: [] })).toEqual({ order: ['a'], hidden: [] });
    expect(parseColumnChoice({ order: ['a'] })).toEqual({ order: ['a'], hidden: [] });
    expect(parseColumnChoice({ order: [1] })).toBeUndefined();
    expect(parseColumnChoice('a,b')).toBeUndefined();
  });
});

describe('optional columns', () => {
  const keys = ['name', 'industry', 'phone', 'employeeCount'];

  it('are hidden until the person shows them', () => {
    expect(withOptionalHidden(undefined, keys, ['phone', 'employeeCount'])).toEqual({ order: keys, hidden: ['phone', 'employeeCount'] });
  });

  it('keep the person’s verdict once a choice lists them, and a new optional column starts hidden', () => {
    const shown = setColumnVisible(withOptionalHidden(undefined, keys, ['phone']), keys, 'phone', true);
    expect(withOptionalHidden(shown, keys, ['phone'])).toEqual(shown);
    const later = [...keys, 'taxId'];
    expect(withOptionalHidden(shown, later, ['phone', 'taxId'])?.hidden).toEqual(['taxId']);
  });

  it('change nothing when a list has none', () => {
    const choice = { order: ['industry', 'name'], hidden: ['phone'] };
    expect(withOptionalHidden(choice, keys, [])).toBe(choice);
  });
});
