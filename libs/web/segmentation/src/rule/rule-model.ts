/**
 * The builder's rule tree and its pure edits (issue 17). The API's rule is JSON
 * (`{ type: 'and'|'or', rules } | { type: 'not', rule } | { type: 'condition', condition, params }`,
 * docs/adr/0020); the builder keeps NOT as a flag on the group or condition it negates and gives
 * every node an id (React keys, focus, where an error belongs), and turns the tree back into the
 * API's JSON for the live count and the save. Error paths are the API's (`rule.rules.1.params.value`,
 * `input.rule…` on create and update), so each node knows its own.
 */
export type SegmentRule =
  | { type: 'and'; rules: SegmentRule[] }
  | { type: 'or'; rules: SegmentRule[] }
  | { type: 'not'; rule: SegmentRule }
  | { type: 'condition'; condition: string; params: Record<string, unknown> };

export interface GroupNode {
  kind: 'group';
  id: string;
  match: 'and' | 'or';
  negated: boolean;
  children: RuleNode[];
}

export interface ConditionNode {
  kind: 'condition';
  id: string;
  condition: string;
  params: Record<string, unknown>;
  negated: boolean;
}

export type RuleNode = GroupNode | ConditionNode;

let sequence = 0;
/** Ids only tell nodes apart in the UI; they mean nothing to the API. */
export const newNodeId = (): string => `n${(sequence++).toString(36)}`;

export const emptyGroup = (match: 'and' | 'or' = 'and'): GroupNode => ({ kind: 'group', id: newNodeId(), match, negated: false, children: [] });

export function newCondition(condition: string, params: Record<string, unknown> = {}): ConditionNode {
  return { kind: 'condition', id: newNodeId(), condition, params, negated: false };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node read from the API's JSON; NOT folds into the flag (twice NOT is no NOT). Unreadable parts drop out. */
function nodeFromRule(raw: unknown, negated = false, depth = 0): RuleNode | null {
  if (!isObject(raw) || depth > 20) return null;
  switch (raw['type']) {
    case 'not':
      return nodeFromRule(raw['rule'], !negated, depth + 1);
    case 'and':
    case 'or': {
      const children = Array.isArray(raw['rules']) ? raw['rules'].map((r) => nodeFromRule(r, false, depth + 1)).filter((n): n is RuleNode => n !== null) : [];
      return { kind: 'group', id: newNodeId(), match: raw['type'], negated, children };
    }
    case 'condition':
      return typeof raw['condition'] === 'string'
        ? { kind: 'condition', id: newNodeId(), condition: raw['condition'], params: isObject(raw['params']) ? { ...raw['params'] } : {}, negated }
        : null;
    default:
      return null;
  }
}

/** The builder's tree of a stored rule: always a group at the top (a lone condition becomes its only child). */
export function treeFromRule(raw: unknown): GroupNode {
  const node = nodeFromRule(raw);
  if (!node) return emptyGroup();
  if (node.kind === 'group') return node;
  return { ...emptyGroup(), children: [node] };
}

/** Values the person has not given yet are left out, so the API says "is required" rather than "must be a number". */
export function isBlankValue(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

export function cleanParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => !isBlankValue(v)).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
}

/** The API's JSON of a tree (blank parameters left out). */
export function ruleFromTree(node: RuleNode): SegmentRule {
  const inner: SegmentRule =
    node.kind === 'group' ? { type: node.match, rules: node.children.map(ruleFromTree) } : { type: 'condition', condition: node.condition, params: cleanParams(node.params) };
  return node.negated ? { type: 'not', rule: inner } : inner;
}

// ---------------------------------------------------------------------------------------------
// Edits: each returns a new tree (the old one is untouched), the same tree when the id is unknown.

function mapNodes(node: RuleNode, id: string, change: (n: RuleNode) => RuleNode | null): RuleNode | null {
  if (node.id === id) return change(node);
  if (node.kind !== 'group') return node;
  let changed = false;
  const children: RuleNode[] = [];
  for (const child of node.children) {
    const next = mapNodes(child, id, change);
    if (next !== child) changed = true;
    if (next) children.push(next);
  }
  return changed ? { ...node, children } : node;
}

function edit(root: GroupNode, id: string, change: (n: RuleNode) => RuleNode | null): GroupNode {
  const next = mapNodes(root, id, change);
  // The top group is never removed (an empty AND is "everyone").
  return next && next.kind === 'group' ? next : root;
}

/** Adds a node at the end of a group. */
export function addNode(root: GroupNode, groupId: string, node: RuleNode): GroupNode {
  return edit(root, groupId, (g) => (g.kind === 'group' ? { ...g, children: [...g.children, node] } : g));
}

/** Removes a node and everything under it (not the top group). */
export function removeNode(root: GroupNode, id: string): GroupNode {
  if (id === root.id) return root;
  return edit(root, id, () => null);
}

/** Moves a node up (-1) or down (+1) among its siblings; at either end nothing moves. */
export function moveNode(root: GroupNode, id: string, delta: -1 | 1): GroupNode {
  const parent = parentOf(root, id);
  if (!parent) return root;
  const from = parent.children.findIndex((c) => c.id === id);
  const to = from + delta;
  if (to < 0 || to >= parent.children.length) return root;
  const children = [...parent.children];
  [children[from], children[to]] = [children[to]!, children[from]!];
  return edit(root, parent.id, (g) => ({ ...(g as GroupNode), children }));
}

/** AND ↔ OR of a group. */
export function toggleMatch(root: GroupNode, groupId: string): GroupNode {
  return edit(root, groupId, (g) => (g.kind === 'group' ? { ...g, match: g.match === 'and' ? 'or' : 'and' } : g));
}

/** NOT on or off, for a group or a condition. */
export function toggleNot(root: GroupNode, id: string): GroupNode {
  return edit(root, id, (n) => ({ ...n, negated: !n.negated }));
}

/** One parameter of a condition (a blank value is kept as given, and left out when sent). */
export function setParam(root: GroupNode, id: string, name: string, value: unknown): GroupNode {
  return edit(root, id, (n) => (n.kind === 'condition' ? { ...n, params: { ...n.params, [name]: value } } : n));
}

/** Several parameters at once (a field picked resets its operator and value). */
export function setParams(root: GroupNode, id: string, params: Record<string, unknown>): GroupNode {
  return edit(root, id, (n) => (n.kind === 'condition' ? { ...n, params: { ...n.params, ...params } } : n));
}

export function findNode(root: RuleNode, id: string): RuleNode | undefined {
  if (root.id === id) return root;
  if (root.kind !== 'group') return undefined;
  for (const child of root.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

export function parentOf(root: GroupNode, id: string): GroupNode | undefined {
  for (const child of root.children) {
    if (child.id === id) return root;
    if (child.kind === 'group') {
      const found = parentOf(child, id);
      if (found) return found;
    }
  }
  return undefined;
}

export function countConditions(node: RuleNode): number {
  return node.kind === 'condition' ? 1 : node.children.reduce((n, c) => n + countConditions(c), 0);
}

// ---------------------------------------------------------------------------------------------
// Paths and errors.

/**
 * Where each node sits in the JSON `ruleFromTree` sends: `outer` is the node as its parent holds it
 * (a NOT's own path), `inner` the group or condition itself (`….rule` under a NOT).
 */
export function nodePaths(root: GroupNode, base = 'rule'): Map<string, { outer: string; inner: string }> {
  const out = new Map<string, { outer: string; inner: string }>();
  const walk = (node: RuleNode, outer: string) => {
    const inner = node.negated ? `${outer}.rule` : outer;
    out.set(node.id, { outer, inner });
    if (node.kind === 'group') node.children.forEach((c, i) => walk(c, `${inner}.rules.${i}`));
  };
  walk(root, base);
  return out;
}

/** The API path of a node (its NOT included). */
export function pathOf(root: GroupNode, id: string, base = 'rule'): string | undefined {
  return nodePaths(root, base).get(id)?.outer;
}

export interface NodeError {
  /** The parameter the message is about (`value`, `field`, …), or none: the node as a whole. */
  param?: string;
  message: string;
}

export interface PlacedErrors {
  /** By node id. */
  nodes: Map<string, NodeError[]>;
  /** Errors about no node (the name, the schedule): shown above the buttons. */
  other: { path: string; message: string }[];
}

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The API's field errors placed on the nodes they belong to: the deepest node whose path holds the
 * error's (`input.` stripped: create and update name their input). A condition's `params.<name>`
 * goes to that parameter; the rest stays on the node, or — outside the rule — in `other`.
 */
export function placeErrors(root: GroupNode, errors: readonly { path: string; message: string }[]): PlacedErrors {
  const paths = [...nodePaths(root)];
  const nodes = new Map<string, NodeError[]>();
  const other: PlacedErrors['other'] = [];
  for (const error of errors) {
    const path = error.path.replace(/^input\./, '');
    // The node whose own path (or its NOT's) is the longest prefix of the error's.
    let hit: [string, { outer: string; inner: string }] | undefined;
    let best = -1;
    for (const entry of paths) {
      const length = within(path, entry[1].inner) ? entry[1].inner.length : within(path, entry[1].outer) ? entry[1].outer.length : -1;
      if (length > best) [hit, best] = [entry, length];
    }
    if (!hit) {
      other.push(error);
      continue;
    }
    const [id, p] = hit;
    const rest = path.startsWith(`${p.inner}.`) ? path.slice(p.inner.length + 1) : '';
    const param = rest.match(/^params\.([^.]+)/)?.[1];
    nodes.set(id, [...(nodes.get(id) ?? []), param ? { param, message: error.message } : { message: error.message }]);
  }
  return { nodes, other };
}

/** The stored rule's node at an API path (for "why is this person in": the path of each top-level condition). */
export function ruleAt(rule: unknown, path: string): unknown {
  const parts = path.split('.');
  if (parts[0] !== 'rule') return undefined;
  let node: unknown = rule;
  for (const part of parts.slice(1)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}
