import { i18n } from '@rapport/web-ui';
import { describe, expect, it } from 'vitest';
import {
  LABELLED_EVENT_TYPES,
  parsePayload,
  TIMELINE_EVENT_TYPES,
  timelineEventColor,
  timelineEventDetail,
  timelineEventLabel,
} from './timeline-labels';

const t = i18n.getFixedT('en');
const tZh = i18n.getFixedT('zh-CN');

describe('timeline labels', () => {
  it('translates every known event type', () => {
    expect(timelineEventLabel(t, 'lead.converted')).toBe('Lead converted');
    expect(timelineEventLabel(t, 'opportunity.stage_changed')).toBe('Stage changed');
    expect(timelineEventLabel(tZh, 'lead.converted')).toBe('线索已转化');
    expect(timelineEventLabel(tZh, 'lead.routed')).toBe('已分配负责人');
    expect(LABELLED_EVENT_TYPES).toEqual(expect.arrayContaining([...TIMELINE_EVENT_TYPES, 'quote.approved', 'record.merged', 'lead.submitted']));
    for (const type of LABELLED_EVENT_TYPES) {
      const label = timelineEventLabel(t, type);
      expect(label).not.toBe(type);
      expect(label).not.toMatch(/^timeline\./);
    }
  });

  it('falls back to the raw type for events it does not know', () => {
    expect(timelineEventLabel(t, 'case.escalated')).toBe('case.escalated');
  });

  it('describes stage moves and updates from the payload', () => {
    expect(timelineEventDetail(t, 'opportunity.stage_changed', { from: 'Prospecting', to: 'Proposal' })).toBe('Prospecting → Proposal');
    expect(timelineEventDetail(t, 'opportunity.stage_changed', { from: 'Proposal', to: 'Closed Lost', lostReason: 'Price' })).toBe(
      'Proposal → Closed Lost (lost: Price)',
    );
    expect(timelineEventDetail(t, 'record.updated', { changes: [{ field: 'phone' }, { field: 'customThing' }] })).toBe(
      'Changed: Phone, customThing',
    );
    expect(timelineEventDetail(t, 'activity.logged', { type: 'call', done: true })).toBe('Call · Done');
    expect(timelineEventDetail(t, 'activity.logged', {})).toBeUndefined();
  });

  it('names lifecycle stage changes (customer value, issue 17) in the reader’s words', () => {
    expect(timelineEventLabel(t, 'record.lifecycleChanged')).toBe('Lifecycle stage changed');
    expect(timelineEventDetail(t, 'record.lifecycleChanged', { from: 'customer', to: 'repeat_customer' })).toBe('Customer → Repeat customer');
    expect(timelineEventDetail(tZh, 'record.lifecycleChanged', { from: 'repeat_customer', to: 'at_risk' })).toBe('回头客 → 有流失风险');
    // The first run gives a stage without a previous one; a stage from a later server stays as sent.
    expect(timelineEventDetail(t, 'record.lifecycleChanged', { from: null, to: 'lead' })).toBeUndefined();
    expect(timelineEventDetail(t, 'record.lifecycleChanged', { from: 'lapsed', to: 'vip' })).toBe('Lapsed → vip');
    expect(timelineEventDetail(t, 'record.lifecycleChanged', {})).toBeUndefined();
    expect(timelineEventColor('record.lifecycleChanged', { to: 'lapsed' })).toBe('red');
    expect(timelineEventColor('record.lifecycleChanged', { to: 'repeat_customer' })).toBe('blue');
  });

  it('reads payloads defensively', () => {
    expect(parsePayload('{"a":1}')).toEqual({ a: 1 });
    expect(parsePayload('not json')).toEqual({});
    expect(parsePayload('[1]')).toEqual({});
    expect(parsePayload(null)).toEqual({});
  });
});
