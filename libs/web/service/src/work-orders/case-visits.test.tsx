import type { MockLink } from '@apollo/client/testing';
import { CreateWorkOrderDocument, type CreateWorkOrderMutationVariables } from '@rapport/web-data-access';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../cases/cases-fixtures';
import { aVisit, caseVisitsMock, renderCaseVisits } from './visit-fixtures';

describe('Visits on the case page', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    for (const lng of ['en', 'zh-CN', 'zh-TW']) await loadLazyMessages('service', lng);
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists the visits with status, time and technician, and lets a dispatcher plan one', async () => {
    const sent: CreateWorkOrderMutationVariables[] = [];
    const create: MockLink.MockedResponse = {
      request: { query: CreateWorkOrderDocument, variables: () => true },
      result: (v: CreateWorkOrderMutationVariables) => (sent.push(v), { data: { createWorkOrder: { __typename: 'WorkOrderPayload', workOrder: aVisit('w-3'), warnings: [] } } }),
    };
    const confirmed = aVisit('w-1', { status: 'EN_ROUTE', slotStart: '2026-12-10T01:00:00Z', slotEnd: '2026-12-10T03:00:00Z', technician: { __typename: 'UserRef', id: 'u-1', name: 'Li Technician' } });
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([confirmed, aVisit('w-2', { proposedSlots: [{ __typename: 'VisitSlot', start: 'a', end: 'b' }, { __typename: 'VisitSlot', start: 'c', end: 'd' }] })]), create]);
    const card = await screen.findByTestId('case-visits', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(2));
    const [first, second] = within(card).getAllByTestId('case-visit');
    expect(first!.getAttribute('data-status')).toBe('EN_ROUTE');
    expect(first!.textContent).toContain('En route');
    expect(first!.textContent).toContain('Li Technician');
    expect(second!.textContent).toContain('Times offered: 2; waiting for the customer to choose');
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(within(card).getByTestId('case-visit-new'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByTestId('case-visit-submit'));
    expect(await within(dialog).findByText('Enter where the visit is.', {}, { timeout: 5_000 })).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId('case-visit-street'), { target: { value: ' 浦东大道 1 号 ' } });
    fireEvent.change(within(dialog).getByTestId('case-visit-city'), { target: { value: '上海' } });
    fireEvent.click(within(dialog).getByTestId('case-visit-submit'));
    await waitFor(() => expect(sent).toEqual([{ input: { caseId: 'k-1', address: { street: '浦东大道 1 号', city: '上海' }, requiredSkill: undefined, requiredLevel: 1, description: undefined } }]));
  });

  it('shows a sales rep the visits without the planning button, and warns when the contract’s visits are used up', async () => {
    renderCaseVisits('SALES_REP', [caseVisitsMock([aVisit('w-1', { visitsLeft: 0 })])]);
    const card = await screen.findByTestId('case-visits', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(1));
    expect(within(card).queryByTestId('case-visit-new')).toBeNull();
    expect(within(card).getByTestId('case-visits-used-up').textContent).toContain('used up');
  });

  it('speaks Simplified and Traditional Chinese (上门服务 / 到府服務, never 工单 for a visit)', async () => {
    await i18n.changeLanguage('zh-CN');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([aVisit('w-1', { status: 'ON_SITE' })])]);
    let card = await screen.findByTestId('case-visits', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(1));
    expect(card.querySelector('.ant-card-head-title')?.textContent).toBe('上门服务');
    expect(within(card).getByTestId('case-visit').textContent).toContain('在现场');
    card.remove();
    await i18n.changeLanguage('zh-TW');
    renderCaseVisits('SERVICE_AGENT', [caseVisitsMock([aVisit('w-1', { status: 'DONE' })])]);
    card = (await screen.findAllByTestId('case-visits', {}, { timeout: 10_000 })).at(-1)!;
    await waitFor(() => expect(within(card).getAllByTestId('case-visit')).toHaveLength(1));
    expect(card.querySelector('.ant-card-head-title')?.textContent).toBe('到府服務');
    expect(within(card).getByTestId('case-visit').textContent).toContain('已完成');
  });
});
