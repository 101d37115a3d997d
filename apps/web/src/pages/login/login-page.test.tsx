import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { LoginDocument, UpdateMyPreferencesDocument, type Locale } from '@rapport/web-data-access';
import { currentLanguage, setLanguage } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { LoginPage } from './login-page';

const credentials = { email: 'ana@example.com', password: 'not-her-password' };

function loginFails(extensions: Record<string, unknown>, message: string): MockLink.MockedResponse {
  return {
    request: { query: LoginDocument, variables: { input: credentials } },
    result: { data: null, errors: [{ message, extensions }] },
  };
}

function loginSucceeds(locale: Locale): MockLink.MockedResponse {
  const user = { __typename: 'User', id: 'u1', email: credentials.email, name: 'Ana', role: 'SALES_REP', locale, team: null };
  return {
    request: { query: LoginDocument, variables: { input: credentials } },
    result: { data: { login: { __typename: 'LoginPayload', user } } },
  };
}

afterEach(async () => {
  await setLanguage('en');
  localStorage.clear();
});

function renderLogin(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <AppProviders>
        <MemoryRouter initialEntries={['/login']}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/" element={<p>signed in</p>} />
          </Routes>
        </MemoryRouter>
      </AppProviders>
    </MockedProvider>,
  );
}

function submit() {
  fireEvent.change(screen.getByTestId('login-email'), { target: { value: credentials.email } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: credentials.password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('LoginPage', () => {
  it('renders the form with its test ids and the language switch', () => {
    renderLogin([]);
    expect(screen.getByTestId('login-email').tagName).toBe('INPUT');
    expect(screen.getByTestId('login-password').tagName).toBe('INPUT');
    expect(screen.getByTestId('login-submit')).toHaveProperty('type', 'submit');
    expect(screen.getByTestId('language-switch')).toBeTruthy();
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('shows the server message when the password is wrong', async () => {
    renderLogin([loginFails({ code: 'UNAUTHENTICATED' }, 'Email or password is not correct.')]);
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Email or password is not correct.');
    expect(screen.queryByText('signed in')).toBeNull();
  });

  it('shows the server message and the retry time when rate limited', async () => {
    renderLogin([loginFails({ code: 'RATE_LIMITED', retryAfterSeconds: 42 }, 'Too many sign-in attempts.')]);
    submit();
    const alert = await screen.findByTestId('login-error', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Too many sign-in attempts.');
    expect(alert.textContent).toContain('42 s');
    expect(screen.getByTestId('login-submit')).toHaveProperty('disabled', true);
  });

  it('validates on the client before calling the server', async () => {
    renderLogin([]);
    fireEvent.click(screen.getByTestId('login-submit'));
    // antd validates fields one after another: wait until both messages are there.
    await waitFor(() => expect(screen.getAllByText('This field is required.')).toHaveLength(2), { timeout: 5000 });
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('signs in and switches to the language of the profile', async () => {
    renderLogin([loginSucceeds('ZH_TW')]);
    submit();
    expect(await screen.findByText('signed in', {}, { timeout: 5000 })).toBeTruthy();
    expect(currentLanguage()).toBe('zh-TW');
  });

  it('keeps a language picked on the login page and saves it to the profile', async () => {
    const saved = vi.fn(() => ({
      data: {
        updateMyPreferences: {
          __typename: 'UpdateMyPreferencesPayload',
          user: { __typename: 'User', id: 'u1', locale: 'ZH_CN' },
        },
      },
    }));
    renderLogin([
      loginSucceeds('EN'),
      { request: { query: UpdateMyPreferencesDocument, variables: { input: { locale: 'ZH_CN' } } }, result: saved },
    ]);
    fireEvent.mouseDown(screen.getByTestId('language-switch').querySelector('input')!);
    fireEvent.click(await screen.findByTestId('lang-zh-CN', {}, { timeout: 5000 }));
    expect(await screen.findByText('登录 Rapport', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('login-submit').textContent).toBe('登录');
    submit();
    expect(await screen.findByText('signed in', {}, { timeout: 5000 })).toBeTruthy();
    expect(currentLanguage()).toBe('zh-CN');
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
