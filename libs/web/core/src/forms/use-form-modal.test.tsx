import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { FormModal } from './form-modal';
import { useFormModal } from './use-modal-form';

interface Values {
  name: string;
  parent?: string;
}

const validationError = (fields: { path: string; message: string }[]) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Invalid input', extensions: { code: 'VALIDATION_FAILED', fields } }] });

/** A dialog as the app writes one: only its own title, labels, test ids and fields. */
function Dialog({ submit, onClose = () => undefined }: { submit: (v: Values) => Promise<unknown>; onClose?: () => void }) {
  const { firstField, modal } = useFormModal<Values>({ open: true, onClose, fields: ['name', 'parent'], rename: { parentId: 'parent' }, submit });
  return (
    <FormModal {...modal} title="New thing" submitLabel="Create" submitTestId="thing-submit" formErrorTestId="thing-error" formProps={{ initialValues: { name: 'Acme' } }}>
      <Form.Item name="name" label="Name">
        <Input ref={firstField} data-testid="thing-name" />
      </Form.Item>
      <Form.Item name="parent" label="Parent">
        <Input data-testid="thing-parent" />
      </Form.Item>
    </FormModal>
  );
}

describe('useFormModal', () => {
  it('submits the form values through the dialog’s submit and closes through onClose', async () => {
    const submit = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    render(<Dialog submit={submit} onClose={onClose} />);
    fireEvent.click(await screen.findByTestId('thing-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ name: 'Acme', parent: undefined }));
    expect(screen.queryByTestId('thing-error')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('puts the API’s field errors on the fields they name (renamed ones too) and the rest above the form', async () => {
    const submit = vi.fn(() =>
      Promise.reject(
        validationError([
          { path: 'input.parentId', message: 'No such team.' },
          { path: 'input.colour', message: 'Colour is not allowed.' },
        ]),
      ),
    );
    render(<Dialog submit={submit} />);
    fireEvent.click(await screen.findByTestId('thing-submit'));
    const sentence = await screen.findByTestId('thing-error');
    expect(sentence.textContent).toContain('Colour is not allowed.');
    expect(sentence.textContent).not.toContain('No such team.');
    await waitFor(() => expect(screen.getByTestId('thing-parent').closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent).toBe('No such team.'));
  });

  it('drops the last error when the person submits again', async () => {
    const submit = vi.fn<(v: Values) => Promise<unknown>>().mockRejectedValueOnce(validationError([{ path: 'input.colour', message: 'Colour is not allowed.' }])).mockResolvedValueOnce(undefined);
    render(<Dialog submit={submit} />);
    fireEvent.click(await screen.findByTestId('thing-submit'));
    expect(await screen.findByTestId('thing-error')).toBeTruthy();
    fireEvent.click(screen.getByTestId('thing-submit'));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByTestId('thing-error')).toBeNull());
  });
});
