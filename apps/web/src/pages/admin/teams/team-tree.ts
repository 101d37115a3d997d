import type { TeamRowFragment } from '@rapport/web-data-access';

export interface TeamNode extends TeamRowFragment {
  /** Undefined (not []) for leaves so antd's table shows no expand icon on them. */
  children?: TeamNode[];
}

/**
 * Builds the hierarchy from the flat `teams` list. A team whose parent is not in the list (not
 * visible to this user, or beyond the page) becomes a root rather than disappearing, and a parent
 * cycle (bad data) is cut instead of looping forever.
 */
export function buildTeamTree(teams: readonly TeamRowFragment[]): TeamNode[] {
  const nodes = new Map<string, TeamNode>();
  for (const team of teams) nodes.set(team.id, { ...team });

  const byName = (a: TeamNode, b: TeamNode) => a.name.localeCompare(b.name);
  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (!parent || createsCycle(node, parent, nodes)) {
      roots.push(node);
      continue;
    }
    (parent.children ??= []).push(node);
  }
  const sortDeep = (list: TeamNode[]) => {
    list.sort(byName);
    for (const n of list) if (n.children) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

function createsCycle(node: TeamNode, parent: TeamNode, nodes: Map<string, TeamNode>): boolean {
  const seen = new Set<string>([node.id]);
  let current: TeamNode | undefined = parent;
  while (current) {
    if (seen.has(current.id)) return true;
    seen.add(current.id);
    current = current.parent ? nodes.get(current.parent.id) : undefined;
  }
  return false;
}

/** Ids of a team and everything below it: none of them may become its parent. */
export function subtreeIds(teams: readonly TeamRowFragment[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of teams) {
    if (!t.parent) continue;
    const list = children.get(t.parent.id) ?? [];
    list.push(t.id);
    children.set(t.parent.id, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export function allKeys(nodes: readonly TeamNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allKeys(n.children ?? [])]);
}
