import { useDebouncedValue } from '@rapport/web-ui';
import { useState } from 'react';
import type { ListSort } from './table-sort';

/** Quick-search text (debounced for the query), sort and "only mine" of a list page. */
export function useListState<C extends string>(defaultSort: ListSort<C>) {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [sort, setSort] = useState<ListSort<C>>(defaultSort);
  const [mine, setMine] = useState(false);
  return { searchText, setSearchText, search, sort, setSort, mine, setMine };
}

/** Picked values of one antd column filter, typed; empty when cleared. */
export function pickedValues<V>(filters: Record<string, unknown>, key: string): V[] {
  const value = filters[key];
  return Array.isArray(value) ? (value as V[]) : [];
}
