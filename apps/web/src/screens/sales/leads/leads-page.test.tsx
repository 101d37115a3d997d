import { LeadsDocument, PossibleDuplicatesDocument, type LeadRowFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, customFieldsMock, leadRow, meMock, savedViewsMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const lead = (id: string, firstName: string, lastName: string, extra: Partial<LeadRowFragment> = {}): LeadRowFragment =>
  leadRow(id, { name: `${firstName} ${lastName}`, firstName, lastName, company: 'Globex Trading Ltd.', ...extra });

const orderBy = [{ field: 'CREATED_AT', direction: 'DESC' }];

const leadsPage = (filter: unknown, nodes: LeadRowFragment[]) => ({
  request: { query: LeadsDocument, variables: { first: 20, after: null, filter, orderBy } },
  result: { data: { leads: connection('Lead', nodes) } },
});

const searchFilter = (q: string) => ({
  or: [
    { firstName: { contains: q } },
    { lastName: { contains: q } },
    { company: { contains: q } },
    { email: { contains: q } },
    { phone: { contains: q } },
  ],
});

// Whole-app renders with antd tables and a modal: slow on a busy 2-core machine.
describe('LeadsPage', { timeout: 45_000 }, () => {
  it('lists leads with translated status and source, owner and total, and opens a lead on click', async () => {
    const { router } = renderApp('/leads', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD'),
      savedViewsMock('leads'),
      leadsPage(undefined, [lead('l1', 'Ann', 'Wu', { status: 'QUALIFIED', source: 'REFERRAL' }), lead('l2', 'Bo', 'Li')]),
    ]);
    const table = await screen.findByTestId('leads-table', {}, { timeout: 5000 });
    expect(await within(table).findByText('Ann Wu', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(table).getByText('Qualified')).toBeTruthy();
    expect(within(table).getByText('Referral')).toBeTruthy();
    expect(within(table).getAllByText('Rita Rep')).toHaveLength(2);
    expect(within(table).getByText('Page 1 · 2 in total')).toBeTruthy();

    // A click anywhere on the row (not only on the name link) opens the lead.
    fireEvent.click(within(table).getByText('l2@example.com'));
    // The lead page is a lazy route: the navigation settles once its code has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/leads/l2'), { timeout: 5000 });
  });

  it('searches on the server and shows the empty state when nothing matches', async () => {
    renderApp('/leads', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD'),
      savedViewsMock('leads'),
      leadsPage(undefined, [lead('l1', 'Ann', 'Wu')]),
      leadsPage(searchFilter('E2E123'), []),
    ]);
    await screen.findByText('Ann Wu', {}, { timeout: 5000 });
    fireEvent.change(screen.getByTestId('leads-search'), { target: { value: ' E2E123 ' } });
    expect(await screen.findByTestId('list-empty', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('No leads match these filters.')).toBeTruthy();
    expect(screen.queryByText('Ann Wu')).toBeNull();
  });

  it('warns about possible duplicates while a new lead is typed in', async () => {
    renderApp('/leads', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD'),
      savedViewsMock('leads'),
      leadsPage(undefined, [lead('l1', 'Ann', 'Wu')]),
      {
        request: { query: PossibleDuplicatesDocument, variables: { input: { lastName: 'Wu', email: 'ann@globex.example' } } },
        result: {
          data: {
            possibleDuplicates: [
              {
                __typename: 'DuplicateCandidate',
                type: 'contact',
                id: 'c9',
                title: 'Ann Wu',
                subtitle: 'ann@globex.example',
                reasons: ['email', 'name'],
                score: 95,
              },
            ],
          },
        },
      },
    ]);
    await screen.findByText('Ann Wu', {}, { timeout: 5000 });
    fireEvent.click(screen.getByTestId('lead-create'));
    fireEvent.change(await screen.findByTestId('lead-lastName'), { target: { value: 'Wu' } });
    fireEvent.change(screen.getByTestId('lead-email'), { target: { value: 'ann@globex.example' } });

    const warning = await screen.findByTestId('duplicates-warning', {}, { timeout: 5000 });
    expect(within(warning).getByText('Possible duplicates')).toBeTruthy();
    expect(within(warning).getByText('same email')).toBeTruthy();
    expect(within(warning).getByRole('link', { name: 'Ann Wu' }).getAttribute('href')).toBe('/sales/contacts/c9');
  });
});
