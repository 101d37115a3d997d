import { Actor, Role } from '@rapport/shared-domain';
import { scopeArms, scopeCondition } from './visibility';

const columns = { owner: 'c.owner_id', team: 'c.team_id', shareId: 'c.id' };
const actor = (role: Role, teamIds: string[] = ['t1']): Actor => ({ userId: 'u1', role, teamId: teamIds[0] ?? null, teamIds });

describe('scope arms', () => {
  it('are undefined when the scope is one condition (all, or none)', () => {
    expect(scopeCondition(actor(Role.Admin), 'contact', 'read', columns).sql).toBe('TRUE');
    expect(scopeArms(actor(Role.Admin), 'contact', 'read', columns)).toBeUndefined();
  });

  it('split own + shared into own, then shared-and-not-own, over the same conditions as the scope', () => {
    const rep = actor(Role.SalesRep);
    const scope = scopeCondition(rep, 'contact', 'read', columns);
    const arms = scopeArms(rep, 'contact', 'read', columns)!;
    expect(arms).toHaveLength(2);
    expect(arms[0].sql).toBe('c.owner_id = :scopeUserId');
    const share = scope.sql.slice('(c.owner_id = :scopeUserId OR '.length, -1);
    expect(scope.sql).toBe(`(c.owner_id = :scopeUserId OR ${share})`);
    expect(arms[1].sql).toBe(`(${share} AND NOT COALESCE(c.owner_id = :scopeUserId, FALSE))`);
    expect(arms[1].params).toEqual(scope.params);
  });

  it('give a team scope three arms, each excluding the ones before it', () => {
    const manager = actor(Role.SalesManager, ['t1', 't2']);
    const arms = scopeArms(manager, 'contact', 'read', columns)!;
    expect(arms.map((a) => a.sql.split(' AND NOT ')[1] ?? null)).toEqual([
      null,
      'COALESCE(c.owner_id = :scopeUserId, FALSE))',
      'COALESCE(c.owner_id = :scopeUserId OR c.team_id IN (:...scopeTeamIds), FALSE))',
    ]);
    expect(arms[1].sql.startsWith('(c.team_id IN (:...scopeTeamIds)')).toBe(true);
    expect(arms[2].params).toMatchObject({ scopeUserId: 'u1', scopeTeamIds: ['t1', 't2'], scopeObject_contact: 'contact' });
  });
});
