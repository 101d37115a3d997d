import { MockedProvider } from '@apollo/client/testing/react';
import { PicklistsDocument } from '@rapport/web-data-access';
import { fireEvent, render as renderRaw, screen, waitFor } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { recordInputOf } from './record-catalogue';
import { RecordFormItems } from './record-form-items';

// Industry and territory pick from their configured lists (docs/adr/0018): one query, answered here.
const value = (v: string, names: Record<string, string> = {}) => ({ __typename: 'PicklistValue' as const, value: v, label: v, names, position: 0, active: true });
const PICKLISTS = {
  request: { query: PicklistsDocument },
  result: {
    data: {
      picklists: [
        { __typename: 'Picklist' as const, name: 'INDUSTRY' as const, title: 'Industry', values: [value('Retail', { 'zh-CN': '零售' }), value('Energy')] },
        { __typename: 'Picklist' as const, name: 'TERRITORY' as const, title: 'Territory', values: [value('North China')] },
        { __typename: 'Picklist' as const, name: 'PRODUCT_LINE' as const, title: 'Product line', values: [] },
      ],
    },
  },
};
const render = (ui: ReactElement) => renderRaw(<MockedProvider mocks={[PICKLISTS, PICKLISTS, PICKLISTS]}>{ui}</MockedProvider>);

function AccountForm({ onFinish, initialValues }: { onFinish: (values: Record<string, unknown>) => void; initialValues?: Record<string, unknown> }) {
  return (
    <Form layout="vertical" onFinish={onFinish} initialValues={initialValues}>
      <RecordFormItems type="account" />
      <Button htmlType="submit">Save</Button>
    </Form>
  );
}

describe('RecordFormItems', () => {
  it('labels every control (the label points at the input) and binds what is typed to the form', async () => {
    const onFinish = vi.fn();
    render(<AccountForm onFinish={onFinish} initialValues={{ industry: 'Retail', employeeCount: 12 }} />);
    // Label → input: the association Form.Item makes through the id it hands the control.
    const name = screen.getByLabelText('Name');
    // A picklist field is a select of its configured values, showing the chosen one.
    expect(screen.getByLabelText('Industry').getAttribute('role')).toBe('combobox');
    await waitFor(() => expect(screen.getByTestId('account-industry').textContent).toContain('Retail'));
    expect(screen.getByLabelText('Tax ID').getAttribute('data-testid')).toBe('account-taxId');
    fireEvent.change(name, { target: { value: '  Acme Trading  ' } });
    fireEvent.change(screen.getByLabelText('Tax ID'), { target: { value: '91310000MA1FL0000X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onFinish).toHaveBeenCalled());
    expect(recordInputOf('account', onFinish.mock.calls[0]![0] as Record<string, unknown>)).toMatchObject({
      name: 'Acme Trading',
      industry: 'Retail',
      taxId: '91310000MA1FL0000X',
      employeeCount: 12,
      website: null,
    });
  });

  it('refuses to submit without the required name, and says why', async () => {
    const onFinish = vi.fn();
    render(<AccountForm onFinish={onFinish} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText('This field is required.')).textContent).toBe('This field is required.');
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('shows an empty optional select as "None", and offers to clear a chosen value', async () => {
    render(<AccountForm onFinish={vi.fn()} initialValues={{ name: 'Acme' }} />);
    const tier = screen.getByTestId('account-tier');
    expect(tier.textContent).toContain('None');
    render(<AccountForm onFinish={vi.fn()} initialValues={{ name: 'Acme', tier: 'KEY' }} />);
    const chosen = screen.getAllByTestId('account-tier')[1]!;
    expect(chosen.textContent).toContain('Key');
    expect(chosen.textContent).not.toContain('None');
    expect(chosen.querySelector('.ant-select-clear')).toBeTruthy();
  });

  it('puts a control the page supplies in its field\'s place, under the field\'s label and rules; update mode leaves create-only fields out', async () => {
    const onFinish = vi.fn();
    const controls = { accountId: { control: <Input data-testid="picked-account" /> } };
    const { unmount } = render(
      <Form layout="vertical" onFinish={onFinish}>
        <RecordFormItems type="opportunity" controls={controls} />
        <Button htmlType="submit">Save</Button>
      </Form>,
    );
    expect(screen.getByLabelText('Account').getAttribute('data-testid')).toBe('picked-account');
    // The definition makes the account required: the supplied control inherits the rule.
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Renewal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText('This field is required.')).textContent).toBe('This field is required.');
    expect(onFinish).not.toHaveBeenCalled();
    unmount();
    render(
      <Form layout="vertical">
        <RecordFormItems type="opportunity" mode="update" controls={controls} />
      </Form>,
    );
    expect(screen.queryByTestId('picked-account')).toBeNull();
    expect(screen.getByLabelText('Next step').getAttribute('data-testid')).toBe('opportunity-nextStep');
  });
});
