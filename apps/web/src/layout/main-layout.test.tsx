import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const TOP_LEVEL = ['sales', 'leads', 'marketing', 'service', 'segments', 'reports'];
const ADMIN = ['admin-users', 'admin-teams', 'admin-roles', 'admin-api-keys'];

describe('MainLayout', () => {
  it('shows every module, the admin group and the header controls to an admin', async () => {
    renderApp('/sales', [meMock('ADMIN')]);
    expect(await screen.findByTestId('nav-sales', {}, { timeout: 5000 })).toBeTruthy();
    for (const key of [...TOP_LEVEL, 'admin']) expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    expect(screen.getByTestId('global-search').tagName).toBe('INPUT');
    expect(screen.getByTestId('language-switch')).toBeTruthy();
    expect(screen.getByTestId('user-menu').textContent).toContain('Ada Admin');
    // The domain placeholder: translated title and empty state.
    expect(screen.getByRole('heading', { name: 'Sales' })).toBeTruthy();
    expect(screen.getByText(/once the Sales module is installed/)).toBeTruthy();
  });

  it('opens the admin group on admin pages so its items are reachable', async () => {
    renderApp('/admin/roles', [meMock('ADMIN')]);
    expect(await screen.findByTestId('nav-admin-roles', {}, { timeout: 5000 })).toBeTruthy();
    for (const key of ADMIN) expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
  });

  it('hides the admin group from other roles and blocks typed-in admin URLs', async () => {
    renderApp('/admin/users', [meMock('SALES_REP')]);
    expect(await screen.findByTestId('nav-sales', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('nav-admin')).toBeNull();
    expect(screen.getByText('No access')).toBeTruthy();
  });

  it('shows a 404 page inside the layout for unknown paths', async () => {
    renderApp('/nowhere', [meMock('SALES_REP')]);
    expect(await screen.findByText('Page not found', {}, { timeout: 5000 })).toBeTruthy();
  });
});
