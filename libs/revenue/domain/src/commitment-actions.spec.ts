import { Actor, Role } from '@rapport/shared-domain';
import { commitmentActions } from './commitment-actions';

const rep: Actor = { userId: 'r', role: Role.SalesRep, teamId: 't2', teamIds: ['t2'] };
const manager: Actor = { userId: 'm', role: Role.SalesManager, teamId: 't1', teamIds: ['t1', 't2'] };
const agent: Actor = { userId: 'g', role: Role.ServiceAgent, teamId: 't3', teamIds: ['t3'] };

const repsPromise = { ownerId: 'r', teamId: 't2' };
const outsiders = { ownerId: 'x', teamId: 't9' };

describe('commitment actions', () => {
  it('resolve one’s own promises and, for a manager, the team’s', () => {
    expect(commitmentActions(rep, repsPromise)).toEqual({ resolve: true });
    expect(commitmentActions(manager, repsPromise)).toEqual({ resolve: true });
    expect(commitmentActions(rep, outsiders)).toEqual({ resolve: false });
    expect(commitmentActions(manager, outsiders)).toEqual({ resolve: false });
  });

  it('never let a role that only reads the ledger resolve, not even its own or a shared promise', () => {
    expect(commitmentActions(agent, { ownerId: 'g', teamId: 't3' })).toEqual({ resolve: false });
    expect(commitmentActions(agent, { ...outsiders, sharedAccess: 'write' })).toEqual({ resolve: false });
  });

  it('follow a share: write lets one resolve, read does not', () => {
    expect(commitmentActions(rep, { ...outsiders, sharedAccess: 'write' })).toEqual({ resolve: true });
    expect(commitmentActions(rep, { ...outsiders, sharedAccess: 'read' })).toEqual({ resolve: false });
  });
});
