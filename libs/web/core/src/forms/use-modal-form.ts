import { Form, type InputRef } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from './apply-server-errors';

/**
 * Focuses a dialog's first field once its opening animation ends, unless the person already
 * clicked into a field and started typing: they keep their place instead of having the rest of
 * what they type land in the first field.
 */
export function focusUnlessTyping(field: { focus(): void } | null | undefined): void {
  const active = document.activeElement;
  // FormModal's form wraps the whole dialog, and while it opens antd holds focus on the dialog's
  // own frame (its close button): that is not the person's place, so it does not count.
  const onDialogFrame = active instanceof HTMLElement && active.matches('.ant-modal-close, .ant-modal-wrap, [role="dialog"], [data-sentinel]');
  if (active instanceof HTMLElement && active.closest('form') !== null && !onDialogFrame) return;
  field?.focus();
}

export interface FormModalOptions<V> {
  open: boolean;
  /** Cancel, Escape and the close icon. */
  onClose: () => void;
  /** The form fields an API error may name; its other errors become the sentence above the form. */
  fields: readonly string[];
  /** API field name → form field name, where they differ (e.g. `{ parentId: 'parent' }`). */
  rename?: Record<string, string>;
  /** The dialog's own work on submit (the mutation, the toast, closing); what it throws lands on the form. */
  submit: (values: V) => Promise<unknown>;
}

/**
 * The shared plumbing of the create/edit dialogs, so each states only what is its own. It owns the
 * form and hands back in `modal` the FormModal props that are the same in every dialog:
 * `<FormModal {...modal} title=… submitLabel=… submitTestId=… loading=…>`. That is: focus the
 * first field (`firstField`) once the dialog has opened (the dialog itself takes focus while
 * animating, so autoFocus alone is not enough); on submit, drop the last error and run `submit`,
 * putting the API's errors on the `fields` they name (under `rename`) and the rest in the sentence
 * above the form; forget that sentence when the dialog closes.
 */
export function useFormModal<V>({ open, onClose, fields, rename, submit }: FormModalOptions<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const firstField = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string>();

  const afterOpenChange = useCallback((isOpen: boolean) => {
    if (isOpen) focusUnlessTyping(firstField.current);
    else setFormError(undefined);
  }, []);

  const onFinish = async (values: V) => {
    setFormError(undefined);
    try {
      await submit(values);
    } catch (error) {
      setFormError(applyServerErrors(form, error, fields, t, rename));
    }
  };

  /** `setFormError` is for a dialog's own checks before it sends anything (e.g. duplicate tiers). */
  return { form, firstField, setFormError, modal: { open, onClose, afterOpenChange, formError, form, onFinish } };
}
