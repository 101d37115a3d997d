import { LeadsDocument, MergeLeadsDocument, MergeRecordsDocument, PossibleDuplicatesDocument, type MergeLeadsQuery } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { always, connection, customFieldsMock, meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { leadDetail, leadMock } from '@rapport/web-testing';

type Node = MergeLeadsQuery['leads']['edges'][number]['node'];
// The merge query asks for a lead's fields without its custom fields and permissions.
const mergeNode = (id: string, extra: Partial<Node>): Node => {
  const { customFields: _customFields, viewerCan: _viewerCan, ...node } = leadDetail({ id, ...extra });
  return node;
};

// antd puts data-* props of a Radio on its input or on the label, depending on the version.
const radio = (el: HTMLElement) => (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;

describe('merging duplicates from a record page', { timeout: 60_000 }, () => {
  it('shows both records side by side, lets the person choose, merges and opens the survivor', async () => {
    const merged = vi.fn(() => ({ data: { mergeRecords: { __typename: 'MergeRecordsPayload', survivorId: 'l9', mergedIds: ['l1'] } } }));
    const { router } = renderApp('/leads/l1', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD'),
      leadMock(leadDetail()),
      leadMock(leadDetail({ id: 'l9', company: 'Globex Trading', phone: '+86 21 5555 0101', title: 'Buyer', status: 'WORKING' })),
      // The candidate's own viewerCan: this rep may merge it too.
      always(LeadsDocument, { leads: connection('Lead', [leadDetail({ id: 'l9' })]) }),
      {
        request: {
          query: PossibleDuplicatesDocument,
          variables: { input: { firstName: 'Ann', lastName: 'Wu', company: 'Globex', email: 'ann@globex.example', excludeId: 'l1' } },
        },
        result: {
          data: {
            possibleDuplicates: [
              { __typename: 'DuplicateCandidate', type: 'lead', id: 'l9', title: 'Ann Wu', subtitle: 'Globex Trading', reasons: ['email'], score: 95 },
              { __typename: 'DuplicateCandidate', type: 'contact', id: 'c3', title: 'Ann Wu', subtitle: null, reasons: ['name'], score: 60 },
            ],
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: MergeLeadsDocument, variables: { ids: ['l1', 'l9'] } },
        result: {
          data: {
            leads: {
              __typename: 'LeadConnection',
              edges: [
                { __typename: 'LeadEdge', node: mergeNode('l1', {}) },
                { __typename: 'LeadEdge', node: mergeNode('l9', { company: 'Globex Trading', phone: '+86 21 5555 0101', title: 'Buyer', status: 'WORKING' }) },
              ],
            },
          },
        },
      },
      {
        request: {
          query: MergeRecordsDocument,
          variables: { input: { objectType: 'LEAD', survivorId: 'l9', mergedIds: ['l1'], fieldChoices: [{ field: 'company', fromId: 'l1' }] } },
        },
        result: merged,
      },
    ]);

    const warning = await screen.findByTestId('duplicates-warning', {}, { timeout: 10_000 });
    // Only a lead can be merged into a lead; the contact is listed for checking.
    expect(within(warning).queryByTestId('duplicate-merge-c3')).toBeNull();
    // Offered once the candidate's own viewerCan says this rep may merge it.
    fireEvent.click(await within(warning).findByTestId('duplicate-merge-l9', {}, { timeout: 5000 }));

    const table = await screen.findByTestId('merge-table', {}, { timeout: 5000 });
    // Equal values need no choice; differing ones offer a radio per record.
    expect(within(table).queryByTestId('merge-pick-email-0')).toBeNull();
    expect(within(table).getByText('Working')).toBeTruthy();
    // The survivor lacks a phone number: the other record's is kept by default.
    expect(radio(within(table).getByTestId('merge-pick-phone-1')).checked).toBe(true);

    fireEvent.click(radio(within(table).getByTestId('merge-survivor-1')));
    fireEvent.click(radio(within(table).getByTestId('merge-pick-company-0')));
    expect(screen.getByTestId('merge-submit').textContent).toBe('Merge into Ann Wu');
    fireEvent.click(screen.getByTestId('merge-submit'));

    await waitFor(() => expect(merged).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(router.state.location.pathname).toBe('/leads/l9'), { timeout: 5000 });
    expect(await screen.findByText('The records were merged into Ann Wu.', {}, { timeout: 5000 })).toBeTruthy();
  });
});
