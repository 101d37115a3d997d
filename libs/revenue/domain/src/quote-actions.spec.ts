import { Actor, Role } from '@rapport/shared-domain';
import { QuoteStatus } from './approval';
import { quoteActions, quoteDecisionRefusal, quoteNeedsDeal } from './quote-actions';

const rep: Actor = { userId: 'r', role: Role.SalesRep, teamId: 't2', teamIds: ['t2'] };
const manager: Actor = { userId: 'm', role: Role.SalesManager, teamId: 't1', teamIds: ['t1', 't2'] };
const admin: Actor = { userId: 'a', role: Role.Admin, teamId: null, teamIds: [] };

const repsQuote = (status: QuoteStatus, extra: object = {}) => ({ ownerId: 'r', teamId: 't2', status, ...extra });
const repsDeal = { ownerId: 'r', teamId: 't2' };

describe('quote actions', () => {
  it('edit and submit a draft or rejected quote one may change', () => {
    expect(quoteActions(rep, repsQuote('draft'))).toMatchObject({ update: true, submit: true, accept: false, decide: false, unlock: false });
    expect(quoteActions(rep, repsQuote('rejected')).update).toBe(true);
    expect(quoteActions(rep, repsQuote('pending_approval')).update).toBe(false);
    expect(quoteActions(rep, { ...repsQuote('draft'), ownerId: 'x' }).update).toBe(false);
  });

  it('accept an approved quote only when the deal can change too', () => {
    expect(quoteActions(rep, repsQuote('approved', { deal: repsDeal })).accept).toBe(true);
    expect(quoteActions(rep, repsQuote('approved', { deal: { ownerId: 'x', teamId: 't9' } })).accept).toBe(false);
    expect(quoteActions(rep, repsQuote('approved', { deal: null })).accept).toBe(false);
    expect(quoteNeedsDeal(rep, repsQuote('approved'))).toBe(true);
    expect(quoteNeedsDeal(rep, repsQuote('draft'))).toBe(false);
  });

  it('let a manager decide their team’s pending quotes, never their own request', () => {
    expect(quoteActions(manager, repsQuote('pending_approval', { approvalRequestedBy: 'r' })).decide).toBe(true);
    expect(quoteActions(manager, repsQuote('pending_approval', { approvalRequestedBy: 'm' })).decide).toBe(false);
    expect(quoteActions(rep, repsQuote('pending_approval', { approvalRequestedBy: 'r' })).decide).toBe(false);
    expect(quoteActions(manager, { ...repsQuote('pending_approval', { approvalRequestedBy: 'r' }), teamId: 't9', ownerId: 'y' }).decide).toBe(false);
    // An administrator reaches every quote, and may approve a discount they asked for.
    expect(quoteActions(admin, repsQuote('pending_approval', { approvalRequestedBy: 'a' })).decide).toBe(true);
  });

  it('explain a refused decision', () => {
    expect(quoteDecisionRefusal(rep, repsQuote('pending_approval'), 'x')).toBe('not_approver');
    expect(quoteDecisionRefusal(manager, { ownerId: 'y', teamId: 't9' }, 'y')).toBe('not_yours');
    expect(quoteDecisionRefusal(manager, repsQuote('pending_approval'), 'm')).toBe('own_request');
    expect(quoteDecisionRefusal(manager, repsQuote('pending_approval'), 'r')).toBeNull();
  });

  it('unlock an accepted quote: administrators only', () => {
    expect(quoteActions(admin, repsQuote('accepted')).unlock).toBe(true);
    expect(quoteActions(manager, repsQuote('accepted')).unlock).toBe(false);
    expect(quoteActions(admin, repsQuote('approved', { deal: repsDeal })).unlock).toBe(false);
  });
});
