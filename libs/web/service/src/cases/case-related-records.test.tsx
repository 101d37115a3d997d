import type { MockLink } from '@apollo/client/testing';
import {
  CaseContactOptionsDocument,
  CaseOrderOptionsDocument,
  CreateCaseDocument,
  UpdateCaseDocument,
  type CaseOrderFieldsFragment,
  type CreateCaseMutationVariables,
  type UpdateCaseMutationVariables,
} from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { axeViolations, caseOnPage, casePageMock, casesMock, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

const order = (id: string, externalId: string, orderedAt: string, amount: string): CaseOrderFieldsFragment => ({
  __typename: 'Order',
  id,
  externalId,
  contactId: 'c-1',
  accountId: 'a-1',
  orderedAt,
  currency: 'CNY',
  amount,
  status: 'completed',
  source: 'import',
});
const SO_1001 = order('o-1', 'SO-1001', '2026-11-20T03:00:00.000Z', '12800.00');
const SO_1002 = order('o-2', 'SO-1002', '2026-11-28T03:00:00.000Z', '560.50');

function ordersMock(orders: CaseOrderFieldsFragment[], asked: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: CaseOrderOptionsDocument, variables: () => true },
    result: (v: { contactId: string }) => (asked.push(v), { data: { contact: { __typename: 'Contact', id: v.contactId, orders } } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

const WITH_ORDER = caseOnPage({ orderId: 'o-1', order: SO_1001, opportunityId: 'op-1', opportunity: { __typename: 'Opportunity', id: 'op-1', name: 'Pump replacement 2026' } });

describe('Case related records', { timeout: 60_000 }, () => {
  it('shows the case’s order like the caller card, and saves exactly { id, orderId } when another is chosen', async () => {
    const sent: UpdateCaseMutationVariables[] = [];
    const asked: unknown[] = [];
    const update = {
      request: { query: UpdateCaseDocument, variables: () => true },
      result: (v: UpdateCaseMutationVariables) => (sent.push(v), { data: { updateCase: { __typename: 'CasePayload', case: { ...WITH_ORDER, orderId: 'o-2', order: SO_1002 } } } }),
    };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(WITH_ORDER), ordersMock([SO_1002, SO_1001], asked), update], 'SERVICE_AGENT');
    const card = await screen.findByTestId('case-related-records', {}, { timeout: 10_000 });
    expect(card.querySelector('.ant-card-head-title')?.textContent).toBe('Related records');
    expect(within(card).getByTestId('case-order').textContent).toMatch(/^Order SO-1001 · 2026-11-20 · .*12,800\.00$/);
    const deal = within(card).getByTestId('case-opportunity-link');
    expect([deal.textContent, deal.getAttribute('href')]).toEqual(['Pump replacement 2026', '/sales/opportunities/op-1']);
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(within(card).getByRole('button', { name: 'Change order' }));
    const select = await within(card).findByTestId('case-order-select');
    // The field is named by its label, and offers the contact's orders after "No order".
    expect(within(card).getByLabelText('Order')).toBeTruthy();
    await waitFor(() => expect(asked).toEqual([{ contactId: 'c-1' }]));
    expect(await axeViolations()).toEqual([]);
    await pickOption(select, 'Order SO-1002 · 2026-11-28 · CN¥560.50');
    fireEvent.click(within(card).getByTestId('case-order-save'));
    await waitFor(() => expect(sent).toEqual([{ input: { id: 'k-1', orderId: 'o-2' } }]));
    // The answer's case updates the page: the new order shows and the choice closes.
    await waitFor(() => expect(within(card).getByTestId('case-order').textContent).toMatch(/^Order SO-1002 · 2026-11-28 · /));
    expect(within(card).queryByTestId('case-order-form')).toBeNull();
  });

  it('sends null for "No order"', async () => {
    const sent: UpdateCaseMutationVariables[] = [];
    const update = {
      request: { query: UpdateCaseDocument, variables: () => true },
      result: (v: UpdateCaseMutationVariables) => (sent.push(v), { data: { updateCase: { __typename: 'CasePayload', case: { ...WITH_ORDER, orderId: null, order: null } } } }),
    };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(WITH_ORDER), ordersMock([SO_1001]), update], 'SERVICE_AGENT');
    const card = await screen.findByTestId('case-related-records', {}, { timeout: 10_000 });
    fireEvent.click(within(card).getByTestId('case-order-change'));
    await pickOption(await within(card).findByTestId('case-order-select'), 'No order');
    fireEvent.click(within(card).getByTestId('case-order-save'));
    await waitFor(() => expect(sent).toEqual([{ input: { id: 'k-1', orderId: null } }]));
    await waitFor(() => expect(within(card).queryByTestId('case-order')).toBeNull());
  });

  it('shows the server’s refusal of the order by the field', async () => {
    const refused = {
      request: { query: UpdateCaseDocument, variables: () => true },
      result: { errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.orderId', message: 'This order is not one of the case’s customer’s orders.' }] } })] },
    };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(WITH_ORDER), ordersMock([SO_1002, SO_1001]), refused], 'SERVICE_AGENT');
    const card = await screen.findByTestId('case-related-records', {}, { timeout: 10_000 });
    fireEvent.click(within(card).getByTestId('case-order-change'));
    await pickOption(await within(card).findByTestId('case-order-select'), 'Order SO-1002 · 2026-11-28 · CN¥560.50');
    fireEvent.click(within(card).getByTestId('case-order-save'));
    const error = await within(card).findByText('This order is not one of the case’s customer’s orders.', {}, { timeout: 5_000 });
    expect(error.closest('.ant-form-item')?.querySelector('[data-testid="case-order-select"]')).toBeTruthy();
    // Nothing else went wrong, so no alert over the form; the choice stays open to pick again.
    expect(within(card).queryByTestId('case-order-error')).toBeNull();
    expect(within(card).getByTestId('case-order').textContent).toMatch(/^Order SO-1001 /);
  });

  it('shows no order line for a case without one, and says when the contact has no orders to choose', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), ordersMock([])], 'SERVICE_AGENT');
    const card = await screen.findByTestId('case-related-records', {}, { timeout: 10_000 });
    expect(within(card).queryByTestId('case-order')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Choose an order' }));
    expect((await within(card).findByTestId('case-order-none', {}, { timeout: 5_000 })).textContent).toBe('Ann Wu has no orders you may see.');
    expect(await axeViolations()).toEqual([]);
  });

  it('leaves the card out for a reader who may not change the case and sees no order', async () => {
    const kase = caseOnPage({ viewerCan: { __typename: 'CaseViewerCan', update: false, reply: false, addNote: false }, orderId: 'o-1', order: null });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(kase)], 'SALES_REP');
    await screen.findByTestId('case-related', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('case-related-records')).toBeNull();
  });

  it('shows a reader who may not change the case the order, without the control', async () => {
    const kase = { ...WITH_ORDER, viewerCan: { __typename: 'CaseViewerCan' as const, update: false, reply: false, addNote: false } };
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(kase)], 'SALES_REP');
    const card = await screen.findByTestId('case-related-records', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('case-order').textContent).toMatch(/^Order SO-1001 /);
    expect(within(card).queryByTestId('case-order-change')).toBeNull();
  });

  it('offers the picked contact’s orders in "New case" and sends the one chosen', async () => {
    const sent: CreateCaseMutationVariables[] = [];
    const contacts = {
      request: { query: CaseContactOptionsDocument, variables: () => true },
      result: { data: { contacts: { __typename: 'ContactConnection', edges: [{ __typename: 'ContactEdge', node: { __typename: 'Contact', id: 'c-1', name: 'Ann Wu', email: 'ann@acme.example', account: { __typename: 'Account', id: 'a-1', name: 'Acme Pumps' } } }] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const { messages: _m, history: _h, opportunityId: _p, orderId: _o, order: _r, ...created } = caseOnPage();
    const create = { request: { query: CreateCaseDocument, variables: () => true }, result: (v: CreateCaseMutationVariables) => (sent.push(v), { data: { createCase: { __typename: 'CasePayload', case: created } } }) };
    renderRoutes(CASE_ROUTES, '/service/cases', [casesMock([]), contacts, ordersMock([SO_1002, SO_1001]), create, casePageMock(caseOnPage())], 'SERVICE_AGENT');
    fireEvent.click(await screen.findByTestId('case-create', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    // No person, no orders to offer.
    expect(within(dialog).queryByTestId('case-order-select')).toBeNull();
    fireEvent.change(within(dialog).getByTestId('case-subject'), { target: { value: 'Pump leaks' } });
    await pickOption(within(dialog).getByTestId('case-contact'), 'Ann Wu <ann@acme.example>');
    await pickOption(await within(dialog).findByTestId('case-order-select'), 'Order SO-1001 · 2026-11-20 · CN¥12,800.00');
    fireEvent.click(within(dialog).getByTestId('case-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { subject: 'Pump leaks', contactId: 'c-1', orderId: 'o-1', priority: 'NORMAL', type: 'QUESTION', channel: 'PHONE' } }]));
  });
});
