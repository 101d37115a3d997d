import { Alert, Button, Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalBaseProps {
  open: boolean;
  title: ReactNode;
  width?: number;
  /** Cancel, Escape and the close icon. */
  onClose: () => void;
  /** Usually from `useFormModal().modal`: focuses the first field once the dialog is open. */
  afterOpenChange?: (open: boolean) => void;
  /** The sentence shown above the form (from `useFormModal().modal`). */
  formError?: string;
  formErrorTestId?: string;
  /** Shown above the error, e.g. an explanation of what the dialog does. */
  intro?: ReactNode;
  /** Text of the primary button. */
  submitLabel: ReactNode;
  submitTestId: string;
  /** Spinner on the primary button; in a wrapped form also disables the fields and the footer. */
  loading?: boolean;
  /** The primary button is greyed out (e.g. nothing to submit yet). */
  okDisabled?: boolean;
  /** The primary button is red: the action cannot be undone. */
  danger?: boolean;
  children?: ReactNode;
}

/**
 * The dialog wraps itself, footer included, in this form: the primary button is the form's submit
 * button, so it and Enter in any field run `onFinish`.
 */
interface WrappedFormProps<V> {
  form: FormInstance<V>;
  onFinish: (values: V) => void | Promise<void>;
  /** More Form props (initialValues, onValuesChange, …). Defaults: vertical layout, clearOnDestroy, disabled while loading. */
  formProps?: Omit<FormProps<V>, 'form' | 'onFinish' | 'children' | 'component'>;
  onSubmit?: never;
}

/** The children hold their own Form (or none); the primary button calls `onSubmit`, e.g. `() => form.submit()`. */
interface OwnFormProps {
  onSubmit: () => void;
  form?: never;
  onFinish?: never;
  formProps?: never;
}

export type FormModalProps<V = unknown> = FormModalBaseProps & (WrappedFormProps<V> | OwnFormProps);

/**
 * Enter in a date picker, a select or a text area means "take this date / this option / a new
 * line", not "submit": people pressed Enter to confirm a close date and created the opportunity
 * without the amount they were about to type. Enter in a plain text field and on the primary
 * button still submits.
 */
export function keepEnterInPickers(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || !(e.target instanceof HTMLElement)) return;
  if (e.target.closest('.ant-picker, .ant-select, textarea')) e.preventDefault();
}

/**
 * The create/edit dialog: title, Cancel and a primary button in the footer, the form's error above
 * the fields, destroyed when hidden (so each opening starts afresh).
 */
export function FormModal<V = unknown>(props: FormModalProps<V>) {
  const { open, title, width, onClose, afterOpenChange, formError, formErrorTestId, intro, submitLabel, submitTestId, loading, okDisabled, danger, children } = props;
  const { t } = useTranslation();
  const wrapped = props.form !== undefined;

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={danger}
          disabled={okDisabled}
          loading={loading}
          htmlType={wrapped ? 'submit' : 'button'}
          onClick={props.onSubmit}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>,
      ]}
      modalRender={
        props.form
          ? (dom) => (
              <Form<V> layout="vertical" clearOnDestroy disabled={loading} onKeyDown={keepEnterInPickers} {...props.formProps} form={props.form} onFinish={props.onFinish}>
                {dom}
              </Form>
            )
          : undefined
      }
    >
      {intro}
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid={formErrorTestId} /> : null}
      {children}
    </Modal>
  );
}
