/**
 * A segment's rule (issue 17 item 2): a tree of groups and conditions, stored as JSON on the
 * segment and compiled to one SQL statement by segmentation-data. These pure functions check its
 * shape, walk it and refuse cycles between segments; what each condition means is the condition
 * catalogue's business (`SegmentConditions`).
 *
 * Empty groups follow logic, not guesswork: an empty `and` matches everyone (a new segment starts
 * as "all contacts" and narrows), an empty `or` matches no one.
 */
export type SegmentRule =
  | { type: 'and'; rules: SegmentRule[] }
  | { type: 'or'; rules: SegmentRule[] }
  | { type: 'not'; rule: SegmentRule }
  | { type: 'condition'; condition: string; params: Record<string, unknown> };

export interface RuleProblem {
  path: string;
  message: string;
}

export const MAX_RULE_DEPTH = 8;
export const MAX_RULE_CONDITIONS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rule as a tree if its shape is right (conditions' own parameters are checked by the compiler). */
export function checkRuleShape(value: unknown, path = 'rule'): { rule: SegmentRule | null; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  let conditions = 0;
  const walk = (node: unknown, here: string, depth: number): SegmentRule | null => {
    if (!isObject(node)) return fail(here, 'must be a group or a condition');
    if (depth > MAX_RULE_DEPTH) return fail(here, `nests deeper than ${MAX_RULE_DEPTH} levels`);
    const allowed: Record<string, string[]> = { and: ['type', 'rules'], or: ['type', 'rules'], not: ['type', 'rule'], condition: ['type', 'condition', 'params'] };
    const type = node['type'];
    if (typeof type !== 'string' || !Object.hasOwn(allowed, type)) return fail(`${here}.type`, 'must be and, or, not or condition');
    for (const key of Object.keys(node)) if (!allowed[type].includes(key)) problems.push({ path: `${here}.${key}`, message: `is not part of a ${type} rule` });
    if (type === 'and' || type === 'or') {
      if (!Array.isArray(node['rules'])) return fail(`${here}.rules`, 'must be a list of rules');
      const rules = node['rules'].map((r, i) => walk(r, `${here}.rules.${i}`, depth + 1));
      return rules.every((r) => r !== null) ? { type, rules: rules as SegmentRule[] } : null;
    }
    if (type === 'not') {
      const inner = walk(node['rule'], `${here}.rule`, depth + 1);
      return inner ? { type: 'not', rule: inner } : null;
    }
    if (++conditions > MAX_RULE_CONDITIONS) return fail(here, `a segment may have at most ${MAX_RULE_CONDITIONS} conditions`);
    if (typeof node['condition'] !== 'string' || !node['condition']) return fail(`${here}.condition`, 'choose a condition');
    const params = node['params'] ?? {};
    if (!isObject(params)) return fail(`${here}.params`, 'must be an object of parameters');
    return { type: 'condition', condition: node['condition'], params };
  };
  const fail = (p: string, message: string): null => {
    problems.push({ path: p, message });
    return null;
  };
  const rule = walk(value, path, 0);
  return { rule: problems.length ? null : rule, problems };
}

/** Every condition with its path in the tree, in order (for the compiler and "why is this person in"). */
export function conditionsOf(rule: SegmentRule, path = 'rule'): { path: string; condition: string; params: Record<string, unknown> }[] {
  switch (rule.type) {
    case 'condition':
      return [{ path, condition: rule.condition, params: rule.params }];
    case 'not':
      return conditionsOf(rule.rule, `${path}.rule`);
    default:
      return rule.rules.flatMap((r, i) => conditionsOf(r, `${path}.rules.${i}`));
  }
}

/** The condition key of "member of another segment"; its `segmentId` parameter names the segment. */
export const SEGMENT_MEMBER_CONDITION = 'segments.member';

/** Ids of the segments a rule refers to directly. */
export function referencedSegments(rule: SegmentRule): string[] {
  const ids = conditionsOf(rule)
    .filter((c) => c.condition === SEGMENT_MEMBER_CONDITION && typeof c.params['segmentId'] === 'string')
    .map((c) => c.params['segmentId'] as string);
  return [...new Set(ids)];
}

/**
 * The first cycle a segment's rule would close, as the ids along it (`[self, a, b, self]`), or null.
 * `rules` holds the other segments' current rules (those it can reach); the segment's own entry is
 * the rule being saved.
 */
export function findCycle(selfId: string, rules: ReadonlyMap<string, SegmentRule>): string[] | null {
  const onPath: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): string[] | null => {
    const at = onPath.indexOf(id);
    if (at >= 0) return [...onPath.slice(at), id];
    if (done.has(id)) return null;
    const rule = rules.get(id);
    if (!rule) return null;
    onPath.push(id);
    for (const next of referencedSegments(rule)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(id);
    return null;
  };
  return visit(selfId);
}
