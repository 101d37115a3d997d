import { Actor } from './actor';
import { permissionMatrix } from './permissions';
import { grantsOf, mayActOn, shareCouldMatter } from './record-access';
import { RecordScope, Role } from './roles';

const rep: Actor = { userId: 'r', role: Role.SalesRep, teamId: 't2', teamIds: ['t2'] };
const manager: Actor = { userId: 'm', role: Role.SalesManager, teamId: 't1', teamIds: ['t1', 't2'] };
const agent: Actor = { userId: 'g', role: Role.ServiceAgent, teamId: 't3', teamIds: ['t3'] };
const admin: Actor = { userId: 'a', role: Role.Admin, teamId: null, teamIds: [] };

const own = { ownerId: 'r', teamId: 't2' };
const teammates = { ownerId: 'x', teamId: 't2' };
const outsiders = { ownerId: 'y', teamId: 't9' };

describe('mayActOn', () => {
  it('follows own, team and all scopes like canAccessRecord', () => {
    expect(mayActOn(rep, 'account', 'write', own)).toBe(true);
    expect(mayActOn(rep, 'account', 'write', teammates)).toBe(false);
    expect(mayActOn(manager, 'account', 'write', teammates)).toBe(true);
    expect(mayActOn(manager, 'account', 'write', outsiders)).toBe(false);
    expect(mayActOn(admin, 'account', 'write', outsiders)).toBe(true);
  });

  it('widens by a share: a write share for changes, any share for reading', () => {
    expect(mayActOn(rep, 'account', 'write', { ...outsiders, sharedAccess: 'read' })).toBe(false);
    expect(mayActOn(rep, 'account', 'read', { ...outsiders, sharedAccess: 'read' })).toBe(true);
    expect(mayActOn(rep, 'account', 'write', { ...outsiders, sharedAccess: 'write' })).toBe(true);
  });

  it('never lets a share reach an object the role may not touch at all', () => {
    // Service agents may not write accounts; a write share does not change that (the scope SQL is FALSE).
    expect(mayActOn(agent, 'account', 'write', { ...outsiders, sharedAccess: 'write' })).toBe(false);
    expect(mayActOn(agent, 'opportunity', 'read', { ...outsiders, sharedAccess: 'write' })).toBe(false);
    expect(mayActOn(agent, 'contact', 'write', { ownerId: 'g', teamId: 't3' })).toBe(true);
  });

  it('narrows by an API key’s scopes', () => {
    const key: Actor = { ...admin, apiKeyScopes: ['sales:read'] };
    expect(mayActOn(key, 'account', 'read', outsiders)).toBe(true);
    expect(mayActOn(key, 'account', 'write', outsiders)).toBe(false);
  });
});

describe('shareCouldMatter', () => {
  it('is true only for a record outside an own or team scope', () => {
    expect(shareCouldMatter(rep, 'account', 'write', outsiders)).toBe(true);
    expect(shareCouldMatter(rep, 'account', 'write', own)).toBe(false);
    expect(shareCouldMatter(admin, 'account', 'write', outsiders)).toBe(false);
    expect(shareCouldMatter(agent, 'account', 'write', outsiders)).toBe(false);
  });
});

describe('grantsOf', () => {
  it('is the role’s row of the permission table for a signed-in person', () => {
    for (const row of permissionMatrix()) {
      expect(grantsOf({ userId: 'u', role: row.role, teamId: null, teamIds: [] })).toEqual(row.permissions);
    }
  });

  it('narrows an API key to its scopes, write implying read', () => {
    const grants = grantsOf({ ...admin, apiKeyScopes: ['sales:write'] });
    expect(grants.find((g) => g.object === 'account')).toEqual({ object: 'account', read: RecordScope.All, write: RecordScope.All });
    expect(grants.find((g) => g.object === 'user')).toEqual({ object: 'user', read: RecordScope.None, write: RecordScope.None });
    expect(grants.find((g) => g.object === 'leadSetup')).toEqual({ object: 'leadSetup', read: RecordScope.None, write: RecordScope.None });
  });
});
