import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, type CurrentUserFragment, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_NAV, MARKETING_ROUTES } from '../routes';
import { KNOWN_VISITORS_PAGE_SIZE, viewerTimeZone } from './known-visitors-page';
import { knownTodayMock, knownVisitor } from './visitors-fixtures';

function me(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-rita', email: 'rita@example.com', name: 'Rita Rep', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'SALES_REP') {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: ['/marketing/visitors'] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={me(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

const WANG = knownVisitor('v-1', { contact: ['c-wang', '敏', '王'] }, 'https://www.example.com/pricing', 'Pricing', 4, minutesAgo(3));
const LEE = knownVisitor('v-2', { lead: ['l-lee', 'Amy', 'Lee', 'Acme Pumps'] }, 'https://www.example.com/products/valves', null, 1, minutesAgo(30));
// A converted lead: the contact is who sales works with now.
const BOTH = knownVisitor('v-3', { contact: ['c-chen', 'Bo', 'Chen'], lead: ['l-chen', 'Bo', 'Chen', null] }, 'https://www.example.com/', 'Home', 2, minutesAgo(90));
const MANY = Array.from({ length: KNOWN_VISITORS_PAGE_SIZE + 5 }, (_, i) => knownVisitor(`v-${String(i).padStart(3, '0')}`, { lead: [`l-${i}`, `Person`, `No${i}`, null] }, `https://www.example.com/p/${i}`, `Page ${i}`, 1, minutesAgo(i)));

const table = () => screen.getByTestId('known-visitors-table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('Known visitors today', { timeout: 60_000 }, () => {
  it('lists who is on the website today, in the viewer’s time zone, with a link to each person and their last page', async () => {
    const asked: Record<string, unknown>[] = [];
    renderPage([knownTodayMock([WANG, LEE, BOTH], asked)]);
    await screen.findByTestId('known-visitors-table', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Known visitors today']);
    expect(asked[0]).toEqual({ timeZone: viewerTimeZone(), first: KNOWN_VISITORS_PAGE_SIZE, after: null });
    expect(screen.getByText(new RegExp(`today \\(${viewerTimeZone().replace('/', '\\/')}\\)`))).toBeTruthy();
    expect(screen.getByTestId('known-visitors-total').textContent).toBe('3 known visitors today');

    const [wang, lee, chen] = bodyRows();
    // A Chinese name family name first; the link opens the person.
    expect(within(wang!).getByRole('link', { name: '王敏' }).getAttribute('href')).toBe('/sales/contacts/c-wang');
    expect(wang!.textContent).toContain('Contact');
    const page = within(wang!).getByRole('link', { name: 'Pricing (opens the page in a new tab)' });
    expect(page.getAttribute('href')).toBe('https://www.example.com/pricing');
    expect(wang!.textContent).toContain('4');
    expect(wang!.textContent).toContain('3 minutes ago');

    expect(within(lee!).getByRole('link', { name: 'Amy Lee' }).getAttribute('href')).toBe('/leads/l-lee');
    expect(lee!.textContent).toContain('Lead');
    expect(lee!.textContent).toContain('Acme Pumps');
    // No title: the address names the page.
    expect(within(lee!).getByRole('link', { name: /^https:\/\/www\.example\.com\/products\/valves/ })).toBeTruthy();

    expect(within(chen!).getByRole('link', { name: 'Bo Chen' }).getAttribute('href')).toBe('/sales/contacts/c-chen');
    expect(within(chen!).queryByText('Lead')).toBeNull();
  });

  it('pages forward and back 50 at a time', async () => {
    const asked: Record<string, unknown>[] = [];
    renderPage([knownTodayMock(MANY, asked)]);
    await screen.findByTestId('known-visitors-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(bodyRows()).toHaveLength(KNOWN_VISITORS_PAGE_SIZE));
    fireEvent.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(bodyRows()).toHaveLength(5), { timeout: 10_000 });
    expect(asked.at(-1)).toMatchObject({ after: MANY[KNOWN_VISITORS_PAGE_SIZE - 1]!.visitor.id });
    expect(within(bodyRows()[0]!).getByRole('link', { name: `Person No${KNOWN_VISITORS_PAGE_SIZE}` })).toBeTruthy();
    expect((screen.getByTestId('pager-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(bodyRows()).toHaveLength(KNOWN_VISITORS_PAGE_SIZE), { timeout: 10_000 });
  });

  it('says how visitors become known when nobody is known today', async () => {
    renderPage([knownTodayMock([])]);
    const empty = await screen.findByTestId('known-visitors-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No known visitor on the website yet today. Visitors become known when they fill a form or click a tracked link.');
    expect(screen.queryByTestId('known-visitors-table')).toBeNull();
  });

  it('shows the API’s error with a retry', async () => {
    renderPage([knownTodayMock(new GraphQLError('The database is out of reach', { extensions: { code: 'UNAVAILABLE' } }))]);
    expect(await screen.findByText('The database is out of reach', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('is for those who work leads: sales and marketing in the menu, not service', () => {
    const entry = MARKETING_NAV.find((e) => e.key === 'marketing-visitors')!;
    const allows = (role: Role) => entry.needs!.every((n) => grantsFor(role).some((g) => g.object === n.object && g[n.action] !== 'NONE'));
    expect((['SALES_REP', 'SALES_MANAGER', 'MARKETER', 'ADMIN'] as Role[]).filter(allows)).toEqual(['SALES_REP', 'SALES_MANAGER', 'MARKETER', 'ADMIN']);
    expect(allows('SERVICE_AGENT')).toBe(false);
  });
});
