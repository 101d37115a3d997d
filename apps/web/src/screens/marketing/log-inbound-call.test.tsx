import { LogInboundCallDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { grantsFor, meMock, salesOverviewMock } from '@rapport/web-testing';
import { renderApp } from '../../testing/render-app';

describe('Log an inbound call', { timeout: 60_000 }, () => {
  it('logs the call from the header and links to the contact the number found', async () => {
    const logged = vi.fn(() => ({
      data: {
        logInboundCall: {
          __typename: 'LogInboundCallPayload',
          createdLead: false,
          activity: { __typename: 'Activity', id: 'act-9' },
          campaign: { __typename: 'Campaign', id: 'cmp-baidu', name: 'Baidu ads' },
          contact: { __typename: 'Contact', id: 'ct-1', firstName: '敏', lastName: '王', name: '敏 王' },
          lead: null,
        },
      },
    }));
    const { router } = renderApp('/sales', [
      meMock('SALES_REP'),
      salesOverviewMock(),
      {
        request: {
          query: LogInboundCallDocument,
          variables: { input: { dialedNumber: '+86 400 820 1234', callerNumber: '138 0013 8000', callerName: null, notes: 'Asked for a demo' } },
        },
        result: logged,
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an inbound call' }, { timeout: 10_000 }));
    fireEvent.change(await screen.findByTestId('log-call-dialed', {}, { timeout: 5000 }), { target: { value: ' +86 400 820 1234 ' } });
    fireEvent.change(screen.getByLabelText('Caller’s number'), { target: { value: '138 0013 8000' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Asked for a demo' } });
    fireEvent.click(screen.getByTestId('log-call-submit'));
    await waitFor(() => expect(logged).toHaveBeenCalledTimes(1), { timeout: 5000 });

    const result = await screen.findByTestId('log-call-result');
    expect(result.textContent).toContain('Baidu ads');
    const person = within(result).getByTestId('log-call-person');
    expect(person.textContent).toBe('王敏');
    fireEvent.click(person);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sales/contacts/ct-1'));
  });

  it('insists on both numbers before sending anything', async () => {
    const logged = vi.fn();
    renderApp('/sales', [meMock('SALES_REP'), salesOverviewMock(), { request: { query: LogInboundCallDocument, variables: () => true }, result: logged }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an inbound call' }, { timeout: 10_000 }));
    fireEvent.click(await screen.findByTestId('log-call-submit', {}, { timeout: 5000 }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(logged).not.toHaveBeenCalled();
  });

  it('is not offered to a role that may not log activities', async () => {
    // Every staff role may log activities today: a marketer whose grant was taken away stands for one that may not.
    const withoutActivities = grantsFor('MARKETER').map((g) => (g.object === 'activity' ? { ...g, write: 'NONE' as const } : g));
    renderApp('/marketing/campaigns', [meMock('MARKETER', withoutActivities)]);
    expect(await screen.findByTestId('user-menu', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Log an inbound call' })).toBeNull();
  });
});
