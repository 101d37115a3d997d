import type { TeamRowFragment } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { buildTeamTree, subtreeIds } from './team-tree';

const team = (id: string, parentId?: string): TeamRowFragment => ({
  __typename: 'Team',
  id,
  name: id.toUpperCase(),
  memberCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  parent: parentId ? { __typename: 'Team', id: parentId, name: parentId } : null,
  manager: null,
});

const shape = (nodes: ReturnType<typeof buildTeamTree>): unknown =>
  nodes.map((n) => (n.children ? { [n.id]: shape(n.children) } : n.id));

describe('buildTeamTree', () => {
  it('nests children under parents, sorted by name, leaves without children arrays', () => {
    const tree = buildTeamTree([team('b', 'a'), team('a'), team('c', 'a'), team('d', 'c'), team('e')]);
    expect(shape(tree)).toEqual([{ a: ['b', { c: ['d'] }] }, 'e']);
  });

  it('keeps teams whose parent is not visible as roots', () => {
    expect(shape(buildTeamTree([team('x', 'hidden')]))).toEqual(['x']);
  });

  it('cuts parent cycles instead of looping', () => {
    expect(shape(buildTeamTree([team('a', 'b'), team('b', 'a')]))).toEqual(['a', 'b']);
  });
});

describe('subtreeIds', () => {
  it('returns the team and all of its descendants', () => {
    const ids = subtreeIds([team('a'), team('b', 'a'), team('c', 'b'), team('d')], 'a');
    expect([...ids].sort()).toEqual(['a', 'b', 'c']);
  });
});
