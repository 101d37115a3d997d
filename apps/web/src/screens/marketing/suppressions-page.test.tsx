import type { MockLink } from '@apollo/client/testing';
import { AddSuppressionsDocument, RemoveSuppressionDocument, SuppressionsDocument } from '@rapport/web-data-access';
import { meMock, pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { suppression } from './consent-fixtures';

type Vars = { first?: number; after?: string | null; search?: string | null };

/** The list as the API pages it: by address, `first` a page, after the cursor (an address), narrowed by part of an address. */
function listMock(all: () => ReturnType<typeof suppression>[], asked: Vars[]): MockLink.MockedResponse {
  return {
    request: { query: SuppressionsDocument, variables: (v: Vars) => (asked.push(v), true) },
    result: (v: Vars) => {
      const matching = all().filter((s) => !v.search || s.address.includes(v.search.toLowerCase()));
      const rest = v.after ? matching.filter((s) => s.address > v.after!) : matching;
      const page = rest.slice(0, v.first ?? 50);
      return {
        data: {
          suppressions: {
            __typename: 'SuppressionConnection',
            totalCount: matching.length,
            totalCountCapped: false,
            edges: page.map((node) => ({ __typename: 'SuppressionEdge', cursor: node.address, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: rest.length > page.length, endCursor: page.at(-1)?.address ?? null },
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const MANY = Array.from({ length: 60 }, (_, i) => suppression(`person${String(i).padStart(2, '0')}@list.example`, i === 0 ? 'HARD_BOUNCE' : 'IMPORTED', i === 0 ? '5.1.1 user unknown' : 'old-crm.csv'));
// A page of 50 antd table rows takes a while to render in jsdom on a busy machine.
const SLOW = { timeout: 15_000 };
const addresses = () => within(screen.getByTestId('suppressions-table')).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-row-key'));

describe('Suppression list screen', { timeout: 120_000 }, () => {
  it('pages through the list 50 at a time with cursors, with reason and detail, and searches by part of an address', async () => {
    const asked: Vars[] = [];
    renderApp('/marketing/suppressions', [meMock('MARKETER'), listMock(() => MANY, asked)]);
    await screen.findByTestId('suppressions-table', {}, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Suppression list');
    expect(asked[0]).toEqual({ first: 50, after: null, search: null });
    expect(addresses()).toHaveLength(50);
    expect(screen.getByTestId('suppressions-total').textContent).toBe('Suppressed: 60');
    const first = screen.getByRole('row', { name: /person00@list\.example/ });
    expect(first.textContent).toContain('Hard bounce');
    expect(first.textContent).toContain('5.1.1 user unknown');
    expect(screen.getByRole('row', { name: /person01@list\.example/ }).textContent).toContain('Imported');

    fireEvent.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(addresses()).toEqual(MANY.slice(50).map((s) => s.address)), SLOW);
    expect(asked.at(-1)).toEqual({ first: 50, after: 'person49@list.example', search: null });
    fireEvent.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(addresses()[0]).toBe('person00@list.example'), SLOW);

    fireEvent.change(screen.getByTestId('suppressions-search'), { target: { value: 'person5' } });
    await waitFor(() => expect(addresses()).toEqual(MANY.slice(50, 60).map((s) => s.address)), SLOW);
    expect(asked.at(-1)).toEqual({ first: 50, after: null, search: 'person5' });

    fireEvent.change(screen.getByTestId('suppressions-search'), { target: { value: 'nobody' } });
    const empty = await screen.findByTestId('suppressions-empty', {}, SLOW);
    expect(empty.textContent).toBe('No suppressed address matches “nobody”.');
  });

  it('says so when no address is suppressed at all', async () => {
    renderApp('/marketing/suppressions', [meMock('MARKETER'), listMock(() => [], [])]);
    const empty = await screen.findByTestId('suppressions-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No address is suppressed.');
    expect(empty.getAttribute('data-searched')).toBe('false');
  });

  it('adds pasted addresses and a file’s, with a reason and the file as detail, and shows what was added, already there and not an address', async () => {
    const list = [suppression('known@list.example', 'IMPORTED')];
    const posted: Record<string, unknown>[] = [];
    const asked: Vars[] = [];
    renderApp('/marketing/suppressions', [
      meMock('MARKETER'),
      listMock(() => list, asked),
      {
        request: { query: AddSuppressionsDocument, variables: (v: Record<string, unknown>) => (posted.push(v), true) },
        result: () => {
          list.push(suppression('new@list.example', 'COMPLAINT', 'complaints.csv'));
          return { data: { addSuppressions: { __typename: 'AddSuppressionsPayload', added: 2, alreadySuppressed: 1, invalid: ['not an address'] } } };
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('suppression-add', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('suppression-add-submit'));
    expect((await within(dialog).findByTestId('suppression-add-error')).textContent).toBe('Paste or choose at least one address.');

    fireEvent.change(within(dialog).getByTestId('suppression-add-text'), { target: { value: 'new@list.example, known@list.example\nnot an address' } });
    await waitFor(() => expect(within(dialog).getByTestId('suppression-add-count').textContent).toBe('Entries to send: 3.'));
    const file = new File(['email,name\nOther@List.example,Ann\nnew@list.example,Bo\n'], 'complaints.csv', { type: 'text/csv' });
    fireEvent.change(within(dialog).getByTestId('suppression-add-file'), { target: { files: [file] } });
    expect((await within(dialog).findByTestId('suppression-add-file-read')).textContent).toBe('Addresses read from complaints.csv: 2.');
    expect((within(dialog).getByTestId('suppression-add-detail') as HTMLInputElement).value).toBe('complaints.csv');
    // new@list.example is in both: sent once.
    await waitFor(() => expect(within(dialog).getByTestId('suppression-add-count').textContent).toBe('Entries to send: 4.'));
    const wrong = new File(['x'], 'list.xlsx');
    fireEvent.change(within(dialog).getByTestId('suppression-add-file'), { target: { files: [wrong] } });
    expect((await within(dialog).findByTestId('suppression-add-file-problem')).textContent).toContain('list.xlsx is not a .csv or .txt file.');

    await pickOption(within(dialog).getByTestId('suppression-add-reason'), 'Complaint');
    fireEvent.click(within(dialog).getByTestId('suppression-add-submit'));
    const result = await within(dialog).findByTestId('suppression-add-result');
    expect(posted[0]).toEqual({ input: { addresses: ['new@list.example', 'known@list.example', 'not an address', 'Other@List.example'], reason: 'COMPLAINT', detail: 'complaints.csv' } });
    expect(within(result).getByTestId('suppression-result-added').textContent).toBe('2');
    expect(within(result).getByTestId('suppression-result-already').textContent).toBe('1');
    expect(within(result).getByTestId('suppression-result-invalid').textContent).toBe('1');
    expect(within(result).getByTestId('suppression-result-invalid-list').textContent).toBe('not an address');
    // The list asked again behind the dialog.
    await waitFor(() => expect(addresses()).toContain('new@list.example'));

    fireEvent.click(within(dialog).getByTestId('suppression-add-again'));
    expect(((await within(dialog).findByTestId('suppression-add-text')) as HTMLTextAreaElement).value).toBe('');
  });

  it('removes an address after a confirmation', async () => {
    const list = [suppression('a@list.example', 'IMPORTED'), suppression('b@list.example', 'HARD_BOUNCE')];
    const removed: string[] = [];
    renderApp('/marketing/suppressions', [
      meMock('ADMIN'),
      listMock(() => list.filter((s) => !removed.includes(s.address)), []),
      {
        request: { query: RemoveSuppressionDocument, variables: (v: { address: string }) => (removed.push(v.address), true) },
        result: { data: { removeSuppression: true } },
      },
    ]);
    await screen.findByTestId('suppressions-table', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove b@list.example from the suppression list' }));
    expect(await screen.findByText(/Take b@list.example off the suppression list\?/)).toBeTruthy();
    fireEvent.click(await screen.findByTestId('suppression-remove-confirm'));
    expect(await screen.findByText('b@list.example is off the suppression list.')).toBeTruthy();
    expect(removed).toEqual(['b@list.example']);
    await waitFor(() => expect(addresses()).toEqual(['a@list.example']));
  });

  it('keeps a sales rep out: the suppression list is for those who manage campaigns', async () => {
    renderApp('/marketing/suppressions', [meMock('SALES_REP'), listMock(() => MANY, [])]);
    expect(await screen.findByText(/create and change campaigns/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('suppressions-table')).toBeNull();
  });
});
