import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, type CurrentUserFragment, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { activity, activityMock, pageView } from './visitors-fixtures';
import { PAGE_VIEWS_PER_PAGE, WebsiteVisitsPanel, type WebsiteVisitsPanelKind } from './website-visits-panel';

function me(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-rita', email: 'rita@example.com', name: 'Rita Rep', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

function renderPanel(kind: WebsiteVisitsPanelKind, id: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: '*', element: <WebsiteVisitsPanel kind={kind} record={{ id, name: 'Ann Wu' }} /> }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <SessionContext.Provider value={me('SALES_REP')}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

// 13 views, newest first: two pages of the panel's list.
const VIEWS = Array.from({ length: 13 }, (_, i) =>
  i === 0
    ? pageView('pv-0', 'https://www.example.com/pricing', 'Pricing – Example', hoursAgo(1), ['pumps'])
    : pageView(`pv-${i}`, `https://www.example.com/products/valves/${i}`, i === 1 ? null : `Valve ${i}`, hoursAgo(1 + i), ['valves', 'pumps']),
);

const FULL = (v: { first?: number | null; after?: string | null }) =>
  activity(VIEWS, v, {
    viewsThisWeek: 5,
    recentPages: [
      { __typename: 'PageVisitCount', page: 'www.example.com/pricing', url: 'https://www.example.com/pricing', title: 'Pricing', views: 3, lastViewedAt: hoursAgo(1) },
      { __typename: 'PageVisitCount', page: 'www.example.com/contact', url: 'https://www.example.com/contact', title: null, views: 1, lastViewedAt: hoursAgo(5) },
    ],
    interests: [
      { __typename: 'WebInterest', productLine: 'valves', label: 'Industrial valves', views: 12, lastViewedAt: hoursAgo(2) },
      { __typename: 'WebInterest', productLine: 'pumps', label: 'Pumps', views: 4, lastViewedAt: hoursAgo(1) },
    ],
  });

describe('Website visits panel', { timeout: 60_000 }, () => {
  it('says what the person looked at this week, their interests, when last seen, and pages through their views', async () => {
    const asked: { id: string; after?: string | null; first?: number | null }[] = [];
    renderPanel('contact', 'c1', [activityMock('contact', 'c1', FULL, asked)]);
    const panel = await screen.findByTestId('visits-panel-contact', {}, { timeout: 10_000 });
    await within(panel).findByTestId('visits-panel-content');
    expect(within(panel).getByText('Website visits')).toBeTruthy();
    expect(screen.getByTestId('visits-panel-summary').textContent).toBe('5 page views this week · Last seen an hour ago');

    // "Visited pricing 3 times this week", by the page's title, else its address.
    const recent = within(screen.getByTestId('visits-panel-recent')).getAllByRole('listitem').map((li) => li.textContent);
    expect(recent).toEqual(['Visited Pricing 3 times this week', 'Visited www.example.com/contact once this week']);

    // Interests in the API's words, most viewed first, each with its count stated for screen readers.
    const interests = within(screen.getByTestId('visits-panel-interests')).getAllByRole('listitem');
    expect(interests.map((li) => li.textContent)).toEqual(['Industrial valves: 12 viewsIndustrial valves12', 'Pumps: 4 viewsPumps4']);

    // The views: a link to the page (a new tab), its time, its product lines by name.
    expect(screen.getByTestId('visits-panel-total').textContent).toBe('13 page views kept');
    let items = screen.getAllByTestId('visits-panel-view');
    expect(items).toHaveLength(PAGE_VIEWS_PER_PAGE);
    const first = within(items[0]!).getByRole('link', { name: 'Pricing – Example (opens the page in a new tab)' });
    expect(first.getAttribute('href')).toBe('https://www.example.com/pricing');
    expect(first.getAttribute('target')).toBe('_blank');
    expect(first.getAttribute('rel')).toContain('noopener');
    expect(items[0]!.textContent).toContain('Pumps');
    // No title: the page's address names it.
    expect(within(items[1]!).getByRole('link').textContent).toBe('www.example.com/products/valves/1');
    expect(items[1]!.textContent).toContain('Industrial valves');

    fireEvent.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(screen.getAllByTestId('visits-panel-view')).toHaveLength(3));
    expect(asked.at(-1)).toEqual({ id: 'c1', first: PAGE_VIEWS_PER_PAGE, after: `pv-${PAGE_VIEWS_PER_PAGE - 1}` });
    items = screen.getAllByTestId('visits-panel-view');
    expect(within(items[0]!).getByRole('link').textContent).toBe(`Valve ${PAGE_VIEWS_PER_PAGE}`);
    fireEvent.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(screen.getAllByTestId('visits-panel-view')).toHaveLength(PAGE_VIEWS_PER_PAGE));
  });

  it('says how visits get linked when the person was never identified as a visitor', async () => {
    renderPanel('lead', 'l1', [activityMock('lead', 'l1', null)]);
    const empty = await screen.findByTestId('visits-panel-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No visits known yet: visits are linked when the person fills a form or clicks a tracked link.');
    expect(screen.getByTestId('visits-panel-lead')).toBeTruthy();
    expect(screen.queryByTestId('visits-panel-content')).toBeNull();
  });

  it('shows a person known as a visitor but with no product-line page and no view this week as such, not as empty', async () => {
    renderPanel('lead', 'l2', [activityMock('lead', 'l2', (v) => activity([pageView('pv-a', 'https://www.example.com/about', 'About us', '2026-01-05T10:00:00Z')], v))]);
    await screen.findByTestId('visits-panel-content', {}, { timeout: 10_000 });
    expect(screen.getByTestId('visits-panel-summary').textContent).toMatch(/^No page views this week · Last seen /);
    expect(screen.getByText('No viewed page belongs to a product line yet.')).toBeTruthy();
    expect(screen.queryByTestId('visits-panel-recent')).toBeNull();
    expect(screen.getAllByTestId('visits-panel-view')).toHaveLength(1);
    // One page: no pager.
    expect(screen.queryByTestId('pager-next')).toBeNull();
  });

  it('shows a loading state first, then the API’s error with a retry that asks again', async () => {
    let fail = true;
    const asked: { id: string }[] = [];
    const mock: MockLink.MockedResponse = {
      ...activityMock('contact', 'c9', FULL, asked),
      result: (v: { id: string; first?: number | null; after?: string | null }) => {
        asked.push(v);
        if (fail) return { errors: [new GraphQLError('The database is out of reach', { extensions: { code: 'UNAVAILABLE' } })] };
        return { data: { contact: { __typename: 'Contact', id: 'c9', webActivity: FULL(v) } } };
      },
      delay: 50,
    };
    renderPanel('contact', 'c9', [mock]);
    const panel = await screen.findByTestId('visits-panel-contact', {}, { timeout: 10_000 });
    expect(panel.querySelector('.ant-skeleton')).not.toBeNull();
    const error = await screen.findByTestId('visits-panel-error');
    expect(error.textContent).toContain('The database is out of reach');
    expect(screen.queryByTestId('visits-panel-empty')).toBeNull();
    fail = false;
    fireEvent.click(screen.getByTestId('visits-panel-retry'));
    await screen.findByTestId('visits-panel-content');
    expect(asked).toHaveLength(2);
  });
});
