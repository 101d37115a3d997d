import { UpdateMyPreferencesDocument } from '@rapport/web-data-access';
import { LANGUAGE_STORAGE_KEY, setLanguage } from '@rapport/web-ui';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meMock, salesOverviewMock } from '@rapport/web-testing';
import { renderApp } from '../testing/render-app';

afterEach(async () => {
  await setLanguage('en');
  localStorage.clear();
});

// Re-rendering the whole app in another language is slow on a busy 2-core machine.
describe('language switch in the header', { timeout: 45_000 }, () => {
  it('switches the UI, remembers the choice and saves it to the profile', async () => {
    const saved = vi.fn(() => ({
      data: { updateMyPreferences: { __typename: 'UpdateMyPreferencesPayload', user: { __typename: 'User', id: 'u-admin', locale: 'ZH_TW' } } },
    }));
    renderApp('/sales', [
      meMock(),
      salesOverviewMock(),
      { request: { query: UpdateMyPreferencesDocument, variables: { input: { locale: 'ZH_TW' } } }, result: saved },
    ]);
    const switcher = await screen.findByTestId('language-switch', {}, { timeout: 5000 });
    fireEvent.click(switcher);
    fireEvent.click(await screen.findByTestId('lang-zh-TW', {}, { timeout: 5000 }));

    expect(await screen.findByRole('heading', { name: '銷售' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('nav-leads').textContent).toContain('潛在客戶');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-TW');
    expect(document.documentElement.lang).toBe('zh-TW');
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
