import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const COUNT_FIELDS = new Set(['totalCount', 'totalCountCapped']);

/**
 * Whether a connection's count is selected (`totalCount` or `totalCountCapped`, directly or in a
 * fragment). Knowing it before the page is read lets the list compute the count in the page's own
 * statement. A count under `@include(if: false)` still reads true: it costs a count, never a wrong answer.
 */
export function countSelected(fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return COUNT_FIELDS.has(s.name.value);
      if (s.kind === 'InlineFragment') return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(fragments[s.name.value]?.selectionSet);
    });
  return fieldNodes.some((f) => inSet(f.selectionSet));
}

/** A list resolver's parameter: `countSelected` for the field being resolved (false outside GraphQL). */
export const CountSelected = createParamDecorator((_: unknown, context: ExecutionContext): boolean => {
  if (context.getType<string>() !== 'graphql') return false;
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  return countSelected(info.fieldNodes, info.fragments);
});
