import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MeDocument } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aMe, aRow, casesMock, jsonResponse, mockFetch, renderPortal } from './portal-fixtures';

const T = { timeout: 10_000 };

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

describe('Portal sign-in', { timeout: 60_000 }, () => {
  it('signs a customer in with their password and opens their cases', async () => {
    const { calls } = mockFetch(jsonResponse(200, { data: { login: { user: aMe() } } }));
    const router = renderPortal('/portal/sign-in', [casesMock([aRow('k-1')])], null);
    fireEvent.change(await screen.findByTestId('portal-email', {}, T), { target: { value: ' ann@acme.test ' } });
    fireEvent.change(screen.getByTestId('portal-password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByTestId('portal-sign-in'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal'), T);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.body).toMatchObject({ operationName: 'Login', variables: { input: { email: 'ann@acme.test', password: 'correct horse battery' } } });
    expect(await screen.findByText('Pump k-1 leaks', {}, T)).toBeTruthy();
    expect(screen.getByTestId('portal-sign-out')).toBeTruthy();
  });

  it('mails a sign-in link to the address typed, and says so', async () => {
    const { calls } = mockFetch(jsonResponse(202, { status: 'check-your-email' }));
    renderPortal('/portal/sign-in', [], null);
    fireEvent.change(await screen.findByTestId('portal-email', {}, T), { target: { value: 'ann@acme.test' } });
    fireEvent.click(screen.getByTestId('portal-email-link'));
    expect((await screen.findByTestId('portal-link-sent', {}, T)).textContent).toContain('ann@acme.test');
    expect(calls).toEqual([{ url: '/api/public/portal/sign-in-link', body: { email: 'ann@acme.test' } }]);
  });

  it('shows how long to wait when the server limits the rate', async () => {
    mockFetch(jsonResponse(429, { title: 'Too many submissions; please try again in a minute.' }, { 'retry-after': '42' }));
    renderPortal('/portal/sign-in', [], null);
    fireEvent.change(await screen.findByTestId('portal-email', {}, T), { target: { value: 'ann@acme.test' } });
    fireEvent.click(screen.getByTestId('portal-email-link'));
    expect((await screen.findByTestId('portal-sign-in-error', {}, T)).textContent).toContain('Please wait 42 seconds.');
  });

  it('sends the signed-out to the portal’s sign-in page, not the staff one', async () => {
    const signedOut = { request: { query: MeDocument }, result: { errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })] } };
    const router = renderPortal('/portal', [signedOut], null);
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/sign-in'), T);
  });

  it('tells staff this is the customer portal, with a way back', async () => {
    renderPortal('/portal', [], aMe('SERVICE_AGENT'));
    const notice = await screen.findByTestId('portal-staff-notice', {}, T);
    expect(notice.textContent).toContain('This is the customer portal');
    expect(screen.getByRole('link', { name: 'Back to Rapport' }).getAttribute('href')).toBe('/');
  });
});

describe('Portal sign-up', { timeout: 60_000 }, () => {
  it('sends name, address, password and language, then says to check the mail', async () => {
    const { calls } = mockFetch(jsonResponse(202, { status: 'check-your-email' }));
    renderPortal('/portal/sign-up', [], null);
    fireEvent.change(await screen.findByTestId('portal-name', {}, T), { target: { value: 'Ann Wu' } });
    fireEvent.change(screen.getByTestId('portal-email'), { target: { value: 'ann@acme.test' } });
    fireEvent.change(screen.getByTestId('portal-password'), { target: { value: 'long enough pass' } });
    fireEvent.click(screen.getByTestId('portal-sign-up'));
    expect((await screen.findByTestId('portal-sign-up-sent', {}, T)).textContent).toContain('ann@acme.test');
    expect(calls).toEqual([{ url: '/api/public/portal/sign-up', body: { email: 'ann@acme.test', name: 'Ann Wu', password: 'long enough pass', language: 'en' } }]);
  });

  it('puts the server’s field error on its field', async () => {
    mockFetch(jsonResponse(400, { title: 'Validation failed', errors: [{ path: 'password', message: 'That password is too common.' }] }));
    renderPortal('/portal/sign-up', [], null);
    fireEvent.change(await screen.findByTestId('portal-name', {}, T), { target: { value: 'Ann Wu' } });
    fireEvent.change(screen.getByTestId('portal-email'), { target: { value: 'ann@acme.test' } });
    fireEvent.change(screen.getByTestId('portal-password'), { target: { value: 'password123' } });
    fireEvent.click(screen.getByTestId('portal-sign-up'));
    expect(await screen.findByText('That password is too common.', {}, T)).toBeTruthy();
    expect(screen.queryByTestId('portal-sign-up-error')).toBeNull();
  });

  it('is in Traditional Chinese when chosen', async () => {
    await i18n.changeLanguage('zh-TW');
    renderPortal('/portal/sign-up', [], null);
    expect((await screen.findByRole('heading', { level: 1 }, T)).textContent).toBe('註冊');
    expect(screen.getByText('您的姓名')).toBeTruthy();
    expect(screen.getByText('Rapport 客戶入口網站')).toBeTruthy();
  });
});

describe('Portal mailed links', { timeout: 60_000 }, () => {
  it('confirms the address with the link’s token on arrival and opens the cases', async () => {
    const { calls } = mockFetch(jsonResponse(200, { signedIn: true, expiresAt: '2026-12-21T00:00:00.000Z' }));
    const router = renderPortal('/portal/verify?token=tok-1', [casesMock([])], aMe());
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal'), T);
    expect(calls).toEqual([{ url: '/api/public/portal/links', body: { token: 'tok-1' } }]);
  });

  it('shows why a link will not do, and how to ask for a new one', async () => {
    mockFetch(jsonResponse(400, { title: 'Validation failed', errors: [{ path: 'token', message: 'This link has expired or was already used.' }] }));
    renderPortal('/portal/sign-in/link?token=old', [], null);
    expect((await screen.findByTestId('portal-link-error', {}, T)).textContent).toContain('This link has expired or was already used.');
    expect(screen.getByTestId('portal-link-ask-again').getAttribute('href')).toBe('/portal/sign-in');
  });

  it('lets an invited customer choose a password before following the invitation', async () => {
    const { calls } = mockFetch(jsonResponse(200, { signedIn: true, expiresAt: '2026-12-21T00:00:00.000Z' }));
    const router = renderPortal('/portal/welcome?token=inv-1', [casesMock([])], aMe());
    fireEvent.change(await screen.findByTestId('portal-password', {}, T), { target: { value: 'my new password' } });
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByTestId('portal-link-continue'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal'), T);
    expect(calls).toEqual([{ url: '/api/public/portal/links', body: { token: 'inv-1', password: 'my new password' } }]);
  });
});
