import { Actor, Role } from '@rapport/shared-domain';
import { LeadStatus } from './enums';
import { activityActions, leadActions, opportunityActions, recordActions } from './record-actions';

const rep: Actor = { userId: 'r', role: Role.SalesRep, teamId: 't2', teamIds: ['t2'] };
const agent: Actor = { userId: 'g', role: Role.ServiceAgent, teamId: 't3', teamIds: ['t3'] };
const serviceManager: Actor = { userId: 's', role: Role.ServiceManager, teamId: 't3', teamIds: ['t3'] };
const marketer: Actor = { userId: 'k', role: Role.Marketer, teamId: 't4', teamIds: ['t4'] };

const ownedBy = (a: Actor) => ({ ownerId: a.userId, teamId: a.teamId });
const elsewhere = { ownerId: 'y', teamId: 't9' };

describe('record actions', () => {
  it('give a service agent its own contacts and no account', () => {
    expect(recordActions(agent, 'contact', ownedBy(agent))).toEqual({ update: true, share: true, merge: true });
    expect(recordActions(agent, 'contact', elsewhere)).toEqual({ update: false, share: false, merge: false });
    expect(recordActions(agent, 'account', ownedBy(agent))).toEqual({ update: false, share: false, merge: false });
  });

  it('give a service manager the accounts its team owns', () => {
    expect(recordActions(serviceManager, 'account', { ownerId: 'z', teamId: 't3' }).update).toBe(true);
    expect(recordActions(serviceManager, 'account', elsewhere).update).toBe(false);
  });

  it('let a write share change and share a record', () => {
    expect(recordActions(rep, 'account', { ...elsewhere, sharedAccess: 'write' })).toEqual({ update: true, share: true, merge: true });
    expect(recordActions(rep, 'account', { ...elsewhere, sharedAccess: 'read' }).update).toBe(false);
  });

  it('convert only a lead that is not converted yet', () => {
    expect(leadActions(rep, { ...ownedBy(rep), status: LeadStatus.Working }).convert).toBe(true);
    expect(leadActions(rep, { ...ownedBy(rep), status: LeadStatus.Converted })).toEqual({ update: true, share: true, merge: true, convert: false });
    expect(leadActions(marketer, { ...elsewhere, status: LeadStatus.New }).convert).toBe(true);
    expect(leadActions(agent, { ...ownedBy(agent), status: LeadStatus.New }).convert).toBe(false);
  });

  it('quote on a deal only with a quote grant', () => {
    expect(opportunityActions(rep, ownedBy(rep))).toEqual({ update: true, share: true, moveStage: true, createQuote: true });
    // Marketing reads every deal but changes none.
    expect(opportunityActions(marketer, elsewhere)).toEqual({ update: false, share: false, moveStage: false, createQuote: false });
    expect(opportunityActions({ ...rep, apiKeyScopes: ['sales:write'] }, ownedBy(rep)).createQuote).toBe(true);
  });

  it('change an activity only within the activity write scope, or by a write share', () => {
    expect(activityActions(agent, ownedBy(agent))).toEqual({ update: true, complete: true });
    expect(activityActions(agent, elsewhere)).toEqual({ update: false, complete: false });
    expect(activityActions(serviceManager, { ownerId: 'z', teamId: 't3' })).toEqual({ update: true, complete: true });
    expect(activityActions(rep, { ...elsewhere, sharedAccess: 'read' })).toEqual({ update: false, complete: false });
    expect(activityActions(rep, { ...elsewhere, sharedAccess: 'write' })).toEqual({ update: true, complete: true });
    // A read-only API key changes nothing, even its own user's activities.
    expect(activityActions({ ...rep, apiKeyScopes: ['sales:read'] }, ownedBy(rep)).update).toBe(false);
  });
});
