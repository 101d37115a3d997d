import { RolesDocument } from '@rapport/web-data-access';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock, salesOverviewMock } from '@rapport/web-testing';
import { renderApp } from '../testing/render-app';

const TOP_LEVEL = ['sales', 'leads', 'marketing', 'service', 'segments', 'reports'];
const ADMIN = ['admin-users', 'admin-teams', 'admin-roles', 'admin-api-keys'];
const SALES = ['sales-accounts', 'sales-contacts', 'sales-opportunities', 'sales-pipeline', 'sales-activities'];

describe('MainLayout', () => {
  it('shows every module, the admin group and the header controls to an admin', async () => {
    renderApp('/sales', [meMock('ADMIN'), salesOverviewMock()]);
    expect(await screen.findByTestId('nav-sales', {}, { timeout: 5000 })).toBeTruthy();
    for (const key of [...TOP_LEVEL, 'admin']) expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    expect(screen.getByTestId('global-search').tagName).toBe('INPUT');
    expect(screen.getByTestId('language-switch')).toBeTruthy();
    expect(screen.getByTestId('user-menu').getAttribute('aria-label')).toBe('Account menu of Ada Admin');
    expect(screen.getByTestId('user-menu').textContent).toBe('A');
    // The Sales start page opens the Sales group and shows how much is in each part.
    expect(await screen.findByText('Sales', { selector: 'h1' }, { timeout: 5000 })).toBeTruthy();
    for (const key of SALES) expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    expect(await screen.findByText('420', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('sales-home-leads').getAttribute('href')).toBe('/leads');
  });

  it('keeps a placeholder for modules without screens yet', async () => {
    renderApp('/marketing', [meMock('MARKETER')]);
    expect(await screen.findByRole('heading', { name: 'Marketing' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/once the Marketing module is installed/)).toBeTruthy();
  });

  it('opens the admin group on admin pages so its items are reachable', async () => {
    const roles = [
      {
        __typename: 'RoleInfo',
        role: 'ADMIN',
        permissions: [{ __typename: 'Permission', object: 'user', read: 'ALL', write: 'ALL' }],
      },
      {
        __typename: 'RoleInfo',
        role: 'SALES_REP',
        permissions: [{ __typename: 'Permission', object: 'user', read: 'OWN', write: 'NONE' }],
      },
    ];
    renderApp('/admin/roles', [meMock('ADMIN'), { request: { query: RolesDocument }, result: { data: { roles } } }]);
    expect(await screen.findByTestId('nav-admin-roles', {}, { timeout: 5000 })).toBeTruthy();
    for (const key of ADMIN) expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    // Pages in the menu are real links (open in a new tab); groups are not.
    expect(screen.getByTestId('nav-admin-users').querySelector('a')?.getAttribute('href')).toBe('/admin/users');
    expect(screen.getByTestId('nav-reports').querySelector('a')?.getAttribute('href')).toBe('/reports');
    expect(screen.getByTestId('nav-admin').querySelector(':scope > .ant-menu-submenu-title a')).toBeNull();
    // The matrix: object rows, role columns, translated scopes.
    const matrix = await screen.findByTestId('roles-matrix', {}, { timeout: 5000 });
    const headers = [...matrix.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['Object', 'Administrator', 'Sales rep']);
    const cells = [...matrix.querySelectorAll('tbody tr:not([aria-hidden]) td')].map((td) => td.textContent);
    expect(cells).toEqual(['Users', 'Read: All recordsWrite: All records', 'Read: Own recordsWrite: None']);
  });

  it('hides the admin group from other roles and blocks typed-in admin URLs', async () => {
    renderApp('/admin/users', [meMock('SALES_REP')]);
    expect(await screen.findByTestId('nav-sales', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('nav-admin')).toBeNull();
    // The no-access page loads on demand.
    expect(await screen.findByTestId('no-access', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('shows a 404 page inside the layout for unknown paths', async () => {
    renderApp('/nowhere', [meMock('SALES_REP')]);
    expect(await screen.findByText('Page not found', {}, { timeout: 5000 })).toBeTruthy();
  });
});
