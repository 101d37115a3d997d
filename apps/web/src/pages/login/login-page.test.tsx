import type { Locale } from '@rapport/web-data-access';
import { currentLanguage, setLanguage } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { grantsFor } from '@rapport/web-testing';
import { LocalizedAntd } from '../../app/localized-antd';
import { takeHandedOverSession } from '../../session/session-handoff';
import { LoginPage } from './login-page';

const credentials = { email: 'ana@example.com', password: 'not-her-password' };

type Answer = { status: number; body: unknown } | Error;

/**
 * The API as the login page sees it: a plain fetch to /graphql (the page carries no Apollo). Each
 * call takes the next answer; the requests are kept to check what was sent.
 */
let fetchMock: Mock<(url: string, init: RequestInit) => Promise<Response>>;
function answer(...answers: Answer[]) {
  for (const a of answers) {
    fetchMock.mockImplementationOnce(async () => {
      if (a instanceof Error) throw a;
      return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'content-type': 'application/json' } });
    });
  }
}
function sent(call: number): { url: string; init: RequestInit; body: { operationName: string; query: string; variables: unknown } } {
  const [url, init] = fetchMock.mock.calls[call]!;
  return { url, init, body: JSON.parse(String(init.body)) };
}

const refused = (status: number, message: string, extensions: Record<string, unknown>): Answer => ({
  status,
  body: { errors: [{ message, extensions }] },
});

function signedInAs(locale: Locale): Answer {
  const user = { __typename: 'User', id: 'u1', email: credentials.email, name: 'Ana', role: 'SALES_REP', locale, team: null, permissions: grantsFor('SALES_REP') };
  return { status: 200, body: { data: { login: { __typename: 'LoginPayload', user } } } };
}

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  takeHandedOverSession();
  await setLanguage('en');
  localStorage.clear();
});

// Only the theme provider around it, as in the app: the login page needs no Apollo client and no antd App.
function renderLogin() {
  return render(
    <LocalizedAntd>
      <MemoryRouter initialEntries={['/login']}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/" element={<p>signed in</p>} />
          <Route path="/portal" element={<p>customer portal</p>} />
        </Routes>
      </MemoryRouter>
    </LocalizedAntd>,
  );
}

function submit() {
  fireEvent.change(screen.getByTestId('login-email'), { target: { value: credentials.email } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: credentials.password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

async function pickLanguage(testId: string) {
  fireEvent.click(screen.getByTestId('language-switch'));
  fireEvent.click(await screen.findByTestId(testId, {}, { timeout: 5000 }));
}

describe('LoginPage', () => {
  it('renders a labelled form, one h1 and the language switch', () => {
    renderLogin();
    expect(screen.getByLabelText('Email')).toBe(screen.getByTestId('login-email'));
    expect(screen.getByLabelText('Password')).toBe(screen.getByTestId('login-password'));
    expect(screen.getByTestId('login-submit')).toHaveProperty('type', 'submit');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Sign in to Rapport']);
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Language English' })).toBe(screen.getByTestId('language-switch'));
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('sends the Login mutation over a plain fetch, asking for __typename as Apollo would', async () => {
    answer(refused(401, 'The email or password is not correct.', { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' }));
    renderLogin();
    submit();
    await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, init, body } = sent(0);
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'en' });
    expect(body.operationName).toBe('Login');
    expect(body.variables).toEqual({ input: credentials });
    expect(body.query).toMatch(/^mutation Login\(\$input: LoginInput!\)/);
    expect(body.query).toMatch(/fragment CurrentUser on User \{[^}]*__typename/);
  });

  it('shows the server message, as an alert, when the password is wrong, and empties the password', async () => {
    answer(refused(401, 'The email or password is not correct.', { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' }));
    renderLogin();
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The email or password is not correct.');
    expect(screen.getByTestId('login-password')).toHaveProperty('value', '');
    expect(screen.getByTestId('login-submit')).toHaveProperty('disabled', false);
    expect(screen.queryByText('signed in')).toBeNull();
  });

  it('says the server message in the language picked on the page (its key, not its English)', async () => {
    answer(refused(401, 'The email or password is not correct.', { code: 'UNAUTHENTICATED', messageKey: 'auth.badCredentials' }));
    renderLogin();
    await pickLanguage('lang-zh-CN');
    expect(await screen.findByText('登录 Rapport', {}, { timeout: 5000 })).toBeTruthy();
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('邮箱或密码不正确。');
    expect(sent(0).init.headers).toMatchObject({ 'accept-language': 'zh-CN' });
  });

  it('shows the server message and the retry time when rate limited, and keeps the button disabled', async () => {
    answer(refused(429, 'Too many failed sign-in attempts. Try again later.', { code: 'RATE_LIMITED', retryAfterSeconds: 42, messageKey: 'auth.tooManyAttempts' }));
    renderLogin();
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Too many failed sign-in attempts. Try again later.');
    expect(alert.textContent).toContain('42 s');
    expect(screen.getByTestId('login-submit')).toHaveProperty('disabled', true);
  });

  it('says so in its own words when the server cannot be reached', async () => {
    answer(new TypeError('Failed to fetch'));
    renderLogin();
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Rapport could not reach the server.');
  });

  it('validates on the client before calling the server', async () => {
    renderLogin();
    fireEvent.click(screen.getByTestId('login-submit'));
    // antd validates fields one after another: wait until both messages are there.
    await waitFor(() => expect(screen.getAllByText('This field is required.')).toHaveLength(2), { timeout: 5000 });
    expect(screen.queryByTestId('login-error')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in, hands the user to the signed-in app and switches to the language of the profile', async () => {
    answer(signedInAs('ZH_TW'));
    renderLogin();
    submit();
    expect(await screen.findByText('signed in', {}, { timeout: 5000 })).toBeTruthy();
    expect(currentLanguage()).toBe('zh-TW');
    expect(takeHandedOverSession()).toMatchObject({ __typename: 'User', id: 'u1', locale: 'ZH_TW', permissions: grantsFor('SALES_REP') });
    // Handed over once: a later entry into the app does not see it again.
    expect(takeHandedOverSession()).toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends a customer (portal user) who signs in here to the customer portal', async () => {
    const user = { __typename: 'User', id: 'u2', email: credentials.email, name: 'Ann', role: 'PORTAL_USER', locale: 'EN', team: null, permissions: grantsFor('PORTAL_USER') };
    answer({ status: 200, body: { data: { login: { __typename: 'LoginPayload', user } } } });
    renderLogin();
    submit();
    expect(await screen.findByText('customer portal', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('keeps a language picked on the login page and saves it to the profile', async () => {
    answer(signedInAs('EN'), {
      status: 200,
      body: { data: { updateMyPreferences: { __typename: 'UpdateMyPreferencesPayload', user: { __typename: 'User', id: 'u1', locale: 'ZH_CN' } } } },
    });
    renderLogin();
    await pickLanguage('lang-zh-CN');
    expect(await screen.findByText('登录 Rapport', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('login-submit').textContent).toBe('登录');
    submit();
    expect(await screen.findByText('signed in', {}, { timeout: 5000 })).toBeTruthy();
    expect(currentLanguage()).toBe('zh-CN');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2), { timeout: 5000 });
    expect(sent(1).body).toMatchObject({ operationName: 'UpdateMyPreferences', variables: { input: { locale: 'ZH_CN' } } });
  });
});
