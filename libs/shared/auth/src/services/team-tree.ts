/**
 * Pure rule: moving a team under a new parent must not create a cycle.
 * `parentOf` maps each team id to its parent id.
 */
export function wouldCreateCycle(teamId: string, newParentId: string | null, parentOf: Map<string, string | null>): boolean {
  let cursor = newParentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === teamId || seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor) ?? null;
  }
  return false;
}
