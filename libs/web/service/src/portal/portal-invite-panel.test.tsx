import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, InvitePortalUserDocument, PortalInviteContactDocument } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import PortalInvitePanel from './portal-invite-panel';

const T = { timeout: 10_000 };

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const contactMock = (update: boolean) => ({
  request: { query: PortalInviteContactDocument, variables: { id: 'c-1' } },
  result: { data: { contact: { __typename: 'Contact' as const, id: 'c-1', email: 'ann@acme.test', viewerCan: { __typename: 'RecordViewerCan' as const, update } } } },
});

function renderPanel(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <PortalInvitePanel record={{ id: 'c-1', name: 'Ann Wu' }} />
        <p data-testid="rendered">page</p>
      </App>
    </MockedProvider>,
  );
}

describe('Invite to the customer portal', { timeout: 60_000 }, () => {
  it('invites the contact, as the account’s service admin when ticked', async () => {
    const asked: unknown[] = [];
    renderPanel([
      contactMock(true),
      { request: { query: InvitePortalUserDocument, variables: (v: unknown) => (asked.push(v), true) }, result: { data: { invitePortalUser: { __typename: 'PortalLogin', userId: 'u-9', contactId: 'c-1', email: 'ann@acme.test', accountAdmin: true, verifiedAt: null } } } },
    ]);
    fireEvent.click(await screen.findByRole('checkbox', { name: /service admin/ }, T));
    fireEvent.click(screen.getByTestId('portal-invite'));
    expect(await screen.findByText('Invitation sent to ann@acme.test.', {}, T)).toBeTruthy();
    expect(asked).toEqual([{ input: { contactId: 'c-1', accountAdmin: true } }]);
  });

  it('shows the server’s field error', async () => {
    renderPanel([
      contactMock(true),
      { request: { query: InvitePortalUserDocument, variables: () => true }, result: { errors: [new GraphQLError('Validation failed', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.contactId', message: 'This contact has no email address.' }] } })] } },
    ]);
    fireEvent.click(await screen.findByTestId('portal-invite', {}, T));
    expect((await screen.findByTestId('portal-invite-error', {}, T)).textContent).toBe('This contact has no email address.');
  });

  it('is not offered to those who may not change the contact', async () => {
    renderPanel([contactMock(false)]);
    await screen.findByTestId('rendered');
    // Give the query time to answer: the panel must still not appear.
    await new Promise((r) => setTimeout(r, 300));
    await waitFor(() => expect(screen.queryByTestId('portal-invite-panel')).toBeNull());
  });

  it('is in Traditional Chinese when chosen', async () => {
    await i18n.changeLanguage('zh-TW');
    renderPanel([contactMock(true)]);
    expect((await screen.findByTestId('portal-invite', {}, T)).textContent?.replace(/\s/g, '')).toBe('邀請使用客戶入口網站');
  });
});
