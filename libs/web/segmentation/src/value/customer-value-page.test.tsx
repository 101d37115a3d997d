import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderAt } from '../segments-fixtures';
import { aRun, gridMock, gridRow, runMutationMock, runsMock, topCustomer, topMock } from './value-fixtures';

const GRID = [gridRow(5, 5, 'champions', 120, 1_480_000), gridRow(5, 4, 'champions', 60, 320_000), gridRow(3, 3, 'need_attention', 30, 45_000), gridRow(1, 1, 'lost', 240, 12_000)];
const FAILED = aRun('run-1', { status: 'failed', error: 'Too many orders for the time allowed', startedAt: '2026-11-30T00:00:00Z', r: null, durationMs: null });
const DONE = aRun('run-2');
const TOP = [topCustomer('c-1', 'Ann Wu', 12_345.6), topCustomer('c-2', 'Bo Li', 8_000, { pAlive: 0.41, rfmCell: 'at_risk', lifecycleStage: 'at_risk' })];

describe('Customer value page', { timeout: 60_000 }, () => {
  it('says plainly that nothing has run yet, and offers the run to those who may', async () => {
    renderAt('/customer-value', [runsMock([[]]), gridMock([[]]), topMock([])]);
    const empty = await screen.findByTestId('value-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No metrics yet');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Customer value']);
    expect(screen.getByRole('button', { name: 'Run now' })).toBeTruthy();
    expect(screen.queryByTestId('rfm-grid')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('tells a reader who may not run them who can, with no button', async () => {
    renderAt('/customer-value', [runsMock([[]]), gridMock([[]]), topMock([])], 'SALES_REP');
    const empty = await screen.findByTestId('value-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('an administrator or marketer can start');
    expect(screen.queryByRole('button', { name: 'Run now' })).toBeNull();
  });

  it('shows the RFM grid, the model with its holdout check and runs, and the most valuable customers', async () => {
    renderAt('/customer-value', [runsMock([[DONE, FAILED]]), gridMock([GRID]), topMock(TOP)]);
    const grid = await screen.findByTestId('rfm-grid', {}, { timeout: 10_000 });
    // A table: FM columns, R rows (5 on top), every cell named.
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['FM 1', 'FM 2', 'FM 3', 'FM 4', 'FM 5']);
    expect(within(grid).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['R 5', 'R 4', 'R 3', 'R 2', 'R 1']);
    expect(screen.getByTestId('rfm-cell-5-5').textContent).toBe('Champions120 customersRevenue: CN¥1.5M');
    expect(screen.getByTestId('rfm-cell-1-1').textContent).toBe('Lost240 customersRevenue: CN¥12K');
    // Nobody there: named, zero, no revenue line.
    expect(screen.getByTestId('rfm-cell-5-1').textContent).toBe('New customers0 customers');
    expect(screen.getByTestId('rfm-cell-1-1').style.background).not.toBe(screen.getByTestId('rfm-cell-3-3').style.background);
    expect(screen.getByTestId('rfm-grid-total').textContent).toBe('450 customers scored, revenue CN¥1,857,000.00, as of 2026-12-01');

    // The latest good run's model, not the failed one's.
    expect(screen.getByTestId('value-bgnbd').textContent).toBe('r = 0.2431, α = 4.414, a = 0.7928, b = 2.426');
    expect(screen.getByTestId('value-gg').textContent).toBe('p = 6.248, q = 3.744, γ = 15.44');
    const model = screen.getByTestId('value-model');
    for (const text of ['-9,582.4', '-4,411.2', '2,357', '2026-06-02', '850 ms', '12.4 s', 'Weeks', 'Won deals as ordersYes']) expect(model.textContent).toContain(text);
    const chart = screen.getByTestId('holdout-chart');
    expect(chart.getAttribute('aria-label')).toContain('0 repeat purchases (1411 customers): predicted 0.25, actual 0.2');
    expect(chart.getAttribute('aria-label')).toContain('7+ repeat purchases (30 customers): predicted 3.61, actual 3.7');

    const runs = within(screen.getByTestId('value-runs')).getAllByRole('row').slice(1);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.textContent).toContain('Done');
    expect(runs[1]!.textContent).toContain('Failed');
    expect(within(runs[1]!).getByTestId('value-run-error-text').textContent).toBe('Too many orders for the time allowed');

    const top = within(screen.getByTestId('top-customers')).getAllByRole('row').slice(1);
    expect(within(top[0]!).getByRole('link', { name: 'Ann Wu' }).getAttribute('href')).toBe('/sales/contacts/c-1');
    expect(top[0]!.textContent).toContain('CN¥12,345.60');
    expect(top[0]!.textContent).toContain('92%');
    expect(top[1]!.textContent).toContain('At risk');
    expect(await axeViolations()).toEqual([]);
  });

  it('runs now with the suggested dates, follows the run’s progress and reads the grid again when it is done', async () => {
    const ran: unknown[] = [];
    const gridAsked: unknown[] = [];
    const running = aRun('run-new', { status: 'running', progress: 45, r: null, holdout: [], durationMs: null, asOf: new Date().toISOString() });
    const done = aRun('run-new', { asOf: new Date().toISOString() });
    renderAt('/customer-value', [runsMock([[DONE], [running, DONE], [done, DONE]]), gridMock([GRID, [gridRow(5, 5, 'champions', 500, 2_000_000)]], gridAsked), topMock(TOP), runMutationMock(ran)]);
    await screen.findByTestId('rfm-grid', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('value-run'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    const asOf = within(dialog).getByLabelText('As of') as HTMLInputElement;
    const calibration = within(dialog).getByLabelText('Calibration end') as HTMLInputElement;
    const today = new Date();
    const weeksAgo = new Date(today.getTime() - 26 * 7 * 86_400_000);
    const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(asOf.value).toBe(ymd(today));
    expect(calibration.value).toBe(ymd(weeksAgo));
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(dialog).getByTestId('value-run-submit'));
    await waitFor(() => expect(ran).toHaveLength(1), { timeout: 5_000 });
    const input = (ran[0] as { input: { asOf: string; calibrationEnd: string; wonDealsAsOrders: boolean } }).input;
    expect(input.wonDealsAsOrders).toBe(true);
    expect(new Date(input.asOf).getTime()).toBeLessThanOrEqual(Date.now());
    expect(ymd(new Date(input.calibrationEnd))).toBe(ymd(weeksAgo));

    // Queued: the progress bar while it runs …
    const progress = await screen.findByRole('progressbar', { name: 'Metrics run progress' }, { timeout: 5_000 });
    expect(progress.getAttribute('aria-valuenow')).toBe('45');
    expect(screen.getByTestId('value-active-run').textContent).toContain('A metrics run is in progress');
    // … polled until done, then the grid is read again.
    await waitFor(() => expect(screen.queryByTestId('value-active-run')).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('rfm-cell-5-5').textContent).toContain('500 customers'), { timeout: 5_000 });
    expect(gridAsked.length).toBeGreaterThanOrEqual(2);
    // Two polls, a dialog and axe on it: slower than the rest on a 2-core machine.
  }, 90_000);

  it('keeps the grid from roles without customer value access', async () => {
    renderAt('/customer-value', [runsMock([[DONE]]), gridMock([GRID]), topMock(TOP)], 'PORTAL_USER');
    expect(await screen.findByTestId('no-access-needs', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('rfm-grid')).toBeNull();
  });
});
