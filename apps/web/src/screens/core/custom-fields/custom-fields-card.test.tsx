import { UpdateLeadDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { customFieldsMock, meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { leadDetail, leadMock } from '@rapport/web-testing';

const DEFS = [
  { key: 'budget', label: 'Budget', type: 'CURRENCY' as const },
  { key: 'tags', label: 'Tags', type: 'MULTI_SELECT' as const, options: ['cloud', 'retail'] },
  { key: 'employees', label: 'Employees', labels: { 'zh-CN': '员工数' }, type: 'NUMBER' as const, required: true },
];

describe('custom fields on a record page', { timeout: 60_000 }, () => {
  it('shows the values and edits one in place', async () => {
    const lead = leadDetail({ customFields: { budget: { amount: 12000, currency: 'USD' }, tags: ['cloud', 'retail'], employees: 40 } });
    const updated = vi.fn(() => ({ data: { updateLead: { __typename: 'UpdateLeadPayload', lead: { ...lead, customFields: { ...(lead.customFields as object), employees: 55 } } } } }));
    renderApp('/leads/l1', [
      meMock('SALES_REP'),
      customFieldsMock('LEAD', DEFS),
      leadMock(lead),
      { request: { query: UpdateLeadDocument, variables: { input: { id: 'l1', customFields: { employees: 55 } } } }, result: updated },
    ]);

    const card = await screen.findByTestId('custom-fields-card', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('cf-value-budget').textContent).toBe('$12,000.00');
    expect(within(within(card).getByTestId('cf-value-tags')).getByText('retail')).toBeTruthy();
    expect(within(card).getByTestId('cf-value-employees').textContent).toBe('40');

    fireEvent.click(within(card).getByTestId('cf-edit-employees'));
    const input = await within(card).findByTestId('cf-input-employees');
    // A required field cannot be emptied.
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(within(card).getByTestId('cf-save-employees'));
    expect(await within(card).findByText('This field is required.', {}, { timeout: 5000 })).toBeTruthy();
    expect(updated).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '55' } });
    fireEvent.click(within(card).getByTestId('cf-save-employees'));
    await waitFor(() => expect(updated).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(within(card).getByTestId('cf-value-employees').textContent).toBe('55'), { timeout: 5000 });
  });
});
