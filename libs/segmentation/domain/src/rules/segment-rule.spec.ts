import { checkRuleShape, conditionsOf, findCycle, MAX_RULE_CONDITIONS, MAX_RULE_DEPTH, referencedSegments, type SegmentRule } from './segment-rule';

const leaf = (condition: string, params: Record<string, unknown> = {}): SegmentRule => ({ type: 'condition', condition, params });
const member = (segmentId: string) => leaf('segments.member', { segmentId });

describe('checkRuleShape', () => {
  it('accepts nested groups, NOT and conditions, and empty groups', () => {
    const rule = { type: 'and', rules: [leaf('a'), { type: 'not', rule: { type: 'or', rules: [leaf('b'), { type: 'and', rules: [] }] } }] };
    expect(checkRuleShape(rule)).toEqual({ rule, problems: [] });
  });

  it('names each shape problem by path', () => {
    const { rule, problems } = checkRuleShape({ type: 'and', rules: [{ type: 'xor' }, { type: 'not' }, { type: 'condition', params: [] }, 'text', { type: 'or', rules: {}, extra: 1 }] });
    expect(rule).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(['rule.rules.0.type', 'rule.rules.1.rule', 'rule.rules.2.condition', 'rule.rules.3', 'rule.rules.4.extra', 'rule.rules.4.rules']);
  });

  it('bounds depth and the number of conditions', () => {
    let deep: unknown = leaf('a');
    for (let i = 0; i <= MAX_RULE_DEPTH; i++) deep = { type: 'not', rule: deep };
    expect(checkRuleShape(deep).problems[0].message).toMatch(/deeper/);
    const wide = { type: 'and', rules: Array.from({ length: MAX_RULE_CONDITIONS + 1 }, () => leaf('a')) };
    expect(checkRuleShape(wide).problems.map((p) => p.path)).toEqual([`rule.rules.${MAX_RULE_CONDITIONS}`]);
  });

  it('does not take prototype keys for rule types', () => {
    expect(checkRuleShape({ type: 'constructor' }).problems.map((p) => p.path)).toEqual(['rule.type']);
  });
});

describe('walking rules', () => {
  it('lists conditions with their paths and the segments referred to', () => {
    const rule: SegmentRule = { type: 'or', rules: [member('s1'), { type: 'not', rule: { type: 'and', rules: [leaf('x'), member('s2'), member('s1')] } }] };
    expect(conditionsOf(rule).map((c) => c.path)).toEqual(['rule.rules.0', 'rule.rules.1.rule.rules.0', 'rule.rules.1.rule.rules.1', 'rule.rules.1.rule.rules.2']);
    expect(referencedSegments(rule)).toEqual(['s1', 's2']);
  });
});

describe('findCycle', () => {
  it('finds a loop through other segments, and a segment naming itself', () => {
    const rules = new Map<string, SegmentRule>([
      ['a', member('b')],
      ['b', { type: 'and', rules: [leaf('x'), member('c')] }],
      ['c', member('a')],
    ]);
    expect(findCycle('a', rules)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle('s', new Map([['s', member('s')]]))).toEqual(['s', 's']);
  });

  it('accepts shared sub-segments (a diamond is not a cycle)', () => {
    const rules = new Map<string, SegmentRule>([
      ['top', { type: 'or', rules: [member('l'), member('r')] }],
      ['l', member('base')],
      ['r', member('base')],
      ['base', leaf('x')],
    ]);
    expect(findCycle('top', rules)).toBeNull();
  });
});
