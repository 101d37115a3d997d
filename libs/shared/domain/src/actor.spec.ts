import { Actor, canAccessRecord, reachesTeam, reachesUser, scopeFor } from './actor';
import { apiKeyScopes, permissionMatrix } from './permissions';
import { narrowestScope, RecordScope, Role, widestScope } from './roles';

const manager: Actor = { userId: 'm', role: Role.SalesManager, teamId: 't1', teamIds: ['t1', 't2'] };
const rep: Actor = { userId: 'r', role: Role.SalesRep, teamId: 't2', teamIds: ['t2'] };
const admin: Actor = { userId: 'a', role: Role.Admin, teamId: null, teamIds: [] };

describe('scopeFor', () => {
  it('follows the permission table', () => {
    expect(scopeFor(admin, 'user', 'write')).toBe(RecordScope.All);
    expect(scopeFor(manager, 'user', 'read')).toBe(RecordScope.Team);
    expect(scopeFor(rep, 'user', 'read')).toBe(RecordScope.Own);
    expect(scopeFor(rep, 'user', 'write')).toBe(RecordScope.None);
  });

  it('narrows by API key scopes, with write implying read', () => {
    expect(scopeFor({ ...admin, apiKeyScopes: ['users:read'] }, 'user', 'read')).toBe(RecordScope.All);
    expect(scopeFor({ ...admin, apiKeyScopes: ['users:read'] }, 'user', 'write')).toBe(RecordScope.None);
    expect(scopeFor({ ...admin, apiKeyScopes: ['users:write'] }, 'team', 'read')).toBe(RecordScope.All);
    expect(scopeFor({ ...admin, apiKeyScopes: [] }, 'apiKey', 'read')).toBe(RecordScope.None);
  });
});

describe('canAccessRecord', () => {
  const own = { ownerId: 'r', teamId: 't2' };
  const teammate = { ownerId: 'x', teamId: 't2' };
  const outsider = { ownerId: 'y', teamId: 't9' };

  it.each([
    [admin, outsider, true],
    [manager, teammate, true],
    [manager, outsider, false],
    [rep, own, true],
    [rep, teammate, false],
  ])('%#: user read', (actor, record, expected) => {
    expect(canAccessRecord(actor, 'user', 'read', record)).toBe(expected);
  });

  it('lets team scope see the team and own records only', () => {
    expect(canAccessRecord(rep, 'team', 'read', teammate)).toBe(true);
    expect(canAccessRecord(rep, 'team', 'read', outsider)).toBe(false);
    expect(canAccessRecord(rep, 'team', 'read', { ownerId: 'r', teamId: null })).toBe(true);
  });
});

describe('scope helpers', () => {
  it('orders scopes', () => {
    expect(narrowestScope(RecordScope.All, RecordScope.Own)).toBe(RecordScope.Own);
    expect(widestScope(RecordScope.None, RecordScope.Team)).toBe(RecordScope.Team);
  });
  it('lists a row for every role and api-key scopes per domain', () => {
    expect(permissionMatrix().map((r) => r.role)).toHaveLength(8);
    expect(apiKeyScopes()).toEqual(['admin:read', 'admin:write', 'leads:read', 'leads:write', 'marketing:read', 'marketing:write', 'sales:read', 'sales:write', 'segmentation:read', 'segmentation:write', 'service:read', 'service:write', 'users:read', 'users:write']);
  });
});

describe('reachesUser and reachesTeam (people and teams under the same scope as records)', () => {
  it('gives a manager their team subtree, a rep only themselves, an admin everyone', () => {
    expect(reachesUser(manager, 'forecast', 'read', { id: 'x', teamId: 't2' })).toBe(true);
    expect(reachesUser(manager, 'forecast', 'read', { id: 'y', teamId: 't9' })).toBe(false);
    expect(reachesUser(rep, 'forecast', 'read', { id: 'r', teamId: 't2' })).toBe(true);
    expect(reachesUser(rep, 'forecast', 'read', { id: 'x', teamId: 't2' })).toBe(false);
    expect(reachesTeam(manager, 'handover', 'write', 't2')).toBe(true);
    expect(reachesTeam(manager, 'handover', 'write', 't9')).toBe(false);
    expect(reachesTeam(manager, 'handover', 'write', null)).toBe(false);
    expect(reachesTeam(rep, 'handover', 'write', 't2')).toBe(false);
    expect(reachesTeam(admin, 'handover', 'write', null)).toBe(true);
  });

  it('keeps capabilities in the table: managers approve and adjust for their team, only admins unlock', () => {
    expect(scopeFor(manager, 'quoteApproval', 'write')).toBe(RecordScope.Team);
    expect(scopeFor(rep, 'quoteApproval', 'write')).toBe(RecordScope.None);
    expect(scopeFor(manager, 'quoteUnlock', 'write')).toBe(RecordScope.None);
    expect(scopeFor(admin, 'quoteUnlock', 'write')).toBe(RecordScope.All);
    expect(scopeFor(rep, 'forecastAdjustment', 'write')).toBe(RecordScope.None);
    expect(scopeFor({ ...manager, role: Role.ServiceManager }, 'sharedView', 'write')).toBe(RecordScope.All);
    expect(scopeFor({ ...manager, role: Role.Marketer }, 'sharedView', 'write')).toBe(RecordScope.None);
  });
});

describe('a customer (portal user)', () => {
  const customer = (accountAdmin: boolean): Actor => ({ userId: 'p1', role: Role.PortalUser, teamId: null, teamIds: [], customer: { contactId: 'c1', accountId: 'a1', accountAdmin } });
  const record = (contactId: string | null, accountId: string | null) => ({ ownerId: 'p1', teamId: null, contactId, accountId });

  it('reaches their contact’s portal cases, their account’s only as its service admin, never by owning them', () => {
    expect(canAccessRecord(customer(false), 'portalCase', 'read', record('c1', 'a9'))).toBe(true);
    expect(canAccessRecord(customer(false), 'portalCase', 'read', record('c2', 'a1'))).toBe(false);
    expect(canAccessRecord(customer(true), 'portalCase', 'read', record('c2', 'a1'))).toBe(true);
    expect(canAccessRecord(customer(true), 'portalCase', 'read', record(null, null))).toBe(false);
    expect(canAccessRecord(customer(true), 'case', 'read', record('c1', 'a1'))).toBe(false);
  });
});
