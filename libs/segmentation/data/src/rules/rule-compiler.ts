import { AppError, type FieldError } from '@rapport/shared-errors';
import { checkConditionParams, type ConditionContext, type SegmentConditionDefinition, type SqlBinder } from '@rapport/shared-database';
import { SEGMENT_MEMBER_CONDITION, type SegmentRule } from '@rapport/segmentation-domain';

/**
 * Rule tree → one SQL predicate on the contact aliased `c` (issue 17 item 2, docs/adr/0020).
 * Groups become AND/OR, NOT becomes `IS NOT TRUE` (a condition that is unknown for a person — a
 * field that is empty — does not match, so its negation does), conditions come from the catalogue.
 * Every value is a named bind parameter with a prefix per condition; nothing from the rule is ever
 * spliced into the text. The leaves are kept with their paths, so one statement can also say which
 * conditions hold for one person ("why is this person in").
 */
export interface CompiledRule {
  sql: string;
  params: Record<string, unknown>;
  /** Conditions outside inlined segments, with their paths and keys (for "why is this person in"). */
  leaves: { path: string; condition: string; sql: string }[];
}

/** What another segment named in a rule is: a dynamic one is inlined (always current), a static one read from its members. */
export interface ReferencedSegment {
  dynamic: boolean;
  rule: SegmentRule;
}

export interface CompileOptions {
  conditions: (key: string) => SegmentConditionDefinition | undefined;
  context: ConditionContext;
  /** The segments the rule (transitively) refers to, loaded by the caller; cycles were refused on save. */
  segments?: ReadonlyMap<string, ReferencedSegment>;
  /** Parameter-name prefix, so several compiled rules can share a statement. */
  prefix?: string;
}

/** How deep segment references may inline each other (cycles are refused on save; this bounds cost). */
const MAX_SEGMENT_NESTING = 5;

class Binder implements SqlBinder {
  private n = 0;
  constructor(
    readonly prefix: string,
    private readonly params: Record<string, unknown>,
  ) {}
  bind(value: unknown): string {
    const name = `${this.prefix}_${this.n++}`;
    this.params[name] = value;
    return `:${name}`;
  }
  bindList(values: readonly unknown[]): string {
    const name = `${this.prefix}_${this.n++}`;
    this.params[name] = [...values];
    return `(:...${name})`;
  }
  adopt(params: Record<string, unknown>): void {
    Object.assign(this.params, params);
  }
}

export function compileRule(rule: SegmentRule, options: CompileOptions): CompiledRule {
  const params: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const leaves: CompiledRule['leaves'] = [];
  let leafCount = 0;
  const prefix = options.prefix ?? 's';

  const node = (r: SegmentRule, path: string, nesting: number, top: boolean): string => {
    switch (r.type) {
      case 'and':
        return r.rules.length ? `(${r.rules.map((x, i) => node(x, `${path}.rules.${i}`, nesting, top)).join(' AND ')})` : 'TRUE';
      case 'or':
        return r.rules.length ? `(${r.rules.map((x, i) => node(x, `${path}.rules.${i}`, nesting, top)).join(' OR ')})` : 'FALSE';
      case 'not':
        return `((${node(r.rule, `${path}.rule`, nesting, top)}) IS NOT TRUE)`;
      case 'condition': {
        const sql = condition(r, path, nesting);
        if (top) leaves.push({ path, condition: r.condition, sql });
        return sql;
      }
    }
  };

  const condition = (r: Extract<SegmentRule, { type: 'condition' }>, path: string, nesting: number): string => {
    const def = options.conditions(r.condition);
    if (!def) {
      errors.push({ path: `${path}.condition`, message: `unknown condition "${r.condition}"` });
      return 'FALSE';
    }
    const problems = checkConditionParams(def, r.params, `${path}.params`, options.context);
    if (problems.length) {
      errors.push(...problems);
      return 'FALSE';
    }
    const q = new Binder(`${prefix}${leafCount++}`, params);
    if (def.key === SEGMENT_MEMBER_CONDITION) {
      const ref = options.segments?.get(r.params['segmentId'] as string);
      if (ref?.dynamic) {
        if (nesting >= MAX_SEGMENT_NESTING) {
          errors.push({ path: `${path}.params.segmentId`, message: `segments may refer to each other at most ${MAX_SEGMENT_NESTING} deep` });
          return 'FALSE';
        }
        return `(${node(ref.rule, path, nesting + 1, false)})`;
      }
      if (!ref) {
        errors.push({ path: `${path}.params.segmentId`, message: 'is not a segment' });
        return 'FALSE';
      }
    }
    return `(${def.sql(r.params, q, options.context)})`;
  };

  const sql = node(rule, 'rule', 0, true);
  if (errors.length) throw AppError.validation(errors, 'The segment rule is not valid.');
  return { sql, params, leaves };
}
