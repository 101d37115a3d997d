import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, CreateEventDocument, SubscriptionTypesDocument, UpdateEventDocument, type EventDetailFragment } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor } from '@rapport/web-testing';
import { loadLazyMessages } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EventFormModal } from './event-form-modal';
import { anEvent, meWith, mutationMock } from './events-fixtures';

beforeAll(async () => {
  await loadLazyMessages('events', 'en');
});

const TYPES: MockLink.MockedResponse = {
  request: { query: SubscriptionTypesDocument },
  result: { data: { subscriptionTypes: [{ __typename: 'SubscriptionType', id: '00000000-0000-4000-8000-000000000001', key: 'events', name: 'Event news', canonicalName: 'Event news', names: {}, description: null, doubleOptIn: false, requiresOptIn: true, active: true }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderModal(mocks: MockLink.MockedResponse[], event?: EventDetailFragment) {
  const onSaved = vi.fn();
  render(
    <MockedProvider mocks={[...mocks, TYPES]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith('MARKETER', grantsFor('MARKETER'))}>
          <MemoryRouter>
            <EventFormModal open event={event} onClose={() => undefined} onSaved={onSaved} />
          </MemoryRouter>
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return onSaved;
}

const dialog = () => screen.getByRole('dialog');
const itemOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;
const submit = () => fireEvent.click(screen.getByTestId('event-submit'));

describe('Event form', { timeout: 60_000 }, () => {
  it('checks the title before sending anything', async () => {
    const asked: Record<string, unknown>[] = [];
    renderModal([mutationMock(CreateEventDocument, asked, () => new GraphQLError('unexpected'))]);
    await screen.findByTestId('event-title', {}, { timeout: 10_000 });
    submit();
    await waitFor(() => expect(itemOf('event-title').textContent).toContain('Enter a title.'));
    expect(asked).toEqual([]);
    // A new event: next week 14:00–17:00, reminded a week and a day before.
    expect(within(dialog()).getByText('168 hours before')).toBeTruthy();
    expect(within(dialog()).getByText('24 hours before')).toBeTruthy();
  });

  it('puts the API’s field errors on their fields, a translation’s and a question’s on their own boxes', async () => {
    const asked: Record<string, unknown>[] = [];
    const onSaved = renderModal([
      mutationMock(CreateEventDocument, asked, () =>
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'VALIDATION_FAILED',
            fields: [
              { path: 'input.titles.zh-TW', message: 'must be at most 200 characters' },
              { path: 'input.endsAt', message: 'The event must end after it starts.' },
              { path: 'input.form.questions.0.key', message: 'another question has the key "q1"' },
              { path: 'input.agenda', message: 'must be an object with a list of sessions' },
            ],
          },
        }),
      ),
    ]);
    fireEvent.change(await screen.findByTestId('event-title', {}, { timeout: 10_000 }), { target: { value: 'Pump seminar' } });
    fireEvent.change(screen.getByTestId('event-title-zh-TW'), { target: { value: '幫浦研討會' } });
    fireEvent.click(screen.getByTestId('event-question-add'));
    fireEvent.change(await screen.findByTestId('event-question-0-label'), { target: { value: 'Your role?' } });
    submit();
    await waitFor(() => expect(itemOf('event-title-zh-TW').textContent).toContain('must be at most 200 characters'), { timeout: 10_000 });
    expect(itemOf('event-endsAt').textContent).toContain('The event must end after it starts.');
    expect(itemOf('event-question-0-key').textContent).toContain('another question has the key "q1"');
    expect(screen.getByTestId('event-form-error').textContent).toContain('must be an object with a list of sessions');
    expect(onSaved).not.toHaveBeenCalled();
    expect(asked[0]).toMatchObject({
      title: 'Pump seminar',
      titles: { 'zh-TW': '幫浦研討會' },
      type: 'SEMINAR',
      reminderHours: [168, 24],
      form: { questions: [{ key: 'q1', label: 'Your role?', type: 'text', required: false }], consents: [] },
      agenda: { sessions: [] },
    });
  });

  it('saves a change with the times on the event’s own clock and keeps what the editors do not show', async () => {
    const asked: Record<string, unknown>[] = [];
    const stored = anEvent('e-1', {
      timeZone: 'Asia/Taipei',
      form: {
        questions: [{ key: 'role', label: 'Role', labels: { 'zh-TW': '職務' }, type: 'choice', required: true, options: [{ value: 'buyer', label: 'Buyer', labels: { 'zh-TW': '採購' } }, { value: 'engineer', label: 'Engineer' }] }],
        consents: [{ subscriptionTypeId: '00000000-0000-4000-8000-000000000001', text: 'Send me event news', required: false }],
      },
      agenda: { sessions: [{ title: 'Welcome', startsAt: '2026-12-20T06:00:00.000Z', endsAt: '2026-12-20T06:30:00.000Z', speaker: 'Li Na' }] },
    });
    const onSaved = renderModal([mutationMock(UpdateEventDocument, asked, () => ({ updateEvent: { __typename: 'EventPayload', event: stored } }))], stored);
    expect(await screen.findByTestId('event-form-published-note', {}, { timeout: 10_000 })).toBeTruthy();
    const start = screen.getByTestId('event-startsAt');
    expect(((start.tagName === 'INPUT' ? start : start.querySelector('input')) as HTMLInputElement).value).toBe('2026-12-20 14:00');
    expect(within(dialog()).getByText('In Asia/Taipei (GMT+8)')).toBeTruthy();
    submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), { timeout: 10_000 });
    expect(asked[0]).toMatchObject({
      id: 'e-1',
      timeZone: 'Asia/Taipei',
      startsAt: '2026-12-20T06:00:00.000Z',
      endsAt: '2026-12-20T09:00:00.000Z',
      form: {
        questions: [{ key: 'role', label: 'Role', labels: { 'zh-TW': '職務' }, type: 'choice', required: true, options: [{ value: 'buyer', label: 'Buyer', labels: { 'zh-TW': '採購' } }, { value: 'engineer', label: 'Engineer' }] }],
        consents: [{ subscriptionTypeId: '00000000-0000-4000-8000-000000000001', text: 'Send me event news', required: false }],
      },
      agenda: { sessions: [{ title: 'Welcome', startsAt: '2026-12-20T06:00:00.000Z', endsAt: '2026-12-20T06:30:00.000Z', speaker: 'Li Na' }] },
    });
    expect((asked[0]!['form'] as { questions: Record<string, unknown>[] }).questions[0]).not.toHaveProperty('storedOptions');
  });
});
