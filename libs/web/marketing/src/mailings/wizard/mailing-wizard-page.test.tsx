import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  CampaignMemberStatusesDocument,
  CampaignOptionsDocument,
  ContactPolicyDocument,
  createCache,
  MailingAudienceCountDocument,
  MailingCampaignsDocument,
  MailingDocument,
  MailingWizardOptionsDocument,
  SegmentsDocument,
  SendMailingDocument,
  UpdateMailingDocument,
  type CurrentUserFragment,
  type MailingFieldsFragment,
  type UpdateMailingMutationVariables,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, mailingFixture, pickOption, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_ROUTES } from '../../routes';

// The wizard on a saved draft, on a mocked API: the schedule step's "Repeat" choice, the rule the
// draft is saved with, the review's words and "Start series", and a refused rule shown on its field.

const ANY = { maxUsageCount: Number.POSITIVE_INFINITY };
const ME: CurrentUserFragment = { __typename: 'User', id: 'u-1', email: 'mia@example.com', name: 'Mia Marketer', role: 'MARKETER', locale: 'EN', team: null, permissions: grantsFor('MARKETER') };

const DRAFT: MailingFieldsFragment = mailingFixture({ name: 'Weekly news', ownerId: 'u-1' });

const REPORT = {
  engagement: { __typename: 'MailingEngagement', sent: 0, delivered: 0, opens: 0, uniqueOpens: 0, machineOpens: 0, clicks: 0, uniqueClicks: 0, machineClicks: 0, unsubscribes: 0, hardBounces: 0, softBounces: 0, complaints: 0, replies: 0 },
  links: [],
  hourly: [],
};

const base: MockLink.MockedResponse[] = [
  { request: { query: MailingDocument, variables: { id: 'm1' } }, result: { data: { mailing: { ...DRAFT, ...REPORT } } }, ...ANY },
  {
    request: { query: MailingWizardOptionsDocument },
    result: {
      data: {
        emailTemplates: [{ __typename: 'EmailTemplate', id: 't1', name: 'Spring range', kind: 'MARKETING', archived: false, currentVersion: { __typename: 'EmailTemplateVersion', id: 'v1' } }],
        subscriptionTypes: [{ __typename: 'SubscriptionType', id: 's1', name: 'Product news', key: 'product-news' }],
      },
    },
    ...ANY,
  },
  {
    request: { query: ContactPolicyDocument },
    result: {
      data: {
        contactPolicy: { __typename: 'ContactPolicyModel', frequencyCap: null, sameContentOnce: true, quietHours: null, timeZone: 'Asia/Shanghai', rules: [], availableRules: [] },
      },
    },
    ...ANY,
  },
  {
    request: { query: MailingCampaignsDocument, variables: () => true },
    result: { data: { campaigns: { __typename: 'CampaignConnection', edges: [{ __typename: 'CampaignEdge', node: { __typename: 'Campaign', id: 'c1', name: 'Spring fair', type: 'EVENT' } }] } } },
    ...ANY,
  },
  // The audience step's list pickers ask for campaigns to offer.
  { request: { query: CampaignOptionsDocument, variables: () => true }, result: { data: { campaigns: { __typename: 'CampaignConnection', edges: [] } } }, ...ANY },
  {
    request: { query: CampaignMemberStatusesDocument, variables: () => true },
    result: { data: { campaignMemberStatuses: [{ __typename: 'CampaignMemberStatusOption', value: 'invited', responded: false }] } },
    ...ANY,
  },
  // The audience step's segment pickers (issue 17) and the review's summary name segments.
  {
    request: { query: SegmentsDocument, variables: { includeArchived: true } },
    result: {
      data: {
        segments: [
          { __typename: 'Segment', id: 's-vip', name: 'VIP buyers', description: null, dynamic: true, memberCount: 1200, refreshedAt: null, refreshMinutes: 60, ownerId: 'u-1', archivedAt: null },
          { __typename: 'Segment', id: 's-old', name: 'Old list', description: null, dynamic: false, memberCount: 5, refreshedAt: null, refreshMinutes: null, ownerId: 'u-1', archivedAt: '2026-01-01T00:00:00Z' },
        ],
      },
    },
    ...ANY,
  },
  {
    request: { query: MailingAudienceCountDocument, variables: () => true },
    result: { data: { mailingAudienceCount: { __typename: 'MailingAudienceCount', total: 3, eligible: 3, skipped: [] } } },
    ...ANY,
  },
];

/** `updateMailing`: records each input, answers with the draft as the API would keep it (or refuses with `refusal`). */
function updateMock(inputs: UpdateMailingMutationVariables['input'][], refusal?: GraphQLError): MockLink.MockedResponse {
  return {
    request: { query: UpdateMailingDocument, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables['input'] as UpdateMailingMutationVariables['input'];
      inputs.push(input);
      if (refusal) return { errors: [refusal] };
      return { data: { updateMailing: { ...DRAFT, kind: input.recurrence ? 'RECURRING' : 'ONE_OFF' } } };
    },
    ...ANY,
  };
}

const started: MockLink.MockedResponse = {
  request: { query: SendMailingDocument, variables: () => true },
  result: { data: { sendMailing: { ...DRAFT, status: 'SCHEDULED', kind: 'RECURRING', scheduledAt: '2026-12-06T00:00:00Z', nextRunAt: '2026-12-07T01:00:00Z' } } },
  ...ANY,
};

function renderWizard(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: ['/marketing/mailings/new?draft=m1'] });
  render(
    <MockedProvider mocks={[...mocks, ...base, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={ME}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}


const stepIs = (step: string) => waitFor(() => expect(screen.getByTestId('mailing-step-title').getAttribute('data-step')).toBe(step), { timeout: 10_000 });

/** From the draft's first step to the schedule step (the draft is unchanged: nothing is saved on the way). */
async function toSchedule() {
  await screen.findByTestId('mailing-step-title', {}, { timeout: 10_000 });
  await waitFor(() => expect((screen.getByTestId('mailing-name') as HTMLInputElement).value).toBe('Weekly news'));
  fireEvent.click(screen.getByTestId('mailing-next'));
  await stepIs('audience');
  fireEvent.click(screen.getByTestId('mailing-next'));
  await stepIs('schedule');
}

describe('MailingWizardPage: a recurring mailing', { timeout: 60_000 }, () => {
  it('repeats weekly on chosen days in the policy’s zone, says the rule on the review and starts the series', async () => {
    const inputs: UpdateMailingMutationVariables['input'][] = [];
    const router = renderWizard([updateMock(inputs), started]);
    await toSchedule();
    expect(inputs).toEqual([]);

    // Once by default; the series' fields appear with "Weekly", the days named in the UI language.
    const repeat = screen.getByRole('radiogroup', { name: 'Repeat' });
    expect((within(repeat).getByRole('radio', { name: 'Once' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('mailing-repeat-weekdays')).toBeNull();
    fireEvent.click(within(repeat).getByRole('radio', { name: 'Weekly' }));
    const days = await screen.findByRole('group', { name: 'Days of the week' });
    expect(within(days).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(screen.getByRole('radiogroup', { name: 'Start the series' })).toBeTruthy();
    // The zone starts as the contact policy's.
    await waitFor(() => expect(screen.getByTestId('mailing-repeat-zone').textContent).toContain('Asia/Shanghai'));

    // Next without a day: the step says what is missing and stays.
    fireEvent.click(screen.getByTestId('mailing-next'));
    await screen.findByText('Choose at least one day.');
    expect(inputs).toEqual([]);

    fireEvent.click(within(days).getByRole('checkbox', { name: 'Thu' }));
    fireEvent.click(within(days).getByRole('checkbox', { name: 'Mon' }));
    const ends = screen.getByRole('radiogroup', { name: 'Ends' });
    fireEvent.click(within(ends).getByRole('radio', { name: 'On a date' }));
    await screen.findByTestId('mailing-repeat-until');
    fireEvent.click(within(ends).getByRole('radio', { name: 'After a number of mailings' }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'Number of mailings' }), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('mailing-next'));
    await stepIs('review');

    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      id: 'm1',
      scheduledAt: null,
      localHour: null,
      recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: [1, 4], monthDay: null, hour: 9, minute: 0, timeZone: 'Asia/Shanghai', count: 2, until: null },
    });
    expect(screen.getByTestId('mailing-review-repeat').textContent).toBe('Every Monday and Thursday at 09:00 (Asia/Shanghai), 2 times');
    expect(within(screen.getByTestId('mailing-review')).getByText('As soon as you start it')).toBeTruthy();

    const start = screen.getByTestId('mailing-send');
    expect(start.textContent).toBe('Start series');
    fireEvent.click(start);
    // The mailing's page loads on first visit (a lazy route): the address changes once it is in.
    await waitFor(() => expect(router.state.location.pathname).toBe('/marketing/mailings/m1'), { timeout: 10_000 });
    await screen.findByText(/^The series has started: its first mailing goes at 2026-12-07 \d{2}:00\.$/);
  });

  it('shows a rule the API refused on its own field, on the schedule step', async () => {
    const inputs: UpdateMailingMutationVariables['input'][] = [];
    const refusal = new GraphQLError('Invalid input', {
      extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.recurrence.timeZone', message: 'Choose a time zone such as Asia/Shanghai.' }] },
    });
    renderWizard([updateMock(inputs, refusal)]);
    await toSchedule();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Repeat' })).getByRole('radio', { name: 'Monthly' }));
    await screen.findByRole('spinbutton', { name: 'Every how many months' });
    expect((screen.getByRole('spinbutton', { name: 'Day of the month' }) as HTMLInputElement).value).toBe('1');
    // A field shown and hidden again ("on a date", then "never") does not hold the step back.
    const ends = screen.getByRole('radiogroup', { name: 'Ends' });
    fireEvent.click(within(ends).getByRole('radio', { name: 'On a date' }));
    await screen.findByTestId('mailing-repeat-until');
    fireEvent.click(within(ends).getByRole('radio', { name: 'Never (until cancelled)' }));
    fireEvent.click(screen.getByTestId('mailing-next'));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]!.recurrence).toMatchObject({ frequency: 'MONTHLY', weekdays: null, monthDay: 1, timeZone: 'Asia/Shanghai', count: null, until: null });
    const message = await screen.findByText('Choose a time zone such as Asia/Shanghai.');
    // On the time zone's field, and the wizard stays on the schedule.
    expect(message.closest('.ant-form-item')?.querySelector('[data-testid="mailing-repeat-zone"]')).toBeTruthy();
    expect(screen.getByTestId('mailing-step-title').getAttribute('data-step')).toBe('schedule');
    expect(screen.queryByTestId('mailing-wizard-error')).toBeNull();
  });

  it('sends to segments and leaves out others, and says so on the review', async () => {
    const inputs: UpdateMailingMutationVariables['input'][] = [];
    renderWizard([updateMock(inputs), started]);
    await screen.findByTestId('mailing-step-title', {}, { timeout: 10_000 });
    await waitFor(() => expect((screen.getByTestId('mailing-name') as HTMLInputElement).value).toBe('Weekly news'));
    fireEvent.click(screen.getByTestId('mailing-next'));
    await stepIs('audience');
    // Archived segments are not offered.
    await pickOption(await screen.findByTestId('mailing-segments'), 'VIP buyers (1,200 members)');
    expect(document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')?.textContent).not.toContain('Old list');
    // The audience is saved once it rests, with the segment in it.
    await waitFor(() => expect(inputs.at(-1)?.audience).toMatchObject({ campaignMemberStatuses: ['invited'], segmentIds: ['s-vip'], excludeSegmentIds: [] }), { timeout: 5_000 });
    // Next waits while the save is under way (its button is busy).
    await waitFor(() => expect(screen.getByTestId('mailing-next').classList.contains('ant-btn-loading')).toBe(false));
    fireEvent.click(screen.getByTestId('mailing-next'));
    await stepIs('schedule');
    fireEvent.click(screen.getByTestId('mailing-next'));
    await stepIs('review');
    const summary = await screen.findByTestId('mailing-audience-summary');
    await waitFor(() => expect(summary.textContent).toContain('Everyone in the segments: VIP buyers'));
    expect(within(summary).getByRole('link', { name: 'VIP buyers' }).getAttribute('href')).toBe('/segments/s-vip');
  });
});
