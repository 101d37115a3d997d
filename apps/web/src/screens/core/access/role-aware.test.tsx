import {
  AccountDocument,
  AccountsDocument,
  AccountTimelineDocument,
  ActivitiesDocument,
  CommitmentsDocument,
  ContactsDocument,
  OpportunitiesDocument,
  PossibleDuplicatesDocument,
  type AccountDetailFragment,
  type Role,
} from '@rapport/web-data-access';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { always, connection, customFieldsMock, meMock, salesOverviewMock, savedViewsMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

// Screens built from `me.permissions` (the API's permission table) and each record's `viewerCan`:
// what a role may not do is not offered, and a page it may not use says why instead of failing.

const empty = (typename: string) => connection(typename, []);

const listMocks = (role: Role) => [
  meMock(role),
  salesOverviewMock(),
  customFieldsMock('ACCOUNT'),
  customFieldsMock('CONTACT'),
  savedViewsMock('accounts'),
  savedViewsMock('contacts'),
  always(AccountsDocument, { accounts: empty('Account') }),
  always(ContactsDocument, { contacts: empty('Contact') }),
];

function account(can: { update: boolean; share: boolean; merge: boolean }): AccountDetailFragment {
  return {
    __typename: 'Account',
    id: 'a-1',
    customFields: {},
    name: 'Stark Trading Inc.',
    industry: 'Retail',
    tier: null,
    territory: null,
    website: null,
    taxId: null,
    phone: null,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    owner: { __typename: 'UserRef', id: 'u-rep', name: 'Rita Rep' },
    viewerCan: { __typename: 'RecordViewerCan', ...can },
    employeeCount: null,
    annualRevenue: null,
    billingAddress: null,
    shippingAddress: null,
    parentAccount: null,
  };
}

const accountPageMocks = (role: Role, can: { update: boolean; share: boolean; merge: boolean }) => [
  meMock(role),
  customFieldsMock('ACCOUNT'),
  customFieldsMock('CONTACT'),
  customFieldsMock('OPPORTUNITY'),
  { request: { query: AccountDocument, variables: { id: 'a-1' } }, result: { data: { account: account(can) } }, maxUsageCount: Number.POSITIVE_INFINITY },
  always(PossibleDuplicatesDocument, { possibleDuplicates: [] }),
  always(ContactsDocument, { contacts: empty('Contact') }),
  always(OpportunitiesDocument, { opportunities: empty('Opportunity') }),
  always(ActivitiesDocument, { activities: empty('Activity') }),
  always(CommitmentsDocument, { commitments: empty('Commitment') }),
  always(AccountTimelineDocument, { account: { __typename: 'Account', id: 'a-1', timeline: { __typename: 'TimelineConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } }),
];

describe('role-aware screens', { timeout: 60_000 }, () => {
  it('gives a service agent a menu of what its role opens, and nothing else', async () => {
    renderApp('/sales', listMocks('SERVICE_AGENT'));
    expect(await screen.findByTestId('nav-sales', {}, { timeout: 10_000 })).toBeTruthy();
    for (const key of ['sales-accounts', 'sales-contacts', 'sales-commitments', 'sales-catalog', 'sales-activities']) {
      expect(screen.getByTestId(`nav-${key}`), key).toBeTruthy();
    }
    for (const key of ['sales-opportunities', 'sales-pipeline', 'sales-quotes', 'sales-forecast', 'sales-handover', 'sales-quote-approvals', 'leads', 'admin']) {
      expect(screen.queryByTestId(`nav-${key}`), key).toBeNull();
    }
    // The start page's tiles are promises too: no leads, deals or board.
    expect(await screen.findByTestId('sales-home-accounts')).toBeTruthy();
    expect(screen.queryByTestId('sales-home-leads')).toBeNull();
    expect(screen.queryByTestId('sales-home-pipeline')).toBeNull();
  });

  it('explains a page the role may not use instead of failing: what it needs, the role, who has it, no retry', async () => {
    renderApp('/sales/pipeline', listMocks('SERVICE_MANAGER'));
    const page = await screen.findByTestId('no-access', {}, { timeout: 10_000 });
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('You can’t use this page');
    expect(within(page).getByTestId('no-access-needs').textContent).toBe(
      'This page needs permission to see opportunities and see the sales pipelines. Your role, Service manager, does not include it.',
    );
    expect((await within(page).findByTestId('no-access-roles')).textContent).toBe('Roles that include it: Administrator, Sales manager, Sales rep, and Marketer.');
    expect(within(page).queryByText('Retry')).toBeNull();
    expect(within(page).getByRole('link', { name: 'Go to the start page' }).getAttribute('href')).toBe('/');
  });

  it('offers a service agent no new account, and says there are none yet (it reads every account)', async () => {
    renderApp('/sales/accounts', listMocks('SERVICE_AGENT'));
    const reason = await screen.findByTestId('list-empty-reason', {}, { timeout: 10_000 });
    expect(reason.textContent).toBe('No accounts yet.');
    expect(screen.queryByTestId('account-create')).toBeNull();
    expect(screen.queryByTestId('account-create-empty')).toBeNull();
    // No checkboxes either: bulk assign and merge change records.
    expect(screen.getByTestId('accounts-table').querySelector('.ant-table-selection-column')).toBeNull();
  });

  it('lets a service agent create contacts, which its role allows', async () => {
    renderApp('/sales/contacts', listMocks('SERVICE_AGENT'));
    const reason = await screen.findByTestId('list-empty-reason', {}, { timeout: 10_000 });
    expect(reason.textContent).toBe('No contacts yet.New contact');
    expect(screen.getByTestId('contact-create')).toBeTruthy();
  });

  it('tells a rep an empty list means none they can see, and why', async () => {
    renderApp('/sales/accounts', listMocks('SALES_REP'));
    const reason = await screen.findByTestId('list-empty-reason', {}, { timeout: 10_000 });
    expect(reason.getAttribute('data-scope')).toBe('OWN');
    expect(within(reason).getByText('No accounts you can see.')).toBeTruthy();
    expect(within(reason).getByText('You see the accounts you own and those shared with you.')).toBeTruthy();
    expect(within(reason).getByTestId('account-create-empty')).toBeTruthy();
  });

  it('shows no edit, share or merge on an account the viewer may not change, and no deals card to a role without deals', async () => {
    renderApp('/sales/accounts/a-1', accountPageMocks('SERVICE_AGENT', { update: false, share: false, merge: false }));
    expect(await screen.findByTestId('account-details', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('record-edit')).toBeNull();
    expect(screen.queryByTestId('record-share')).toBeNull();
    expect(screen.queryByTestId('related-opportunities')).toBeNull();
    expect(screen.queryByTestId('account-opportunity-create')).toBeNull();
    // Its own contacts it may create, from the account too.
    await waitFor(() => expect(screen.getByTestId('account-contact-create')).toBeTruthy());
  });

  it('shows edit and share where the account’s viewerCan allows them', async () => {
    renderApp('/sales/accounts/a-1', accountPageMocks('SALES_REP', { update: true, share: true, merge: true }));
    expect(await screen.findByTestId('record-edit', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId('record-share')).toBeTruthy();
    expect(screen.getByTestId('related-opportunities')).toBeTruthy();
  });
});
