import type { MockLink } from '@apollo/client/testing';
import { OrderImportDocument, OrderImportsDocument, StartOrderImportDocument, UndoOrderImportDocument, type OrderImportQuery } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderAt } from '../segments-fixtures';

// The order import on a mocked API: upload, the suggested mapping with what is still missing, a
// refusal shown on its column, start, progress, the result with its bad rows, undo; the history.

const forever = Number.POSITIVE_INFINITY;
type Detail = NonNullable<OrderImportQuery['orderImport']>;

function detail(status: string, over: Partial<Detail> = {}): Detail {
  const done = status === 'succeeded' || status === 'undone';
  return {
    __typename: 'OrderImport',
    id: 'oi-1',
    fileName: 'shop-orders.csv',
    status,
    progress: done ? 100 : status === 'running' ? 40 : 0,
    totalRows: 3,
    columns: ['订单号', 'Email', 'Date', 'Currency', 'Total'],
    createCustomers: false,
    created: done ? 2 : 0,
    updated: 0,
    customersCreated: 0,
    badRows: done ? 1 : 0,
    error: null,
    createdAt: '2026-05-01T08:00:00Z',
    finishedAt: done ? '2026-05-01T08:01:00Z' : null,
    mapping: null,
    suggestedMapping: [
      { __typename: 'OrderColumnMapping', column: '订单号', field: 'externalId' },
      { __typename: 'OrderColumnMapping', column: 'Date', field: 'orderedAt' },
      { __typename: 'OrderColumnMapping', column: 'Currency', field: 'currency' },
      { __typename: 'OrderColumnMapping', column: 'Total', field: 'amount' },
    ],
    preview: [
      ['A-1', 'li@example.com', '2026-04-01', 'CNY', '398.00'],
      ['A-2', 'ana@example.com', '2026/4/2', 'CNY', 'abc'],
    ],
    problems: done ? [{ __typename: 'OrderImportProblem', row: 3, column: 'Total', message: 'is not an amount' }] : [],
    ...over,
  };
}

const summary = ({ preview: _p, problems: _q, ...rest }: Detail) => rest;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Order import page', { timeout: 90_000 }, () => {
  it('uploads, maps with the suggestion, shows a refusal on its column, runs, reports bad rows and undoes', async () => {
    const upload = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ id: 'oi-1', fileName: 'shop-orders.csv' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', upload);
    let state = 'uploaded';
    let polls = 0;
    const starts: unknown[] = [];
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: OrderImportsDocument }, result: () => ({ data: { orderImports: state === 'uploaded' ? [] : [summary(detail(state))] } }), maxUsageCount: forever },
      {
        request: { query: OrderImportDocument, variables: { id: 'oi-1' } },
        result: () => {
          if (state === 'queued' || state === 'running') state = ++polls < 2 ? 'running' : 'succeeded';
          return { data: { orderImport: detail(state) } };
        },
        maxUsageCount: forever,
      },
      {
        request: { query: StartOrderImportDocument, variables: () => true },
        result: (v: { input: { mapping: unknown } }) => {
          starts.push(v.input);
          if (starts.length === 1) {
            return { errors: [new GraphQLError('The input is not valid.', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.mapping.1.field', message: 'is not a field of an order' }] } })] };
          }
          state = 'queued';
          return { data: { startOrderImport: summary(detail('queued')) } };
        },
        maxUsageCount: 2,
      },
      {
        request: { query: UndoOrderImportDocument, variables: { input: { id: 'oi-1' } } },
        result: () => {
          state = 'undone';
          return { data: { undoOrderImport: summary(detail('undone')) } };
        },
      },
    ];
    // An administrator may also create contacts (a marketer may not: the option is offered disabled).
    const router = renderAt('/orders/import', mocks, 'ADMIN');

    expect((await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).textContent).toBe('Import orders');
    expect(await screen.findByText('No order imports yet.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
    const input = screen.getByTestId('order-upload').querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['订单号,Email\nA-1,li@example.com\n'], 'shop-orders.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(upload.mock.calls[0]?.[0]).toBe('/api/v1/order-imports');
    await waitFor(() => expect(router.state.location.search).toBe('?import=oi-1'));

    // The suggestion is preselected; the customer is still to be mapped, so Start waits.
    const table = await screen.findByTestId('order-mapping-table', {}, { timeout: 10_000 });
    expect(within(table).getByTestId('order-map-0').textContent).toContain('Order id *');
    expect(within(table).getByTestId('order-map-1').textContent).toContain('Don’t import');
    expect(screen.getByTestId('order-mapping-missing').textContent).toContain('the customer: email or contact id');
    expect((screen.getByTestId('order-start') as HTMLButtonElement).disabled).toBe(true);
    await pickOption(within(table).getByTestId('order-map-1'), 'Email *');
    await waitFor(() => expect(screen.queryByTestId('order-mapping-missing')).toBeNull());
    expect(await axeViolations()).toEqual([]);

    // The API's objection to the second mapped column lands on the Email row.
    fireEvent.click(screen.getByTestId('order-start'));
    expect((await screen.findByTestId('order-map-problem-1', {}, { timeout: 5_000 })).textContent).toBe('is not a field of an order');
    expect(starts[0]).toEqual({
      importId: 'oi-1',
      createCustomers: false,
      mapping: [
        { column: '订单号', field: 'externalId' },
        { column: 'Email', field: 'email' },
        { column: 'Date', field: 'orderedAt' },
        { column: 'Currency', field: 'currency' },
        { column: 'Total', field: 'amount' },
      ],
    });

    // Unknown customers become contacts when asked; this time the import runs.
    const create = screen.getByTestId('order-unknown-create');
    fireEvent.click(create.querySelector('input') ?? create);
    fireEvent.click(screen.getByTestId('order-start'));
    await waitFor(() => expect(starts).toHaveLength(2), { timeout: 5_000 });
    expect((starts[1] as { createCustomers: boolean }).createCustomers).toBe(true);
    const result = await screen.findByTestId('order-result', {}, { timeout: 10_000 });
    expect(within(result).getByTestId('order-count-created').textContent).toContain('2');
    expect(within(result).getByTestId('order-count-bad').textContent).toContain('1');
    const problems = within(result).getByTestId('order-problems-table');
    expect(within(problems).getByText('is not an amount')).toBeTruthy();
    expect(within(problems).getByText('Total')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(within(result).getByTestId('order-undo-oi-1'));
    fireEvent.click(await screen.findByTestId('order-undo-confirm'));
    await waitFor(() => expect(state).toBe('undone'));
  });

  it('lists recent imports and opens one', async () => {
    const done = summary(detail('succeeded'));
    const router = renderAt('/orders/import', [
      { request: { query: OrderImportsDocument }, result: { data: { orderImports: [done] } }, maxUsageCount: forever },
      { request: { query: OrderImportDocument, variables: { id: 'oi-1' } }, result: { data: { orderImport: detail('succeeded') } }, maxUsageCount: forever },
    ]);
    const history = await screen.findByTestId('order-history', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(history).getByTestId('order-status-oi-1').textContent).toBe('Done'));
    expect(within(history).getByText('2 created, 0 updated, 1 not imported')).toBeTruthy();
    fireEvent.click(within(history).getByTestId('order-open-oi-1'));
    await waitFor(() => expect(router.state.location.search).toBe('?import=oi-1'));
    expect(await screen.findByTestId('order-result', {}, { timeout: 5_000 })).toBeTruthy();
  });

  it('shows a sales rep the no-access page', async () => {
    renderAt('/orders/import', [], 'SALES_REP');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
