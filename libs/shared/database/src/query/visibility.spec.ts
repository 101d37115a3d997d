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

describe('a customer’s scope (portal users)', () => {
  const customerColumns = { ...columns, customer: { contact: 'k.contact_id', account: 'k.account_id' } };
  const customer = (accountAdmin: boolean): Actor => ({ userId: 'p1', role: Role.PortalUser, teamId: null, teamIds: [], customer: { contactId: 'c1', accountId: 'a1', accountAdmin } });

  it('reaches their own contact’s records, never by owner, team or share', () => {
    const scope = scopeCondition(customer(false), 'portalCase', 'read', customerColumns);
    expect(scope).toEqual({ sql: 'k.contact_id = :scopeContactId', params: { scopeContactId: 'c1' } });
  });

  it('reaches their account’s records too when they are its service admin', () => {
    const scope = scopeCondition(customer(true), 'portalCase', 'read', customerColumns);
    expect(scope).toEqual({ sql: '(k.contact_id = :scopeContactId OR k.account_id = :scopeAccountId)', params: { scopeContactId: 'c1', scopeAccountId: 'a1' } });
  });

  it('reaches nothing of an object the role may not touch, and by owner only where a record has no customer', () => {
    expect(scopeCondition(customer(true), 'case', 'read', customerColumns).sql).toBe('FALSE');
    // Their own user profile: the one record a customer owns.
    expect(scopeCondition(customer(true), 'user', 'read', { owner: 'u.id', team: 'u.team_id' })).toEqual({ sql: 'u.id = :scopeUserId', params: { scopeUserId: 'p1' } });
  });
});

it('gives a customer login linked to no contact nothing, whatever its grants', () => {
  const unlinked: Actor = { userId: 'p1', role: Role.PortalUser, teamId: null, teamIds: [] };
  expect(scopeCondition(unlinked, 'portalCase', 'read', { ...columns, customer: { contact: 'k.contact_id', account: 'k.account_id' } }).sql).toBe('FALSE');
});
