import type { FilterCondition, FilterGroup } from './filter-model';

type Item = FilterCondition | FilterGroup;

/** Immutable edits of the builder tree by item id (the UI's only way to change it). */
export function updateItem(group: FilterGroup, id: string, change: (item: Item) => Item): FilterGroup {
  return {
    ...group,
    items: group.items.map((item) => {
      if (item.id === id) return change(item);
      return item.type === 'group' ? updateItem(item, id, change) : item;
    }),
  };
}

export function removeItem(group: FilterGroup, id: string): FilterGroup {
  return {
    ...group,
    items: group.items.filter((item) => item.id !== id).map((item) => (item.type === 'group' ? removeItem(item, id) : item)),
  };
}

export function addItem(group: FilterGroup, groupId: string, item: Item): FilterGroup {
  if (group.id === groupId) return { ...group, items: [...group.items, item] };
  return { ...group, items: group.items.map((i) => (i.type === 'group' ? addItem(i, groupId, item) : i)) };
}
