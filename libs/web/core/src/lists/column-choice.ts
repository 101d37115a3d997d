/**
 * Which columns a list shows and in what order. Only the person's changes are stored: columns
 * added later (a new custom field) appear at the end instead of being lost to an old choice.
 */
export interface ColumnChoice {
  /** Column keys in the chosen order; keys no longer offered are ignored. */
  order: string[];
  hidden: string[];
}

interface Keyed {
  key?: unknown;
}

const keyOf = (column: Keyed) => String(column.key);

/** Every offered key once, in the chosen order, new ones last. */
export function orderedKeys(keys: readonly string[], choice: ColumnChoice | undefined): string[] {
  const known = (choice?.order ?? []).filter((k, i, all) => keys.includes(k) && all.indexOf(k) === i);
  return [...known, ...keys.filter((k) => !known.includes(k))];
}

/** The columns to render. `locked` columns (the record's name) always show. */
export function visibleColumns<C extends Keyed>(columns: readonly C[], choice: ColumnChoice | undefined, locked: readonly string[] = []): C[] {
  const byKey = new Map(columns.map((c) => [keyOf(c), c]));
  return orderedKeys([...byKey.keys()], choice)
    .filter((k) => locked.includes(k) || !choice?.hidden.includes(k))
    .map((k) => byKey.get(k)!);
}

/**
 * The choice with a list's optional columns (fields beyond its default set, e.g. every further field
 * of the record's definition) hidden until the person has shown them: an optional column the stored
 * choice has never listed is hidden, one it lists keeps the person's verdict.
 */
export function withOptionalHidden(choice: ColumnChoice | undefined, keys: readonly string[], optional: readonly string[]): ColumnChoice | undefined {
  const unseen = optional.filter((k) => keys.includes(k) && !choice?.order.includes(k) && !choice?.hidden.includes(k));
  if (unseen.length === 0) return choice;
  return { order: orderedKeys(keys, choice), hidden: [...(choice?.hidden ?? []), ...unseen] };
}

export function setColumnVisible(choice: ColumnChoice | undefined, keys: readonly string[], key: string, visible: boolean): ColumnChoice {
  const hidden = (choice?.hidden ?? []).filter((k) => k !== key);
  return { order: orderedKeys(keys, choice), hidden: visible ? hidden : [...hidden, key] };
}

/**
 * Moves a column one place up (-1) or down (+1) among the shown columns: past any hidden ones
 * between (a list's optional columns), so each press changes what the table shows. The ends stay put.
 */
export function moveColumn(choice: ColumnChoice | undefined, keys: readonly string[], key: string, delta: -1 | 1): ColumnChoice {
  const order = orderedKeys(keys, choice);
  const hidden = [...(choice?.hidden ?? [])];
  const from = order.indexOf(key);
  let to = from + delta;
  while (to >= 0 && to < order.length && hidden.includes(order[to]!)) to += delta;
  if (from < 0 || to < 0 || to >= order.length) return { order, hidden };
  order.splice(from, 1);
  order.splice(to, 0, key);
  return { order, hidden };
}

/** A choice read from storage or a saved view; undefined unless it has the right shape. */
export function parseColumnChoice(raw: unknown): ColumnChoice | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { order, hidden } = raw as Partial<Record<keyof ColumnChoice, unknown>>;
  const strings = (v: unknown) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined);
  const o = strings(order);
  const h = strings(hidden ?? []);
  return o && h ? { order: [...o], hidden: [...h] } : undefined;
}

const storageKey = (list: string) => `rapport.columns.${list}`;

/** The person's last column choice for a list on this device (when no saved view is applied). */
export function loadColumnChoice(storage: Pick<Storage, 'getItem'> | undefined, list: string): ColumnChoice | undefined {
  try {
    const text = storage?.getItem(storageKey(list));
    return text ? parseColumnChoice(JSON.parse(text)) : undefined;
  } catch {
    // Private mode or a hand-edited value: fall back to the default columns.
    return undefined;
  }
}

export function storeColumnChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, list: string, choice: ColumnChoice | undefined) {
  try {
    if (choice) storage?.setItem(storageKey(list), JSON.stringify(choice));
    else storage?.removeItem(storageKey(list));
  } catch {
    // Storage full or blocked: the choice still applies until the page is left.
  }
}
