import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DatePicker, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { FormModal } from './form-modal';

const submitButton = () => screen.getByTestId('thing-submit');

describe('FormModal', () => {
  it('calls onSubmit from the primary button and onClose from Cancel', () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    render(
      <FormModal open title="New thing" onClose={onClose} submitLabel="Create" submitTestId="thing-submit" onSubmit={onSubmit}>
        <p>Fields</p>
      </FormModal>,
    );
    expect(screen.getByText('New thing')).toBeTruthy();
    expect(submitButton().textContent).toBe('Create');
    fireEvent.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the form error above the fields and an intro above that', () => {
    render(
      <FormModal open title="New thing" onClose={() => undefined} intro={<p>Explanation</p>} formError="The name is taken." formErrorTestId="thing-error" submitLabel="Create" submitTestId="thing-submit" onSubmit={() => undefined}>
        <p>Fields</p>
      </FormModal>,
    );
    const error = screen.getByTestId('thing-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The name is taken.');
    const intro = screen.getByText('Explanation');
    const fields = screen.getByText('Fields');
    expect(intro.compareDocumentPosition(error) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(error.compareDocumentPosition(fields) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no error when there is none, and loading, danger and okDisabled on the primary button', () => {
    render(
      <FormModal open title="Merge" onClose={() => undefined} submitLabel="Merge" submitTestId="thing-submit" onSubmit={() => undefined} loading danger okDisabled>
        <p>Fields</p>
      </FormModal>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const button = submitButton();
    expect(button.className).toContain('ant-btn-loading');
    expect(button.className).toContain('ant-btn-dangerous');
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  function Wrapped({ onFinish, loading }: { onFinish: (v: { name: string }) => void; loading?: boolean }) {
    const [form] = Form.useForm<{ name: string }>();
    return (
      <FormModal open title="New thing" onClose={() => undefined} submitLabel="Create" submitTestId="thing-submit" loading={loading} form={form} onFinish={onFinish} formProps={{ initialValues: { name: 'Acme' } }}>
        <Form.Item name="name" label="Name">
          <Input data-testid="thing-name" />
        </Form.Item>
      </FormModal>
    );
  }

  it('wraps the dialog in the form: the primary button submits it with the values', async () => {
    const onFinish = vi.fn();
    render(<Wrapped onFinish={onFinish} />);
    expect(submitButton().getAttribute('type')).toBe('submit');
    expect(submitButton().closest('form')).toBe(screen.getByTestId('thing-name').closest('form'));
    fireEvent.change(screen.getByTestId('thing-name'), { target: { value: 'Acme Ltd' } });
    fireEvent.click(submitButton());
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ name: 'Acme Ltd' }));
  });

  it('disables the wrapped form while loading', () => {
    render(<Wrapped onFinish={() => undefined} loading />);
    expect((screen.getByTestId('thing-name') as HTMLInputElement).disabled).toBe(true);
    expect(submitButton().className).toContain('ant-btn-loading');
  });

  it('keeps Enter in a date picker or a select from submitting; Enter in a text field still submits', () => {
    function WithPicker() {
      const [form] = Form.useForm();
      return (
        <FormModal open title="New thing" onClose={() => undefined} submitLabel="Create" submitTestId="thing-submit" form={form} onFinish={() => undefined}>
          <Form.Item name="name" label="Name">
            <Input data-testid="thing-name" />
          </Form.Item>
          <Form.Item name="closeDate" label="Close date">
            <DatePicker data-testid="thing-date" />
          </Form.Item>
        </FormModal>
      );
    }
    render(<WithPicker />);
    const dateInput = screen.getByTestId('thing-date').closest('.ant-picker')!.querySelector('input')!;
    // fireEvent returns false when a handler called preventDefault (no implicit submission).
    expect(fireEvent.keyDown(dateInput, { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(screen.getByTestId('thing-name'), { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(dateInput, { key: 'a' })).toBe(true);
  });
});
