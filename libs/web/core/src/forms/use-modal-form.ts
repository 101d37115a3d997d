import type { FormInstance, InputRef } from 'antd';
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

/**
 * Shared plumbing of the create/edit modals: focus the first field once the dialog has opened
 * (the dialog itself takes focus while animating, so autoFocus alone is not enough) and hold the
 * error sentence shown above the form.
 */
export function useModalForm() {
  const { t } = useTranslation();
  const firstField = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string>();

  const afterOpenChange = useCallback((open: boolean) => {
    if (open) focusUnlessTyping(firstField.current);
    else setFormError(undefined);
  }, []);

  /**
   * Runs the dialog's save: the last error goes; the API's errors land on the fields they name
   * (`formFields`, under `rename`) and the rest in the sentence above the form.
   */
  const trySave = useCallback(
    async (form: FormInstance, formFields: readonly string[], save: () => Promise<void>, rename?: Record<string, string>) => {
      setFormError(undefined);
      try {
        await save();
      } catch (error) {
        setFormError(applyServerErrors(form, error, formFields, t, rename));
      }
    },
    [t],
  );

  return { firstField, formError, setFormError, afterOpenChange, trySave };
}
