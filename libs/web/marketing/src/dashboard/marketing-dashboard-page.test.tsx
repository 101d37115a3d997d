import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, ExchangeRatesDocument, MarketingReportDocument, type CurrentUserFragment, type MarketingReportQuery, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, pickOption, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_ROUTES } from '../routes';
import { presetRange } from './period';

type Report = MarketingReportQuery['marketingReport'];
type Figures = Omit<Report['total'], '__typename'>;

const figures = (f: Partial<Figures>): Figures => ({ budget: 0, actualCost: 0, wonAmount: 0, wonDeals: 0, members: 0, responses: 0, roi: null, ...f });

function campaign(id: string, name: string, channel: string | null, f: Partial<Figures>): Report['campaigns'][number] {
  return {
    __typename: 'CampaignReturnRow',
    campaign: { __typename: 'Campaign', id, name, type: 'EVENT', status: 'COMPLETED', channel, startDate: '2026-03-01', currency: 'CNY' },
    ...figures(f),
  };
}

// Hand-made figures: the expo paid back (ROI 1.5), the ads did not (ROI −0.5), the seminar spent nothing.
const EXPO = campaign('cmp-expo', 'Spring Expo 2026', 'Events', { budget: 300_000, actualCost: 200_000, wonAmount: 500_000, wonDeals: 2, members: 120, responses: 42, roi: 1.5 });
const ADS = campaign('cmp-ads', 'Baidu search ads 百度搜索广告', 'Digital', { budget: 240_000, actualCost: 240_000, wonAmount: 120_000, wonDeals: 1, members: 40, responses: 40, roi: -0.5 });
const SEMINAR = campaign('cmp-free', 'Free seminar', null, { budget: 0, actualCost: 0, wonAmount: 30_000, wonDeals: 1, members: 10, responses: 5, roi: null });

function report(campaigns: Report['campaigns'], channels: Report['channels'], total: Figures, money: Pick<Report, 'currency' | 'missingRates'> = { currency: 'CNY', missingRates: [] }): Report {
  return { __typename: 'MarketingReport', model: 'EVEN', windowDays: 90, from: null, to: null, ...money, campaigns, channels, total: { __typename: 'ReturnTotal', ...total } };
}

const FULL = report(
  [EXPO, SEMINAR, ADS],
  [
    { __typename: 'ChannelReturnRow', channel: 'Events', campaigns: 1, ...figures({ budget: 300_000, actualCost: 200_000, wonAmount: 500_000, wonDeals: 2, members: 120, responses: 42, roi: 1.5 }) },
    { __typename: 'ChannelReturnRow', channel: 'Digital', campaigns: 1, ...figures({ budget: 240_000, actualCost: 240_000, wonAmount: 120_000, wonDeals: 1, members: 40, responses: 40, roi: -0.5 }) },
    { __typename: 'ChannelReturnRow', channel: null, campaigns: 1, ...figures({ wonAmount: 30_000, wonDeals: 1, members: 10, responses: 5 }) },
  ],
  // (650,000 − 440,000) / 440,000 = 0.477…
  figures({ budget: 540_000, actualCost: 440_000, wonAmount: 650_000, wonDeals: 4, members: 170, responses: 87, roi: 210_000 / 440_000 }),
);

const EMPTY = report([], [], figures({}));

function me(role: Role, campaignRead?: 'OWN'): CurrentUserFragment {
  const permissions = grantsFor(role).map((g) => (campaignRead && g.object === 'campaign' ? { ...g, read: campaignRead } : g));
  return { __typename: 'User', id: 'u-1', email: 'mia@example.com', name: 'Mia Marketer', role, locale: 'EN', team: null, permissions };
}

/** Answers every report request with `answer` (or what it makes of the variables), and records the variables it was asked with. */
function reportMock(answer: Report | GraphQLError | ((variables: Record<string, unknown>) => Report), asked: Record<string, unknown>[] = []): MockLink.MockedResponse {
  return {
    request: { query: MarketingReportDocument, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      asked.push(variables);
      if (answer instanceof GraphQLError) return { errors: [answer] };
      return { data: { marketingReport: typeof answer === 'function' ? answer(variables) : answer } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const rate = (currency: string, validFrom: string, value: string) => ({ __typename: 'ExchangeRate' as const, currency, validFrom, rate: value });
/** The rates on record: the base, two USD rates and one EUR rate (the picker offers each currency once). */
const RATES = [rate('CNY', '1900-01-01', '1'), rate('EUR', '2026-01-01', '7.8'), rate('USD', '2026-06-01', '7.2'), rate('USD', '2026-01-01', '7.1')];

function ratesMock(answer: ReturnType<typeof rate>[] | GraphQLError = RATES): MockLink.MockedResponse {
  return {
    request: { query: ExchangeRatesDocument },
    result: answer instanceof GraphQLError ? { errors: [answer] } : { data: { exchangeRates: answer } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderDashboard(mocks: MockLink.MockedResponse[], user = me('MARKETER'), path = '/marketing/dashboard') {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: [path] });
  render(
    // The app's own cache: it matches the report's ReturnFigures fragment against the rows that implement it.
    <MockedProvider mocks={[...mocks, ratesMock(), rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={user}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('MarketingDashboardPage', { timeout: 60_000 }, () => {
  it('shows this year’s totals, the channel table, the charts’ figures and links to each campaign', async () => {
    const asked: Record<string, unknown>[] = [];
    renderDashboard([reportMock(FULL, asked)]);
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    // This year, even split, 90 days unless the address says otherwise.
    const year = presetRange('thisYear');
    expect(asked[0]).toEqual({ from: year.from, to: year.to, model: 'EVEN', windowDays: 90, currency: 'CNY' });

    expect(text('dashboard-total-campaigns')).toContain('3');
    expect(text('dashboard-total-budget')).toMatch(/540,000/);
    expect(text('dashboard-total-cost')).toMatch(/440,000/);
    expect(text('dashboard-total-won')).toMatch(/650,000/);
    expect(text('dashboard-total-roi')).toContain('48%');
    expect(text('dashboard-total-deals')).toContain('4');
    // 440,000 of 540,000 budgeted.
    expect(screen.getByText('81% of the budget spent')).toBeTruthy();

    const channels = screen.getByTestId('dashboard-channel-table');
    const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr')!;
    const events = rowOf(channels, 'Events');
    expect(events.textContent).toMatch(/200,000.*500,000/);
    expect(events.textContent).toContain('150%');
    expect(rowOf(channels, 'Digital').textContent).toContain('-50%');
    // Campaigns without a channel are a row of their own, named, not blank.
    expect(rowOf(channels, 'No channel').textContent).toContain('—');

    // The charts state their numbers for screen readers.
    expect(screen.getByTestId('dashboard-channel-chart').getAttribute('aria-label')).toMatch(/Events: Actual cost .*200,000, Attributed won amount .*500,000/);
    const roiLabel = screen.getByTestId('dashboard-roi-chart').getAttribute('aria-label') ?? '';
    expect(roiLabel).toMatch(/^Spring Expo 2026: ROI 150%; Baidu search ads 百度搜索广告: ROI -50%$/);
    expect(screen.getByText('All 2 campaigns with a cost, best first. Green paid back, red did not.')).toBeTruthy();
    expect(screen.getByTestId('dashboard-spend-chart').getAttribute('aria-label')).toMatch(/^Spring Expo 2026: Budget .*300,000, Actual cost .*200,000; Baidu/);

    const table = screen.getByTestId('dashboard-campaign-table');
    expect(within(table).getByRole('link', { name: 'Spring Expo 2026' }).getAttribute('href')).toBe('/marketing/campaigns/cmp-expo');
    expect(rowOf(table, 'Spring Expo 2026').textContent).toContain('67%');
  });

  it('shows an undefined ROI as a dash with the reason, never as 0 or ∞', async () => {
    renderDashboard([reportMock(report([SEMINAR], [], figures({ wonAmount: 30_000, wonDeals: 1, members: 10, responses: 5 })))]);
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    expect(text('dashboard-total-roi')).toContain('—');
    expect(text('dashboard-total-roi')).not.toMatch(/0%|∞|Infinity/);
    const row = within(screen.getByTestId('dashboard-campaign-table')).getByText('Free seminar').closest('tr')!;
    const dash = row.querySelector('[data-roi="undefined"]')!;
    expect(dash.textContent).toBe('—');
    expect(dash.getAttribute('title')).toBe('ROI is undefined when nothing was spent: there is no cost to return on.');
    expect(text('dashboard-roi-undefined-note')).toContain('ROI is undefined when nothing was spent');
    // Nothing with a cost: the ROI chart says so instead of drawing a bar at 0.
    expect(screen.getByText('No campaign of this period has a cost yet, so there is no ROI to compare.')).toBeTruthy();
  });

  it('says so when no campaign started in the period', async () => {
    renderDashboard([reportMock(EMPTY)]);
    expect((await screen.findByTestId('dashboard-empty', {}, { timeout: 10_000 })).textContent).toContain('No campaigns started in this period.');
    expect(screen.queryByTestId('dashboard-totals')).toBeNull();
  });

  it('asks for the currency picked, keeps it in the address and shows every amount in it', async () => {
    const asked: Record<string, unknown>[] = [];
    // The API answers in the currency it was asked for; the figures are the same hand-made ones.
    const router = renderDashboard([reportMock((v) => ({ ...FULL, currency: String(v['currency']) }), asked)]);
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    expect(text('dashboard-total-budget')).toMatch(/CN¥540,000/);
    expect(text('dashboard-currency-note')).toContain('All amounts in CNY');

    // The picker offers the base and each currency with a rate, once.
    const picker = screen.getByTestId('dashboard-currency');
    await pickOption(picker, 'USD · US Dollar');
    const options = [...document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')].map((o) => o.getAttribute('title') ?? o.textContent);
    expect(options).toEqual(['CNY · Chinese Yuan', 'EUR · Euro', 'USD · US Dollar']);

    await waitFor(() => expect(screen.getByTestId('dashboard-report').getAttribute('data-currency')).toBe('USD'), { timeout: 5000 });
    expect(asked.at(-1)).toMatchObject({ currency: 'USD', model: 'EVEN', windowDays: 90 });
    expect(router.state.location.search).toContain('currency=USD');
    expect(text('dashboard-total-budget')).toMatch(/^[^¥]*\$540,000/);
    expect(text('dashboard-total-won')).toMatch(/\$650,000/);
    expect(text('dashboard-currency-note')).toContain('All amounts in USD');
    const expo = within(screen.getByTestId('dashboard-campaign-table')).getByText('Spring Expo 2026').closest('tr')!;
    expect(expo.textContent).toMatch(/\$200,000.*\$500,000/);
    expect(screen.getByTestId('dashboard-channel-chart').getAttribute('aria-label')).toMatch(/Events: Actual cost \$200,000, Attributed won amount \$500,000/);
    expect(screen.queryByTestId('dashboard-missing-rates')).toBeNull();
  });

  it('reads the currency from a shared link, and offers just the base and it when the rates cannot be read', async () => {
    const asked: Record<string, unknown>[] = [];
    renderDashboard(
      [ratesMock(new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } })), reportMock((v) => ({ ...FULL, currency: String(v['currency']) }), asked)],
      me('MARKETER'),
      '/marketing/dashboard?currency=eur',
    );
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    expect(asked[0]).toMatchObject({ currency: 'EUR' });
    expect(text('dashboard-total-budget')).toMatch(/€540,000/);
    fireEvent.mouseDown(screen.getByTestId('dashboard-currency').querySelector('input')!);
    await waitFor(() => expect([...document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')].map((o) => o.textContent)).toEqual(['CNY · Chinese Yuan', 'EUR · Euro']), { timeout: 5000 });
  });

  it('warns which currencies have no rate, and shows whoever keeps the rates the way there', async () => {
    const short = report(FULL.campaigns, FULL.channels, FULL.total, { currency: 'CNY', missingRates: ['GBP', 'JPY'] });
    renderDashboard([reportMock(short)]);
    const warning = await screen.findByTestId('dashboard-missing-rates', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain('No exchange rate for GBP and JPY: amounts in them are left out.');
    // A marketer may not keep the rates: told whom to ask, no link.
    expect(warning.textContent).toContain('An admin can add rates under Admin → Exchange rates.');
    expect(within(warning).queryByRole('link')).toBeNull();
    // The old note (amounts added up without conversion) is gone for good.
    expect(screen.queryByText(/without conversion/)).toBeNull();
  });

  it('links an administrator to the exchange rates from the warning', async () => {
    renderDashboard([reportMock(report(FULL.campaigns, FULL.channels, FULL.total, { currency: 'CNY', missingRates: ['GBP'] }))], me('ADMIN'));
    const warning = await screen.findByTestId('dashboard-missing-rates', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain('No exchange rate for GBP');
    expect(within(warning).getByRole('link', { name: 'Add rates under Admin → Exchange rates' }).getAttribute('href')).toBe('/admin/exchange-rates');
  });

  it('shows the no-access page when the API refuses the report', async () => {
    renderDashboard([reportMock(new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } }))]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('dashboard-report')).toBeNull();
  });

  it('does not ask the API for a viewer who reads only some campaigns', async () => {
    const asked: Record<string, unknown>[] = [];
    renderDashboard([reportMock(FULL, asked)], me('SALES_REP', 'OWN'));
    expect((await screen.findByTestId('no-access', {}, { timeout: 10_000 })).textContent).toContain('see campaigns');
    expect(asked).toEqual([]);
  });
});
