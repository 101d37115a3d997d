/** A copy of `list` with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** Moves the item `id` by `delta` places (−1 up, +1 down); unchanged when it cannot move. */
export function moveById(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id);
  return from < 0 ? [...ids] : moveItem(ids, from, from + delta);
}

/** True when both lists hold the same ids in the same order. */
export const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
