import type { SegmentConditionsQuery } from '@rapport/web-data-access';
import { createContext, useContext } from 'react';
import type { FieldRecordType, SegmentField } from '../rule/field-options';
import type { GroupNode, NodeError } from '../rule/rule-model';

export type ConditionType = SegmentConditionsQuery['segmentConditions'][number];
export type ConditionParamSpec = ConditionType['params'][number];

/** What every node of the rule editor reads: the catalogue, the edit function, errors and pickers' data. */
export interface BuilderContextValue {
  conditions: ReadonlyMap<string, ConditionType>;
  /** Applies a pure edit (rule-model.ts) to the tree. */
  edit: (change: (root: GroupNode) => GroupNode) => void;
  errors: ReadonlyMap<string, NodeError[]>;
  fields: Record<FieldRecordType, readonly SegmentField[]>;
  /** Other segments, for "member of" (the one being edited left out: a segment cannot contain itself). */
  segments: readonly { value: string; label: string }[];
  /** Sets where the keyboard focus goes after an edit (a node's first control, by node id). */
  focus: (nodeId: string) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder() outside the segment builder');
  return value;
}

/** Required choices start at their first value, so a new condition is as near complete as it can be. */
export function defaultParams(type: ConditionType | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of type?.params ?? []) {
    if (p.required && p.type === 'choice' && p.choices?.length) params[p.name] = p.choices[0];
  }
  return params;
}
