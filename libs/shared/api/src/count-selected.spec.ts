import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { countSelected } from './count-selected';

/** The list field of a query's first operation, and the document's fragments, as graphql-js hands them to a resolver. */
function resolving(query: string): [FieldNode[], Record<string, FragmentDefinitionNode>] {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return [op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD), fragments];
}

describe('countSelected', () => {
  it.each([
    ['{ contacts { totalCount edges { node { id } } } }', true],
    ['{ contacts { totalCountCapped } }', true],
    ['{ contacts { edges { node { id } } pageInfo { hasNextPage } } }', false],
    ['{ contacts { ...Page } } fragment Page on ContactConnection { pageInfo { endCursor } ... on ContactConnection { totalCount } }', true],
    ['{ contacts { ...A } } fragment A on ContactConnection { ...B } fragment B on ContactConnection { ...A edges { cursor } }', false],
    // A count deeper down (a row's own connection) is not this list's count.
    ['{ accounts { edges { node { contacts { totalCount } } } } }', false],
  ])('%s → %s', (query, expected) => {
    expect(countSelected(...resolving(query))).toBe(expected);
  });
});
