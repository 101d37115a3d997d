import { CsatReportDocument, CsatResponsesDocument, type CsatReportQueryVariables, type CsatResponsesQueryVariables } from '@rapport/web-data-access';
import { permissionsOf } from '@rapport/web-core';
import { grantsFor } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { answering, unavailable } from '../routing/routing-fixtures';
import { report, response, responses, row } from './csat-fixtures';
import { CSAT_NAV, CSAT_ROUTES } from './routes';

const PATH = '/service/csat';
const FULL = report(
  [row('u-1', 'Agent Lin', 6, [0, 0, 0, 1, 3]), row(null, null, 2, [1, 0, 0, 0, 0], 1)],
  [row('2026-12-04', '2026-12-04', 3, [1, 0, 0, 0, 1], 1), row('2026-12-05', '2026-12-05', 5, [0, 0, 0, 1, 2])],
  row(null, null, 8, [1, 0, 0, 1, 3], 1),
);
const ANSWERS = responses([response('1', 5, { comment: 'Fixed in an hour, thank you!', viaPortal: true }), response('2', 1, { comment: 'Nobody called back.', agentName: null })]);
const cells = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));

describe('CSAT report', { timeout: 60_000 }, () => {
  it('shows the average, response rate, ratings, trend, groups and the answers with low ratings said in words', async () => {
    const asked: CsatReportQueryVariables[] = [];
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [FULL], asked), answering(CsatResponsesDocument, [ANSWERS])], 'SERVICE_MANAGER');
    await screen.findByTestId('csat-headline', {}, { timeout: 10_000 });
    expect(screen.getByTestId('csat-report')).toBeTruthy();
    expect(screen.getByTestId('csat-average').textContent).toContain('4.0');
    expect(screen.getByTestId('csat-response-rate').textContent).toContain('63%');
    expect(screen.getByTestId('csat-headline').textContent).toContain('5 of 8 surveys answered');
    expect(screen.getByTestId('csat-low').textContent).toContain('1');
    // The last 30 days by agent by default; the trend by day alongside.
    expect(asked[0]!.input.groupBy).toBe('AGENT');
    expect(asked[0]!.byDay.groupBy).toBe('DAY');
    expect(Date.parse(asked[0]!.input.to as string) - Date.parse(asked[0]!.input.from as string)).toBe(30 * 86_400_000);

    expect(cells('csat-distribution-table')).toEqual([
      ['1 ★', '1', '20%'],
      ['2 ★', '0', '0%'],
      ['3 ★', '0', '0%'],
      ['4 ★', '1', '20%'],
      ['5 ★', '3', '60%'],
    ]);
    expect(screen.getByTestId('csat-distribution-chart').getAttribute('aria-label')).toBe('1 ★: 1; 2 ★: 0; 3 ★: 0; 4 ★: 1; 5 ★: 3');
    expect(screen.getByTestId('csat-trend-chart').getAttribute('aria-label')).toMatch(/average 3\.0, 2 answers; .*average 4\.7, 3 answers$/);
    expect(cells('csat-group-table')).toEqual([
      ['Agent Lin', '6', '4', '67%', '4.8', '100%', '0'],
      ['No agent', '2', '1', '50%', '1.0', '0%', '1'],
    ]);

    const rows = await screen.findAllByTestId('csat-response-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('5/5');
    expect(rows[0]!.textContent).toContain('Fixed in an hour, thank you!');
    expect(rows[0]!.textContent).toContain('in the portal');
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/service/cases/case-1');
    expect(within(rows[0]!).queryByTestId('csat-response-low')).toBeNull();
    expect(within(rows[1]!).getByTestId('csat-response-low').textContent).toBe('Low rating');
    expect(rows[1]!.textContent).toContain('No agent');
    expect(await axeViolations()).toEqual([]);
  });

  it('asks again for another grouping and period, kept in the address', async () => {
    const asked: CsatReportQueryVariables[] = [];
    const router = renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [FULL], asked), answering(CsatResponsesDocument, [ANSWERS])], 'SERVICE_MANAGER');
    await screen.findByTestId('csat-headline', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Queue' }));
    await waitFor(() => expect(asked.at(-1)!.input.groupBy).toBe('QUEUE'));
    fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    await waitFor(() => expect(Date.parse(asked.at(-1)!.input.to as string) - Date.parse(asked.at(-1)!.input.from as string)).toBe(7 * 86_400_000));
    expect(new URLSearchParams(router.state.location.search).get('by')).toBe('QUEUE');
    expect(new URLSearchParams(router.state.location.search).get('days')).toBe('7');
  });

  it('loads more answers under the ones shown, and narrows to low ratings', async () => {
    const asked: CsatResponsesQueryVariables[] = [];
    const pages = [responses([response('1', 5)], true), responses([response('2', 4)]), responses([response('3', 2)])];
    const mock = answering(CsatResponsesDocument, pages, asked);
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [FULL]), mock], 'SERVICE_MANAGER');
    await screen.findByTestId('csat-responses-more', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('csat-responses-more'));
    await waitFor(() => expect(screen.getAllByTestId('csat-response-row')).toHaveLength(2));
    expect(asked[1]!.after).toBe('c-1');
    fireEvent.click(screen.getByTestId('csat-responses-low-only'));
    await waitFor(() => expect(asked.at(-1)!.filter?.maxRating).toBe(2));
  });

  it('says there were no surveys (within what the reader may see), and no answers yet when surveys went out', async () => {
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [report([], [], row(null, null, 0, [0, 0, 0, 0, 0]))]), answering(CsatResponsesDocument, [responses([])])], 'SERVICE_AGENT');
    const empty = await screen.findByTestId('csat-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No surveys for the cases resolved in this period that you may see');
    expect(empty.textContent).toContain('Agents see the answers for their own cases only.');
    expect(screen.queryByTestId('csat-distribution-chart')).toBeNull();
    expect((await screen.findByTestId('csat-responses-empty')).textContent).toBe('No answers in this period that you may see.');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows the surveys sent but no charts while none is answered', async () => {
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [report([row('u-1', 'Agent Lin', 3, [0, 0, 0, 0, 0])], [], row(null, null, 3, [0, 0, 0, 0, 0]))]), answering(CsatResponsesDocument, [responses([])])], 'SERVICE_MANAGER');
    const none = await screen.findByTestId('csat-no-responses', {}, { timeout: 10_000 });
    expect(none.textContent).toContain('3 surveys were sent');
    expect(screen.getByTestId('csat-average').textContent).toContain('—');
    expect(screen.queryByTestId('csat-distribution-chart')).toBeNull();
  });

  it('explains a failure and tries again on request', async () => {
    const asked: CsatReportQueryVariables[] = [];
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatReportDocument, [unavailable(), FULL], asked), answering(CsatResponsesDocument, [ANSWERS])], 'SERVICE_MANAGER');
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
    fireEvent.click(retry);
    await screen.findByTestId('csat-headline', {}, { timeout: 10_000 });
    expect(asked.length).toBe(2);
  });

  it('is in the menu of CSAT readers; the settings of set-up readers', () => {
    const menuFor = (role: Parameters<typeof grantsFor>[0]) => CSAT_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.path);
    expect(menuFor('SERVICE_MANAGER')).toEqual([PATH, '/service/csat/settings']);
    expect(menuFor('SERVICE_AGENT')).toEqual([PATH, '/service/csat/settings']);
    expect(menuFor('MARKETER')).toEqual(['/service/csat/settings']);
    expect(menuFor('SALES_REP')).toEqual([]);
  });
});
