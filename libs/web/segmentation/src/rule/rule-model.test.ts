import { describe, expect, it } from 'vitest';
import {
  addNode,
  cleanParams,
  emptyGroup,
  findNode,
  moveNode,
  newCondition,
  parentOf,
  pathOf,
  placeErrors,
  removeNode,
  ruleAt,
  ruleFromTree,
  setParam,
  toggleMatch,
  toggleNot,
  treeFromRule,
  type GroupNode,
} from './rule-model';

const ORDERS = { type: 'condition', condition: 'orders.aggregate', params: { measure: 'count', op: 'gte', value: 2, lastDays: 200 } } as const;
const CHURN = { type: 'condition', condition: 'metrics.churnRisk', params: { bands: ['high'] } } as const;
const STORED = { type: 'and', rules: [ORDERS, { type: 'not', rule: CHURN }, { type: 'or', rules: [{ type: 'not', rule: { type: 'and', rules: [] } }] }] };

describe('the rule tree', () => {
  it('reads a stored rule and writes the same JSON back (NOT as a flag, twice NOT as none)', () => {
    const tree = treeFromRule(STORED);
    expect(tree.match).toBe('and');
    expect(tree.children.map((c) => c.negated)).toEqual([false, true, false]);
    expect(ruleFromTree(tree)).toEqual(STORED);
    const twice = treeFromRule({ type: 'not', rule: { type: 'not', rule: { type: 'or', rules: [] } } });
    expect(ruleFromTree(twice)).toEqual({ type: 'or', rules: [] });
  });

  it('puts a lone condition in a group, and starts from everyone when there is nothing to read', () => {
    expect(ruleFromTree(treeFromRule(ORDERS))).toEqual({ type: 'and', rules: [ORDERS] });
    expect(ruleFromTree(treeFromRule(null))).toEqual({ type: 'and', rules: [] });
    expect(ruleFromTree(treeFromRule({ type: 'and', rules: [42, { type: 'condition' }] }))).toEqual({ type: 'and', rules: [] });
  });

  it('leaves blank parameters out of what it sends', () => {
    expect(cleanParams({ a: '', b: ' x ', c: [], d: null, e: 0, f: false, g: undefined })).toEqual({ b: 'x', e: 0, f: false });
  });

  it('adds, removes, moves and toggles without touching the old tree', () => {
    const root = emptyGroup();
    const a = newCondition('orders.last', { op: 'within', days: 30 });
    const b = newCondition('metrics.rfmCell');
    const inner = emptyGroup('or');
    let tree = addNode(addNode(addNode(root, root.id, a), root.id, inner), root.id, b);
    expect(root.children).toEqual([]);
    expect(tree.children.map((c) => c.id)).toEqual([a.id, inner.id, b.id]);

    const c = newCondition('segments.member');
    tree = addNode(tree, inner.id, c);
    expect(parentOf(tree, c.id)?.id).toBe(inner.id);

    tree = moveNode(tree, b.id, -1);
    expect(tree.children.map((n) => n.id)).toEqual([a.id, b.id, inner.id]);
    expect(moveNode(tree, a.id, -1)).toBe(tree);
    expect(moveNode(tree, inner.id, 1)).toBe(tree);

    tree = toggleMatch(tree, inner.id);
    expect((findNode(tree, inner.id) as GroupNode).match).toBe('and');
    tree = toggleNot(tree, c.id);
    expect(findNode(tree, c.id)?.negated).toBe(true);
    tree = setParam(tree, b.id, 'cells', ['lost']);
    expect(ruleFromTree(tree)).toEqual({
      type: 'and',
      rules: [
        { type: 'condition', condition: 'orders.last', params: { op: 'within', days: 30 } },
        { type: 'condition', condition: 'metrics.rfmCell', params: { cells: ['lost'] } },
        { type: 'and', rules: [{ type: 'not', rule: { type: 'condition', condition: 'segments.member', params: {} } }] },
      ],
    });

    tree = removeNode(tree, inner.id);
    expect(findNode(tree, c.id)).toBeUndefined();
    expect(removeNode(tree, tree.id)).toBe(tree);
  });

  it('knows the API path of every node, a NOT included', () => {
    const tree = treeFromRule(STORED);
    const [orders, churn, group] = tree.children;
    expect(pathOf(tree, tree.id)).toBe('rule');
    expect(pathOf(tree, orders!.id)).toBe('rule.rules.0');
    expect(pathOf(tree, churn!.id)).toBe('rule.rules.1');
    const negatedGroup = (group as GroupNode).children[0]!;
    expect(pathOf(tree, negatedGroup.id)).toBe('rule.rules.2.rules.0');
    // Its place inside the NOT.
    expect(ruleAt(STORED, 'rule.rules.1.rule')).toEqual(CHURN);
    expect(ruleAt(STORED, 'rule.rules.9')).toBeUndefined();
  });

  it('puts the API messages on the node and the parameter they are about', () => {
    const tree = treeFromRule(STORED);
    const [orders, churn, group] = tree.children;
    const placed = placeErrors(tree, [
      { path: 'rule.rules.0.params.value', message: 'must be a number' },
      { path: 'input.rule.rules.1.rule.params.bands', message: 'must be a list' },
      { path: 'rule.rules.2', message: 'nests deeper than 8 levels' },
      { path: 'rule', message: 'segments may not contain each other in a loop' },
      { path: 'input.name', message: 'Give the segment a name.' },
    ]);
    expect(placed.nodes.get(orders!.id)).toEqual([{ param: 'value', message: 'must be a number' }]);
    expect(placed.nodes.get(churn!.id)).toEqual([{ param: 'bands', message: 'must be a list' }]);
    expect(placed.nodes.get(group!.id)).toEqual([{ message: 'nests deeper than 8 levels' }]);
    expect(placed.nodes.get(tree.id)).toEqual([{ message: 'segments may not contain each other in a loop' }]);
    expect(placed.other).toEqual([{ path: 'input.name', message: 'Give the segment a name.' }]);
  });

  it('places a message on a negated node at the NOT itself on that node too', () => {
    const tree = treeFromRule(STORED);
    const churn = tree.children[1]!;
    expect(placeErrors(tree, [{ path: 'rule.rules.1', message: 'must be a group or a condition' }]).nodes.get(churn.id)).toEqual([{ message: 'must be a group or a condition' }]);
  });
});
