import { describedObject } from './timeline';

describe('describedObject', () => {
  it('is null for changes of the subject itself', () => {
    expect(describedObject('account', 'record.updated', {})).toBeNull();
    expect(describedObject('lead', 'lead.sla.escalated', {})).toBeNull();
    expect(describedObject('opportunity', 'opportunity.created', { opportunityId: 'o1' })).toBeNull();
  });

  it('names the other record an event tells about', () => {
    expect(describedObject('account', 'opportunity.created', { opportunityId: 'o1', name: 'Big deal' })).toEqual({ type: 'opportunity', id: 'o1' });
    expect(describedObject('opportunity', 'quote.accepted', { quoteId: 'q1' })).toEqual({ type: 'quote', id: 'q1' });
    expect(describedObject('contact', 'lead.converted', { leadId: 'l1' })).toEqual({ type: 'lead', id: 'l1' });
  });

  it('refuses an event about another record that does not say which', () => {
    expect(() => describedObject('account', 'quote.created', { name: 'Q-1' })).toThrow(/quoteId/);
    expect(() => describedObject('account', 'activity.logged', { activityId: '' })).toThrow(/activityId/);
  });
});
